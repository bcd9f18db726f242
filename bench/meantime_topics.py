"""MEANTIME's English Wikinews articles (corpus_airbus, corpus_apple) laid out as Timeline17
topics, so bench/audit.py can judge a story built from news copy no audit has read.

    python bench/meantime_topics.py --out /tmp/mt-topics [--data ../shared/bench/meantime]
    python bench/audit.py --data /tmp/mt-topics --topic mt_airbus --n 30 --seed 156

Round forty-one: the unread copy of Timeline17 (seed 131), PolNeAR train 301-840 (seed 153) and
TempEval-3 train (seed 155) is used up. MEANTIME's 60 English articles (two of its four
corpora are in the shared bench folder) were read before only by bench/entities.py (named
mentions merged across documents) and, for time expressions, by the dating benches; never for
speakers, figures, the brief or cleaning. Each corpus is one story pile over several years:
Airbus and Boeing (orders, tanker contracts, a crash) and Apple (products, results, lawsuits).
One topic each: ``<out>/mt_airbus/`` and ``<out>/mt_apple/``,
``InputDocs/<YYYY-MM-DD>/<doc_id>.txt``.

MEANTIME ships tokens, not text: each token with its sentence number, no offsets, no paragraph
marks. The text is rebuilt from them: sentence 0 (the headline) and sentence 1 (Wikinews'
date line, "June 13, 2005") a line each, then one sentence to a line, since the paragraphs are
not recorded (a quotation that runs over several sentences is therefore split over lines, as
in wire copy that gives each sentence its paragraph). Spaces follow English punctuation: none
before , . ; : ! ? ) % 's n't, none after ( $; a straight double quote opens and closes in
turn within the document, `` opens and '' closes. The folder date is the document's creation
time (its TIMEX3 with functionInDocument CREATION_TIME), which is the Wikinews publication day;
where a file marks none, the day its date line states.
Nothing is copied into the project: ``--out`` must lie outside the repository.
"""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import topics_layout

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DEFAULT_DATA = ROOT.parent / "shared" / "bench" / "meantime" / "intra_cross-doc_annotation"
TOPICS = {"corpus_airbus": "mt_airbus", "corpus_apple": "mt_apple"}

_NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "'s", "’s", "'", "’", "n't", "''", "”"}
_NO_SPACE_AFTER = {"(", "[", "{", "$", "``", "“", "£", "€"}
_CLITICS = {"s", "t", "d", "ll", "re", "ve", "m"}
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


def detokenise(sentences: list[list[str]]) -> str:
    """The text of tokenised sentences: the first two and then each sentence a line, spaces as
    English punctuation wants them, straight double quotes opening and closing in turn."""
    lines = []
    open_quote = False  # a straight quote's role carries across sentences (a quotation may span them)
    for tokens in sentences:
        out = ""
        glue_next = True  # no space before the line's first token
        for tok in tokens:
            if tok == '"':
                opening = not open_quote
                open_quote = opening
                if not glue_next and opening:
                    out += " "
                out += tok
                glue_next = opening
                continue
            after_apostrophe = out.endswith(("'", "’")) and tok.lower() in _CLITICS  # "Wayne’ s" is "Wayne’s"
            if not glue_next and tok not in _NO_SPACE_BEFORE and not after_apostrophe:
                out += " "
            out += tok
            glue_next = tok in _NO_SPACE_AFTER
        if out.strip():
            lines.append(out.strip())
    return "\n".join(lines) + ("\n" if lines else "")


def _date_line_day(line: str) -> str:
    """The day of a Wikinews date line as MEANTIME tokenises it ("September 01 , 2007"), else ""."""
    try:
        return dt.datetime.strptime(" ".join(line.replace(",", " ").split()), "%B %d %Y").date().isoformat()
    except ValueError:
        return ""


def read_doc(path: Path) -> tuple[str, str, str]:
    """(document id, publication day, text) of one MEANTIME file; ValueError names the file."""
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as e:
        raise ValueError(f"{path}: not MEANTIME XML ({e})") from e
    sentences: dict[int, list[str]] = {}
    for tok in root.iter("token"):
        try:
            n = int(tok.get("sentence", ""))
        except ValueError as e:
            raise ValueError(f"{path}: a token without a sentence number") from e
        sentences.setdefault(n, []).append(tok.text or "")
    day = ""
    for timex in root.iter("TIMEX3"):
        if timex.get("functionInDocument") == "CREATION_TIME":
            m = _DAY.match(timex.get("value") or "")
            if m:
                day = m.group(0)
                break
    if not day and 1 in sentences:  # a few files mark no creation time: Wikinews' date line gives it
        day = _date_line_day(" ".join(sentences[1]))
    if not day:
        raise ValueError(f"{path}: no creation time (TIMEX3 functionInDocument=CREATION_TIME) with a day")
    docid = root.get("doc_id") or path.stem
    return docid, day, detokenise([sentences[k] for k in sorted(sentences)])


def lay_out(data: Path, out: Path) -> dict[str, int]:
    """Write the topic folders; returns articles per topic. Raises ValueError for an output
    inside the repository or a file that is not MEANTIME XML or gives no day."""
    return topics_layout.write_topics(data, out, "MEANTIME", TOPICS, "*.xml", read_doc)


def main(argv: list[str] | None = None) -> int:
    return topics_layout.main(lay_out, __doc__.split("\n\n")[0], DEFAULT_DATA,
                              "MEANTIME annotation folder (corpus_airbus/, corpus_apple/)", argv, None)


if __name__ == "__main__":
    raise SystemExit(main())
