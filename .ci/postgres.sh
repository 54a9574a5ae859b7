#!/usr/bin/env bash
# Start or stop a throwaway PostgreSQL cluster on 127.0.0.1, owned by the
# unprivileged user `postgres` (initdb refuses to run as root).
#   .ci/postgres.sh start DIR PORT   prints the database URL on stdout
#   .ci/postgres.sh stop DIR
set -euo pipefail
action=$1 dir=$2 port=${3:-55432}

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$bindir" ] || { echo "PostgreSQL is not installed" >&2; exit 1; }
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

case "$action" in
start)
  mkdir -p "$dir"
  [ "$(id -u)" = 0 ] && chown postgres "$dir"
  as_pg "$bindir/initdb" -D "$dir/data" -U tracker --auth=trust -E UTF8 >"$dir/initdb.log"
  as_pg "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
    -o "-h 127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >&2
  as_pg "$bindir/createdb" -h 127.0.0.1 -p "$port" -U tracker tracker_test
  echo "postgresql://tracker@127.0.0.1:$port/tracker_test"
  ;;
stop)
  as_pg "$bindir/pg_ctl" -D "$dir/data" -m fast stop >&2 || true
  ;;
esac
