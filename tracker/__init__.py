"""Partnership tracker for an international-cooperation office."""

__version__ = "0.1.0"
