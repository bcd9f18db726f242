"""Timeline17 InputDocs for the bench scripts: one loader, so every bench reads them alike.

Layout: ``<topic>/InputDocs/<date>/<n>.htm.txt``; each file is tokenised, a sentence to
a line, PTB-escaped, and dated by its folder's name; a few are empty.
"""

from __future__ import annotations

import re
from pathlib import Path

from storyline.clean import ptb

# the one PTB reading (src/storyline/clean/ptb.py), which ``clean_record`` applies to
# tokenised copy itself; the loader applies it line by line after mending the corpus's
# own broken lines (join_ticker_lines), so the audits' typeset form stays as it was
PTB = ptb.MARKS
detok = ptb.detok


# a wire ticker the corpus's own sentence splitter broke at its dot: one line ends
# "-LRB- ABC ." and the next opens on the exchange, "N -RRB- said ..." (or "S , ..." where
# the bracket was lost), so "(ABC.N) said" stood as two paragraphs and the second lost
# its subject. Only the exchange shape (1-3 letters, then the bracket or a comma) is
# joined; a line after a dangling "(ABC." that opens on anything else is left alone.
_TICKER_OPEN = re.compile(r"-LRB- [A-Za-z0-9&]{1,7} \.\s*$")
_EXCHANGE_REST = re.compile(r"^\s*([A-Za-z]{1,3}) (-RRB-|,)(?=\s|$)")


# round twenty (16u): the same break where the corpus lost the ticker's brackets too: one
# line ends on the ticker's root after a name, "Lloyd 's of London LOL .", and the next
# opens on its exchange, "UL estimated ...", so one sentence stood as two paragraphs, the
# second opening on debris. No bracket marks the ticker here, so the exchange must be one
# of the exchange codes Reuters prints after a dot (below; those that are also words in
# capitals, "I", "A", "AS", "TO", "HE", are left out) and go on in lower case or a comma;
# the brackets are put back.
_BARE_TICKER_END = re.compile(r"(?<=\s)(?<!-LRB- )([A-Z][A-Z0-9&]{1,6}) \.\s*$")
_BARE_EXCHANGE_REST = re.compile(r"^\s*([A-Z]{1,3})(?: -RRB-)?(?= (?:[a-z]|,))")
# round forty-four (integrator, in-sample: seed 159's bpoil_reuters K8 and K18, "Transocean Ltd
# RIGN ." / "N -RRB- and Halliburton ..."): the corpus lost the opening bracket and kept the
# closing one; the exchange and that bracket are read as one, the brackets put back round both
_EXCHANGES = frozenset({
    "N", "O", "OQ", "OB", "PK", "L", "UL", "S", "VX", "PA", "DE", "F", "BR", "MI", "MC",
    "LS", "CO", "ST", "OL", "V", "AX", "NZ", "HK", "T", "KS", "KQ", "SS", "SZ", "SI",
    "BO", "NS", "TW", "BK", "JK", "KL", "SA", "MX", "J", "TA", "RTS", "MM",
})
# a ticker left open at a line's end whose exchange the corpus lost ("Roche -LRB- ROG .",
# the next line a quote or a sentence of its own): the half ticker is debris, the sentence
# ends at its name ("... made by Roche.").
_DANGLING_TICKER = re.compile(r"\s*-LRB- [A-Z][A-Z0-9&]{1,6} (\.\s*)$")


def join_ticker_lines(lines: list[str]) -> list[str]:
    """The corpus's lines with each ticker broken at its dot joined again:
    ``["Acme -LRB- ACM .", "N -RRB- said ..."]`` -> ``["Acme -LRB- ACM.N -RRB- said ..."]``;
    where the closing bracket was lost (``"S , exploded"``) it is put back, so the
    bracket still closes before the sentence goes on."""
    out: list[str] = []
    for line in lines:
        m = _EXCHANGE_REST.match(line)
        if out and m and _TICKER_OPEN.search(out[-1]):
            rest = line[m.end() :]
            if m.group(2) == ",":
                rest = " ," + rest  # "(ABC.S, exploded" -> "(ABC.S), exploded"
            out[-1] = out[-1].rstrip()[:-2] + "." + m.group(1) + " -RRB-" + rest
            continue
        bare = _BARE_EXCHANGE_REST.match(line)
        root = _BARE_TICKER_END.search(out[-1]) if out and bare and bare.group(1) in _EXCHANGES else None
        if bare and root:
            out[-1] = out[-1][: root.start()] + "-LRB- " + root.group(1) + "." + bare.group(1) + " -RRB-" + line[bare.end() :]
            continue
        if out and _DANGLING_TICKER.search(out[-1]):
            out[-1] = _DANGLING_TICKER.sub(r" \1", out[-1])
        out.append(line)
    if out and _DANGLING_TICKER.search(out[-1]):
        out[-1] = _DANGLING_TICKER.sub(r" \1", out[-1])
    return out


# Round thirty-three: a topic laid out from copy that was never tokenised (bench/polnear_topics.py)
# must not get the PTB reading: it closed the space before an opening single quote ("Trump:
# 'We ..." became "Trump:'We ...") in six of seed 137's politico texts. Tokenised copy shows PTB's
# own marks or a space before most of its commas or full stops; every non-empty Timeline17 text
# but one (a gallery page of captions with no punctuation) shows one of them, no PolNeAR text does.
_PTB_MARK = re.compile(r"``|-LRB-|-RRB-")
_SPACED_COMMA = re.compile(r" ,(?=\s)")
_SPACED_STOP = re.compile(r"\w \.\s*$", re.M)


def tokenised(raw: str) -> bool:
    """Is ``raw`` PTB-tokenised copy (Timeline17's), rather than text as written?"""
    if _PTB_MARK.search(raw):
        return True
    commas = raw.count(",")
    lines = sum(1 for x in raw.splitlines() if x.strip())
    return bool(commas and 2 * len(_SPACED_COMMA.findall(raw)) >= commas
                or lines and 2 * len(_SPACED_STOP.findall(raw)) >= lines)


def topic_docs(topic: Path, limit: int | None = None, detokenise: bool = False) -> list[tuple[str, str, str]]:
    """(name, publication date, text) of a topic's non-empty InputDocs (``*.txt``, and ``*.html``
    web pages kept as they are); ``limit`` spreads the pick evenly over the dates. ``detokenise``
    reads tokenised copy back as written, a paragraph to a line; copy that is not tokenised is
    only laid out so."""
    files = sorted(p for p in (topic / "InputDocs").glob("*/*") if p.suffix in (".txt", ".html") and p.stat().st_size > 0)
    if limit and len(files) > limit:
        step = len(files) / limit
        files = [files[int(i * step)] for i in range(limit)]
    out = []
    for p in files:
        raw = p.read_text(encoding="utf-8", errors="replace")
        text = raw
        if p.suffix == ".html":  # a web page (bench/extraction_topics.py): the build's HTML path reads it whole
            pass
        elif detokenise and tokenised(raw):
            lines = ptb.join_domain_splits(ptb.join_label_splits(join_ticker_lines([x for x in raw.splitlines() if x.strip()])))
            text = "\n\n".join(detok(x) for x in lines)
        elif detokenise:
            text = "\n\n".join(x.strip() for x in raw.splitlines() if x.strip())
        out.append((f"{p.parent.name}/{p.name}", p.parent.name, text))
    return out
