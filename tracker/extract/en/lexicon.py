"""Rule data: the word tables the extractors read. A new phrasing is one line here.

Every table is general English (and English renderings of Chinese
institutional wording); none names a particular organization.
"""

from __future__ import annotations

# --- figures -------------------------------------------------------------------------

# Head nouns of a counted phrase -> metric (SCHEMA.md). Matched lower-cased.
METRIC_NOUNS: dict[str, str] = {
    **dict.fromkeys(("member", "members", "membership", "member-units", "affiliates"),
                    "members"),
    **dict.fromkeys(("country", "countries", "nations", "economies"), "countries"),
    **dict.fromkeys((
        "universities", "colleges", "institutions", "institutes", "organizations",
        "organisations", "schools", "polytechnics", "enterprises", "companies", "firms",
        "entities", "associations", "agencies", "partners", "academies", "units",
        "ministries", "centres", "centers", "hospitals", "corporations",
    ), "institutions"),
    **dict.fromkeys((
        "participants", "representatives", "delegates", "attendees", "guests", "people",
        "persons", "visitors", "connections", "officials", "leaders", "principals",
        "presidents", "deans", "speakers", "delegations", "members of staff", "staff",
        "teachers", "educators", "faculty",
    ), "participants"),
    **dict.fromkeys(("experts", "scholars", "specialists", "researchers", "professors",
                     "academics", "scientists"), "experts"),
    **dict.fromkeys(("trainees", "apprentices", "learners trained"), "trainees"),
    **dict.fromkeys(("students", "graduates", "learners", "pupils", "alumni"),
                    "students"),
    **dict.fromkeys(("sessions", "times", "editions", "rounds"), "sessions"),
    **dict.fromkeys(("programs", "programmes", "projects", "courses", "majors",
                     "specialties", "specialities"), "programs"),
}

# Time units: "a 3-day programme", "in the next 10 years" are figures of kind other.
TIME_UNITS = frozenset({"day", "days", "week", "weeks", "month", "months", "year", "years",
                        "hour", "hours", "minute", "minutes", "decade", "decades"})

# Words that end the noun phrase after a number.
PHRASE_STOPS = frozenset({
    "from", "in", "at", "on", "who", "which", "that", "with", "to", "by", "for", "of", "were",
    "was", "are", "is", "have", "has", "had", "will", "would", "as", "across", "including",
    "such", "covering", "attended", "participated", "signed", "joined", "took", "gathered",
    "under", "into", "between", "among", "during", "since", "per", "each", "or",
})

# Bound words before a number.
AT_LEAST_WORDS = ("more than", "over", "at least", "above", "upwards of",
                  "in excess of", "no fewer than", "no less than", "not less than",
                  "exceeding", "over a total of", "a total of more than")
EXACT_HEDGES = ("nearly", "almost", "about", "around", "approximately", "some", "roughly",
                "close to", "up to", "a total of", "totally", "total of")

CURRENCY_BEFORE = ("US$", "USD", "RMB", "CNY", "EUR", "€", "£", "¥", "$", "HK$", "S$")
CURRENCY_AFTER = frozenset({"yuan", "dollars", "euros", "euro", "rmb", "usd", "pounds",
                            "rupees", "ringgit", "baht", "naira", "shillings", "cedis",
                            "rubles", "roubles", "won", "yen", "tenge"})
SCALES = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "mn": 1_000_000,
          "bn": 1_000_000_000, "k": 1_000}

NUMBER_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "hundred": 100, "a hundred": 100, "one hundred": 100,
    "a dozen": 12, "dozen": 12,
}
FRACTIONS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
             "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7,
             "eighth": 8, "eighths": 8, "tenth": 10, "tenths": 10}

# Labels of page counters and addresses: a number after them is not a figure.
COUNTER_LABELS = ("hits", "views", "clicks", "number of clicks", "visits", "postcode",
                  "post code", "zip", "tel", "phone", "fax", "no.", "room", "page", "reads",
                  "read", "likes", "id")

# --- events ----------------------------------------------------------------------------

# Keyword (regex fragment, matched case-insensitively) -> event kind. First match wins
# when several are equally near.
EVENT_KEYWORDS: tuple[tuple[str, str], ...] = (
    (r"opening ceremon(?:y|ies)|ceremon(?:y|ies|ial)|inauguration|unveil(?:ed|ing)?",
     "ceremony"),
    (r"conference|congress|symposium", "conference"),
    (r"forum|dialogue", "forum"),
    (r"seminar|webinar|lecture", "seminar"),
    # A workshop is hands-on work: training, like a course.
    (r"training|workshops?|(?<!of )course|staff week|summer school|winter school|camp", "training"),
    (r"sign(?:ed|ing)|inked|memorandum|mou|agreement", "signing"),
    (r"launch(?:ed|ing)?|inaugurated|kick(?:ed)?[- ]off", "launch"),
    (r"visit(?:ed|ing|s)?|delegation", "visit"),
    (r"competition|contest|championship", "competition"),
    (r"meeting|meets|met|summit|assembly|annual activit(?:y|ies)|plenary|gathering|"
     r"session|convened|negotiations|talks", "meeting"),
    (r"exhibition|expo|fair|festival|held|hosted|took place|organi[sz]ed", "other"),
)

# A date after one of these (in its sentence) is a plan, not a happening.
FUTURE_MARKERS = r"\b(?:will|shall|forthcoming|upcoming|next|plan(?:s|ned|ning)?|to be held|" \
                 r"scheduled|expected to|is to|are to|going to|" \
                 r"to (?:start|begin|open|commence|launch)(?: \w+)? (?:from|in|on|by))\b"

# A date right after one of these is not the date of a happening.
NON_EVENT_DATE_PREFIX = r"(?:since|by|until|till|before|as of|founded|established|" \
                        r"formed|set up|inception|starting|posted|published|updated)" \
                        r"\s+(?:in\s+|on\s+|at\s+)?(?:the\s+)?$"

# A date right after one of these dates a beginning of something else, not a count stated in
# the same sentence ("founded in 2015, it now has 64 members": the 64 are as of today).
BEGINNING_DATE_PREFIX = r"(?:since|founded|established|formed|set up|created|launched|" \
                        r"inception|founding|establishment|creation|launch|" \
                        r"starting)\s+(?:in\s+|on\s+)?(?:the\s+)?$"

# --- organizations and alliances -------------------------------------------------------

# Head word (the noun that names the kind of body) -> organization kind.
ORG_HEADS: dict[str, str] = {
    **dict.fromkeys(("University", "Universities", "Universidad", "Universität", "Université",
                     "Universiti", "Universitas", "Academy", "Universidade", "Universiteit",
                     "Universitat", "Università", "Uniwersytet", "Politecnico", "Hochschule",
                     "Fachhochschule", "Instituto", "Institut", "École", "Ecole", "Escuela",
                     "Akademie", "Academia", "Hogeschool"), "university"),
    # TAFE: Australia's public vocational institutes ("TAFE Queensland", "North Coast TAFE")
    **dict.fromkeys(("College", "Polytechnic", "Politeknik", "Technikon", "TAFE"), "college"),
    **dict.fromkeys(("Ministry", "Bureau", "Government", "Embassy", "Consulate", "Commission",
                     "Congress", "Parliament", "Administration", "Authority", "Department",
                     "Office", "Municipality"), "government"),
    **dict.fromkeys(("Co.", "Co", "Ltd.", "Ltd", "Company", "Corporation", "Corp.", "Inc.",
                     "Limited", "LLC", "Bank", "Holdings", "Group", "Plc"), "enterprise"),
    **dict.fromkeys(("Association", "Society", "Chamber"), "association"),
    **dict.fromkeys(("Institute", "Centre", "Center", "Foundation", "Agency", "Organization",
                     "Organisation", "Committee", "Workshop", "Fund", "Council", "Union",
                     "Institution", "Secretariat", "Trust", "Museum", "Library", "Hospital",
                     "Press", "Daily", "Times", "News", "Xinhua"), "other"),
}

# Heads that open a name in their language, the rest of the name following them
# ("Université Bourgogne Franche-Comté", "Universidad Nacional del Sur").
HEAD_INITIAL = frozenset({"Universidad", "Université", "Universiti", "Universitas", "Universidade",
                          "Universitat", "Università", "Uniwersytet", "Politecnico", "Instituto",
                          "Institut", "École", "Ecole", "Escuela", "Universität", "Academia",
                          "Hochschule", "Fachhochschule", "Akademie", "Hogeschool", "Politeknik",
                          "TAFE"})
# Heads of alliances: bodies of member institutions.
ALLIANCE_HEADS = frozenset({"Alliance", "Consortium", "League", "Network", "Federation",
                            "Coalition", "Partnership"})
# These heads name an alliance only when the name counts institutions ("... of Universities").
MEMBER_BODY_HEADS = frozenset({"Association", "Council", "Union", "Society", "Group",
                               "Conference", "Forum"})
INSTITUTION_PLURALS = frozenset({"Universities", "Colleges", "Polytechnics", "Institutions",
                                 "Schools", "Institutes", "Academies"})

# Units inside an institution: named as part of a person's title, not as organizations,
# unless a government marker shows a public body ("Shenzhen Foreign Affairs Office").
UNIT_HEADS = frozenset({"Office", "Department", "Division", "Faculty", "School", "Section",
                        "Committee", "Secretariat", "Center", "Centre", "Branch", "Unit"})
GOVERNMENT_MARKERS = frozenset({"Province", "Provincial", "Municipal", "Municipality",
                                "Government", "Ministry", "National", "People's",
                                "People’s", "County", "District", "Prefecture",
                                "Autonomous", "Federal", "Bureau", "Commission", "Embassy",
                                "Parliamentary", "Republic", "Consulate", "Council", "City"})
ENTERPRISE_WORDS = frozenset({"Technology", "Technologies", "Co.", "Ltd.", "Co", "Ltd",
                              "Industrial", "Industry", "Holdings", "Investment", "Equipment",
                              "Energy", "Trading", "Manufacturing"})
# Organs of a body: "Council of the X Network" names the network's council, an internal
# organ; the body is the organization named.
GOVERNING_ORGANS = frozenset({"Council", "Board", "Senate", "General Assembly", "Assembly",
                              "Executive Committee", "Executive Board", "Governing Board",
                              "Board of Directors", "Steering Committee"})
# Venue words: a name with these heads is a place, not an organization.
VENUE_HEADS = frozenset({"Hotel", "Hall", "Campus", "Room", "Building", "Stadium", "Square",
                         "Avenue", "Road", "Street", "Park", "Plaza", "Auditorium", "Theatre",
                         "Theater", "Gallery", "Palace", "Garden", "Gardens"})

# Capitalised words that never start or make up a name (sentence openers and the like).
COMMON_CAPS = frozenset({
    "The", "This", "That", "These", "Those", "On", "In", "At", "During", "As", "Since",
    "Under", "According", "After", "Before", "With", "From", "For", "By", "Among", "Apart",
    "Additionally", "Also", "It", "He", "She", "They", "We", "Our", "Its", "Their", "A",
    "An", "And", "But", "Meanwhile", "Furthermore", "Moreover", "However", "Today", "Then",
    "Yesterday", "Recently", "Previously", "Currently", "Together", "Both", "Each", "All",
    "Over", "Through", "To", "Of", "If", "When", "While", "Against", "Inspired", "Founded",
    "Established", "Located", "Themed", "Held", "Representatives", "Leaders", "Photo",
    "Source", "Date", "Published", "Keywords", "Position", "Home", "News", "Events", "Share",
    "Comment", "Hits", "Views", "Download", "Read", "More", "Click", "Here", "Mr", "Ms",
    "Mrs", "Dr", "Prof", "Professor", "Mr.", "Ms.", "Mrs.", "Dr.", "Prof.", "Hon.", "H.E.",
    "Web", "Editor", "Resource", "Author", "One", "Two", "Three", "Four", "Five", "Six",
    "Seven", "Nine", "Ten", "First", "Second", "Third", "Fourth", "Fifth", "New", "Relevant",
    "Other", "His", "Her", "Such", "Not", "No", "Yes", "Some",
    "Many", "Several", "Welcome", "Officially", "Successfully", "Jointly", "Attend", "Eight",
    "Attended", "Visit", "Visited", "Witness", "Signed", "Signing", "Launch", "Opening",
    "Sino", "Sino-foreign", "Courtesy", "Credit", "Caption",
})

# --- people ----------------------------------------------------------------------------

HONORIFICS = ("Mr.", "Mr", "Ms.", "Ms", "Mrs.", "Mrs", "Dr.", "Dr", "Prof.", "Prof",
              "Professor", "Associate Professor", "Assistant Professor", "H.E.", "Hon.",
              "Madam", "Madame", "Sir", "Dame", "Academician")

# Words that make a phrase a job title ("Vice President", "Director of ...").
TITLE_WORDS = frozenset({
    "President", "Vice", "Director", "Director-General", "Secretary", "Secretary-General",
    "Minister", "Premier", "Chairman", "Chairwoman", "Chair", "Chairperson", "Dean", "Rector",
    "Vice-Rector", "Vice-President", "Chancellor", "Vice-Chancellor", "Pro-Vice-Chancellor",
    "Principal", "Head", "Deputy", "Inspector", "Counselor", "Counsellor", "Consul",
    "Ambassador", "Governor", "Mayor", "Commissioner", "Manager", "Officer", "Specialist",
    "Researcher", "Leader", "Coordinator", "Representative", "Executive", "Chief",
    "General", "Assistant", "Associate", "Professor", "Lecturer", "Editor", "Founder",
    "Party", "Provost", "Registrar", "Envoy", "Attaché", "Attache", "Advisor", "Adviser",
    "Member", "CEO", "Teacher", "Captain", "Rep", "Prime", "King", "Queen", "Prince",
    "Senator", "Governor-General", "Consul-General", "Vice-Chairman",
    "Vice-Chair", "Spokesperson", "Spokesman", "Dr.", "Prof.", "Mr.", "Ms.", "Hon.",
})

# --- memberships -----------------------------------------------------------------------

# Role phrases as texts write them -> canonical role (SCHEMA.md). Longest phrases win.
ROLE_PHRASES: dict[str, str] = {
    "rotating chair": "chair", "rotating chairman": "chair", "chairman unit": "chair",
    "chair unit": "chair", "president unit": "chair", "presiding unit": "chair",
    "chairman institution": "chair", "first rotating university": "chair",
    "rotating presidency": "chair",
    "vice-chairman unit": "vice_chair", "vice chairman unit": "vice_chair",
    "vice-chair unit": "vice_chair", "vice chair unit": "vice_chair",
    "vice-president unit": "vice_chair", "vice president unit": "vice_chair",
    "vice-chairman": "vice_chair", "vice chair": "vice_chair",
    "vice-chairman institution": "vice_chair", "deputy chair unit": "vice_chair",
    "secretary-general unit": "secretary_general", "secretary general unit": "secretary_general",
    "secretariat unit": "secretariat", "secretariat": "secretariat",
    "host of the secretariat": "secretariat", "secretariat host": "secretariat",
    "executive council member": "executive_council_member",
    "executive council member unit": "executive_council_member",
    "standing council member": "executive_council_member",
    "executive director unit": "executive_council_member",
    "standing director unit": "executive_council_member",
    "executive director member": "executive_council_member",
    "standing member": "executive_council_member",
    "standing member unit": "executive_council_member",
    "executive member": "executive_council_member",
    "executive board member": "executive_council_member",
    "executive committee member": "executive_council_member",
    "council member": "council_member", "council member unit": "council_member",
    "director unit": "council_member", "governing unit": "council_member",
    "board member": "council_member", "council unit": "council_member",
    "member of the council": "council_member", "director member": "council_member",
    "governing board member": "council_member", "board of directors member": "council_member",
    "lead member": "lead_member", "leading unit": "lead_member", "initiating unit": "lead_member",
    "initiator": "lead_member", "lead institution": "lead_member", "leading member": "lead_member",
    "lead unit": "lead_member", "lead university": "lead_member",
    "leading institution": "lead_member",
    "founding member": "founding_member", "founding unit": "founding_member",
    "first batch of members": "founding_member", "co-founder": "founding_member",
    "first batch of member units": "founding_member",
    "first batch of member institutions": "founding_member",
    "first batch of member universities": "founding_member",
    "first group of members": "founding_member",
    "founding institution": "founding_member", "founding partner": "founding_member",
    "member unit": "member", "member": "member", "member institution": "member",
    "member university": "member", "member college": "member", "associate member": "member",
    "full member": "member", "partner institution": "member",
    "member organization": "member", "member organisation": "member", "member body": "member",
    "affiliate member": "member", "partner member": "member", "ordinary member": "member",
    "observer": "observer", "observer member": "observer", "observer unit": "observer",
}
# An office held by an institution is named with a word for the institution after it, and
# writers vary that word: "vice-chair unit", "vice-president institution", "chair university".
_UNIT_OFFICES = {
    "chair": "chair", "chairman": "chair", "chairperson": "chair", "president": "chair",
    "rotating chair": "chair", "vice-chair": "vice_chair", "vice chair": "vice_chair",
    "vice-chairman": "vice_chair", "vice chairman": "vice_chair", "vice-president": "vice_chair",
    "vice president": "vice_chair", "deputy chair": "vice_chair",
    "secretary-general": "secretary_general", "secretary general": "secretary_general",
    "executive council": "executive_council_member", "standing council": "executive_council_member",
    "executive director": "executive_council_member",
    "standing director": "executive_council_member", "council": "council_member",
    "director": "council_member",
}
for _office, _role in _UNIT_OFFICES.items():
    for _word in ("unit", "institution", "university", "college", "member institution",
                  "member unit"):
        ROLE_PHRASES.setdefault(f"{_office} {_word}", _role)

# Verbs: "X joined the Alliance"; "initiated by X and Y"; "X initiated the Alliance".
JOIN_VERBS = r"join(?:ed|s|ing)?|became a member of|become a member of|admitted (?:to|into)|" \
             r"acceded to|signed up to|enrolled in|accepted (?:in)?to|welcomed (?:in)?to"
_WHEN = r"(?:\s+(?:in|on)\s+[\w ,]{1,25}?)?"
INITIATED_BY = r"(?:jointly\s+|co-)?(?:initiated|proposed|launched|sponsored|led|spearheaded|" \
               r"inspired|convened)" + _WHEN + r"\s+by"
FOUNDED_BY = r"(?:jointly\s+|co-)?(?:founded|co-founded|established|set up|created|formed)" \
             + _WHEN + r"\s+by"
INITIATES = r"(?:jointly\s+|co-)?(?:initiated|proposed|founded|co-founded|launched|" \
            r"established|set up|created|spearheaded)"
ENTRY_WORDS = r"entry|admission|accession|welcom(?:ed|es|ing)|admitted|new(?:est)? members?|" \
              r"(?:granted|approved|extended|offered)\s+(?:full\s+)?membership\s+(?:to|for)|" \
              r"additions?\s+of|applications?\s+(?:for\s+membership\s+)?(?:of|from)"
# "Chairman of the Alliance ... and President of X College": the person's institution is a member.
ALLIANCE_OFFICE_TITLES = r"(?:Chair(?:man|woman|person)?|President|Vice[- ]Chair(?:man|woman)?|" \
                         r"Vice[- ]President|Secretary[- ]General|Director)"
# Words that refer back to the publisher.
SELF_REFERENCES = ("our university", "our college", "our school", "our institute",
                   "our polytechnic", "the university", "the college", "the school",
                   "our academy")
