"""TempEval-3's training articles (TimeBank and AQUAINT, TBAQ-cleaned) laid out as Timeline17
topics, so bench/audit.py can judge a story built from wire copy that no audit has read.

    python bench/tempeval_topics.py --out /tmp/tbaq-topics [--data ../shared/bench/tempeval3-train]
    python bench/audit.py --data /tmp/tbaq-topics --topic tbaq_aquaint --n 73 --seed 154

Round thirty-nine: PolNeAR's train copy 301-840 was used up by seed 153, as Timeline17's was by
seed 131. TempEval-3's train split is news as the wires sent it: AQUAINT's 73 articles (AP,
New York Times and Xinhua, 1998-2000) hold four stories in one pile (the 1998 embassy bombings,
a doctor's killing, NATO's enlargement, a Cuban boy's custody), each article opening on its
dateline ("NAIROBI, Kenya (AP) _"); TimeBank's 183 (Wall Street Journal 1989-90, broadcast
transcripts and wires of 1998) are a wider pile of business and world news. One topic each:
``<out>/tbaq_aquaint/`` and ``<out>/tbaq_timebank/``, ``InputDocs/<YYYY-MM-DD>/<DOCID>.txt``.

The texts were read before only by bench/timex.py, for their time expressions (the split it
scores), never for the speakers, figures, brief or cleaning an audit judges. A rule written from
an audit of them may touch time expressions: the engineer says so, and the timex bench's figure
is then in-sample for that rule.

What is written: the title (where the article has one) as the first paragraph, then the text's
paragraphs, one to a line, with every TimeML tag dropped and nothing else changed (datelines,
bylines and ``_`` dashes stay, as the wire sent them). The wire's routing header and trailer
(``EXTRAINFO``: slug, priority, "Eds:" notes) are LDC's packaging, not the article, and are left
out. The folder date is the day in the document's id (``APW19980807.0261``: the day the wire
sent it); where the id holds none (TimeBank's ``wsj_0006``) or an impossible one, the document
creation time TimeML gives, when that holds a day (its hour dropped). Nothing is copied into the project: ``--out``
must lie outside the repository.
"""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import topics_layout

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DEFAULT_DATA = ROOT.parent / "shared" / "bench" / "tempeval3-train"
TOPICS = {"AQUAINT": "tbaq_aquaint", "TimeBank": "tbaq_timebank"}

_ID_DAY = re.compile(r"^[A-Za-z]{2,4}(\d{4})(\d{2})(\d{2})\.")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _valid_day(y: str, m: str, d: str) -> str | None:
    try:
        return dt.date(int(y), int(m), int(d)).isoformat()
    except ValueError:
        return None


def publication_day(docid: str, dct: str, path: Path) -> str:
    """The day the wire sent the document: from its id, else TimeML's creation time. Raises
    ValueError naming the file when neither gives a day."""
    m = _ID_DAY.match(docid)
    day = _valid_day(*m.groups()) if m else None
    if day and "1980" <= day[:4] <= dt.date.today().isoformat()[:4]:
        return day
    day = dct[:10]  # a creation time may carry the hour ("1990-08-15T13:37")
    if _DAY.match(day) and _valid_day(*day.split("-")):
        return day
    raise ValueError(f"{path}: no publication day (id {docid!r}, creation time {dct!r})")


def article_text(root: ET.Element) -> str:
    """The title and the text's paragraphs, a paragraph to a line, every tag dropped."""
    paras = []
    title = root.find("TITLE")
    if title is not None:
        head = " ".join("".join(title.itertext()).split())
        if head:
            paras.append(head)
    body = root.find("TEXT")
    if body is None:
        return ""
    raw = "".join(body.itertext())
    for block in re.split(r"\n\s*\n", raw):
        line = " ".join(block.split())
        if line:
            paras.append(line)
    return "\n".join(paras) + ("\n" if paras else "")


def read_tml(path: Path) -> tuple[str, str, str]:
    """(document id, publication day, text) of one TimeML file; ValueError names the file."""
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as e:
        raise ValueError(f"{path}: not TimeML ({e})") from e
    docid = (root.findtext("DOCID") or path.name.removesuffix(".tml")).strip()
    dct_el = root.find("DCT/TIMEX3")
    dct = (dct_el.get("value") or "") if dct_el is not None else ""
    return docid, publication_day(docid, dct, path), article_text(root)


def lay_out(data: Path, out: Path) -> dict[str, int]:
    """Write the topic folders; returns articles per topic. Raises ValueError for an output
    inside the repository or a file that is not TimeML or gives no day."""
    return topics_layout.write_topics(data, out, "TempEval-3", TOPICS, "*.tml", read_tml, kind="TimeML")


def main(argv: list[str] | None = None) -> int:
    return topics_layout.main(lay_out, __doc__.split("\n\n")[0], DEFAULT_DATA, "TBAQ-cleaned folder (AQUAINT/, TimeBank/)", argv, None)

if __name__ == "__main__":
    raise SystemExit(main())
