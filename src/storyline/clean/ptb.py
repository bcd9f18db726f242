"""Penn Treebank tokenised copy, detected and typeset again at the cleaning stage's door.

Some corpora users feed storyline come tokenised the Penn Treebank way (Timeline17 and
other TLS/NLP corpora): a sentence to a line, punctuation and clitics spaced off
("Acme , which sells it , said it 's done ."), quote marks written as ``` `` ``` and
``''``, brackets as ``-LRB-``/``-RRB-`` (``-LSB-``, ``-LCB-`` ...). Read as it stands,
such a text cleans and analyses unlike the same article typeset, and every cleaning
rule would have to learn the second spelling of each mark. So ``clean_record`` asks
``looks_tokenised`` first and, if and only if it answers yes, reads ``detokenise``'s
text instead: one reading of PTB for the whole stage.

Why here, at the start of cleaning, and not in ingest: ingest's job is bytes -> a
``Record`` true to the file (a record keeps what the file said); turning one spelling of
the text into another is a normalisation of the same kind as ``encoding.repair``, which
runs at this same door, before the noise cleaner. Every offset later steps keep (quotes,
figures, citations) points into the cleaned document's text, which is built from this
typeset text, so nothing downstream needs the tokenised offsets.

The typeset marks are straight quotes (``"``), not curly ones: PTB's ``` `` ``` /
``''`` record a direction the tokeniser *guessed* from where the mark stood (its source
often printed straight quotes), so a curly mark would state more than the copy does;
and the audits' typeset Timeline17 (bench/t17.py) has always been built with straight
marks, which every quote rule reads.

Own code rather than a library, on measure: nltk's ``TreebankWordDetokenizer`` (Apache
2.0; a bench-only dependency here, pulled by tilse) undoes the same marks but glues
what news prints spaced ("easing -- and" -> "easing--and", "so great... if" ->
"so great...if", on ~3,700 of Timeline17's 76,000 lines), and rewrites words ("can not"
-> "cannot"); sacremoses' ``MosesDetokenizer`` reads Moses' escapes (``&quot;``), not
PTB's quote tokens or bracket names. The rules below are the few the corpus needs.
"""

from __future__ import annotations

import re

# The one definition of PTB's escaped marks (bench/t17.py and the cleaner read it here).
MARKS = {"-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]", "-LCB-": "{", "-RCB-": "}", "``": '"', "''": '"'}

# -- detection: several signals, each of which typeset news shows rarely or never -----
_BRACKET_TOKEN = re.compile(r"(?<!\S)-[LR][RSC]B-(?!\S)")
_OPEN_QUOTE_TOKEN = re.compile(r"(?<!\S)``(?!\S)")
# a clitic split off its word: "it 's", "do n't", "we 're" (a space before, a token alone)
_CLITIC_TOKEN = re.compile(r"(?<=\w) (?:n't|'s|'re|'ll|'ve|'d|'m)(?!\S)", re.IGNORECASE)
# a comma spaced off the word before it, or joined to it (a number's comma, "1,000", is
# neither: it is followed by a digit)
_SPACED_COMMA = re.compile(r"(?<=\S) ,(?!\S)")
_JOINED_COMMA = re.compile(r"(?<=\S),(?!\S)")
# a line ending on its stop spaced off ("... said .", "... done ? ''")
_SPACED_STOP_END = re.compile(r"\S \s*[.?!](?: '')?\s*$")
# the same with a full stop (French typesetting spaces "?" and "!" off, never ".")
_SPACED_FULL_STOP_END = re.compile(r"\S \s*\.(?: '')?\s*$")


def signals(text: str) -> set[str]:
    """The PTB signals ``text`` shows: ``brackets`` (an escaped bracket as a token),
    ``quotes`` (an opening ``` `` ``` as a token), ``clitics`` ("it 's", "do n't"),
    ``commas`` (at least 3 commas, nearly all spaced off their word) and ``stops`` (most
    lines of 4 or more words, at least 2, end on a spaced-off stop; ``all stops`` when
    every one ends on a spaced-off full stop)."""
    found = set()
    if _BRACKET_TOKEN.search(text):
        found.add("brackets")
    if _OPEN_QUOTE_TOKEN.search(text):
        found.add("quotes")
    if _CLITIC_TOKEN.search(text):
        found.add("clitics")
    spaced, joined = len(_SPACED_COMMA.findall(text)), len(_JOINED_COMMA.findall(text))
    if spaced >= 3 and spaced >= 0.9 * (spaced + joined):
        found.add("commas")
    lines = [x for x in text.splitlines() if len(x.split()) >= 4]
    ends = sum(bool(_SPACED_STOP_END.search(x)) for x in lines)
    if len(lines) >= 2 and ends >= 0.6 * len(lines):
        found.add("stops")
        if all(_SPACED_FULL_STOP_END.search(x) for x in lines):
            found.add("all stops")
    return found


def looks_tokenised(text: str) -> bool:
    """Whether ``text`` is PTB tokenised copy: its punctuation spaced off throughout
    (``commas`` or ``stops``) and another signal with it, or every line of 4 or more
    words (2 at least) ending on a spaced-off full stop (short copy with no comma, bracket,
    quote or clitic: typeset news never ends its sentences so). Conservative: a stray
    "(" or "''" in typeset copy, a code sample, a table of spaced numbers or a line
    "Q : what ?" shows one signal at most."""
    found = signals(text)
    if "all stops" in found:
        return True
    return bool(found & {"commas", "stops"}) and len(found - {"all stops"}) >= 2


# PTB's escapes of the slash and the asterisk ("gallons\/4,106,641 liters", "\*\*\*"): the
# Treebank writes them with a backslash so they are not read as its own notation. Timeline17
# holds them in 557 (slash) and 86 (asterisk) of its texts, and a brief printed the backslash
# (round fifty-five, e2's census). Only these two: a backslash before anything else is the
# copy's own and stays. Not in MARKS: bench/t17.py's typeset audit copy reads MARKS and its
# texts (the audits' offsets) are not changed by this.
ESCAPES = {"\\/": "/", "\\*": "*"}


def detok(line: str) -> str:
    """Undo PTB tokenisation of one line, well enough to read as prose."""
    for k, v in ESCAPES.items():
        line = line.replace(k, v)
    # quote marks joined to what they enclose, as printed: ``` `` Yes , '' he said``` ->
    # ``"Yes," he said`` (a quote extractor reads the marks)
    line = re.sub(r"``\s*", '"', line)
    line = re.sub(r"\s*''", '"', line)
    for k, v in MARKS.items():
        line = line.replace(k, v)
    line = re.sub(r"\s+([.,;:!?%)\]}'])", r"\1", line)
    line = re.sub(r"([(\[{$])\s+", r"\1", line)
    line = re.sub(r"\s+(n't|'s|'re|'ll|'ve|'d|'m)\b", r"\1", line)
    return line.strip()


# A US politician's party-state label, "Rep. Joe Roe -LRB- D-Mich . -RRB-": the sentence
# splitter of tokenised corpora (Timeline17's among them) takes the label's abbreviation
# stop for a sentence end and breaks the line there, so "... -LRB- D-Mich . -RRB-" and
# "said ..." / ", who ..." stand as two sentences (two paragraphs once typeset) and the
# cue loses its subject. The join needs both sides: the line ends on the label (party
# letter, hyphen, a state's abbreviation, its spaced stop, the bracket or not), and the next
# opens as no sentence does, on a comma or semicolon or a lower-case word that is not a
# name written so ("iPhone"). Counted on Timeline17: 128 such breaks, in 4 of 9 topics
# (round twenty-seven; found by 27o's census of open speakers).
_LABEL_END = re.compile(r"(?<!\S)(?:[DRI]|Ind)-[A-Z][A-Za-z]{1,12} \.(?: -RRB-| \))?\s*$")
_GOES_ON = re.compile(r"^\s*(?:[,;]|[a-z]+(?![A-Za-z]*[A-Z]))")


def join_label_splits(lines: list[str]) -> list[str]:
    """``lines`` with each line that opens as a sentence never does joined to the line before
    when that line ends on a party-state label's stop: ``["Rep. Roe -LRB- D-Mich . -RRB-",
    "said on Monday ..."]`` -> one line. Any other break stays."""
    out: list[str] = []
    for line in lines:
        if out and _GOES_ON.match(line) and _LABEL_END.search(out[-1]):
            out[-1] = out[-1].rstrip() + " " + line.strip()
            continue
        out.append(line)
    return out


# A web address the corpus's sentence splitter broke at its dot: one line ends on the site's
# name and a spaced stop ("... traffic soared at CDC ."), the next opens on the domain's
# ending and goes on in lower case ("gov last month , as ..."), so "CDC.gov" stood as two
# paragraphs, the sentence cut in two. Only the endings that are no English word that could
# open a broken line (gov, com, org, edu; not "net", as in "net income") are joined, and only
# when what follows goes on the sentence (a lower-case word, a comma, a closing bracket).
# Round forty-four, integrator, in-sample: seed 159's H1N1_reuters K15 (two sentences cut
# so); the same break stands in three other Timeline17 topics ("suite101 . / com website").
_SITE_END = re.compile(r"(?<=[A-Za-z0-9]) \.\s*$")
_DOMAIN_REST = re.compile(r"^\s*(gov|com|org|edu)(?= (?:[a-z]|,|-RRB-))")


def join_domain_splits(lines: list[str]) -> list[str]:
    """``lines`` with each web address broken at its dot joined again: ``["traffic soared at
    CDC .", "gov last month , as ..."]`` -> ``["traffic soared at CDC.gov last month , as ..."]``."""
    out: list[str] = []
    for line in lines:
        m = _DOMAIN_REST.match(line)
        if out and m and _SITE_END.search(out[-1]):
            out[-1] = _SITE_END.sub("", out[-1]) + "." + m.group(1) + line[m.end() :]
            continue
        out.append(line)
    return out


def detokenise(text: str) -> str:
    """``text`` typeset again, each non-empty line a paragraph (PTB copy puts a sentence
    to a line; the blank line keeps it a unit of its own, as the audits' typeset form
    does), after mending the splitter's breaks at a party-state label (join_label_splits).
    Call it only on text ``looks_tokenised`` accepts."""
    return "\n\n".join(detok(x) for x in join_domain_splits(join_label_splits([x for x in text.splitlines() if x.strip()])))


# -- doubled apostrophes as quote marks in typeset copy ----------------------------------
# Some archives' plain text writes a double quotation mark as two apostrophes or two backticks
# (NYT copy in PolNeAR: ''We will,'' Mrs. Roe said; every one of its 116 train texts). The
# copy is not tokenised (looks_tokenised says no), so detokenise never reads it, and every
# quote rule (the scanner, the joins of a split quotation, the pull-quote and caption rules)
# reads one mark character: round thirty-four's audit of such copy showed 4 of 40 sampled
# quotes cut to half a statement where the same copy with '"' was joined. Three in a row are
# a quotation inside a quotation's edge and stay; a pair after a digit is typeset too (a
# closing mark in 'press ''1'' for English'; an inch mark, 5'11'', reads the same as 5'11").
_DOUBLED_MARK = re.compile(r"(?<!['`])(?:''|``)(?!['`])")


def typeset_doubled_marks(text: str) -> str | None:
    """The text with each doubled apostrophe or backtick quotation mark written '"', when the
    copy writes quotation marks so (at least an opening and a closing one); else None."""
    if len(_DOUBLED_MARK.findall(text)) < 2:
        return None
    return _DOUBLED_MARK.sub('"', text)
