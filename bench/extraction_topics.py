"""article-extraction's web pages laid out as one Timeline17-shaped topic, a feed of varied
sites, so bench/audit.py can judge the HTML path (cleaning, feed grouping, quotes, figures).

    python bench/extraction_topics.py --out /tmp/web-feed [--data ../shared/bench/article-extraction]
    python bench/audit.py --data /tmp/web-feed --topic extraction_web --n 181 --seed 172

Round fifty-seven: every FNC-1 claim had been audited once and the steering side had not said
which new copy to read, so the one pile of news never read as a pile is the extraction bench's
181 pages (news, magazine and company sites of 2016-2020 in several languages, scraped whole:
menus, comment blocks, related-story lists and all). The extraction bench scores only how much
of each page's article body the HTML path keeps (segment F1 against ``ground-truth.json``); the
speakers, figures, brief and which pages the build puts in one story were never read.

One topic, ``extraction_web``: ``<out>/extraction_web/InputDocs/undated/<page id>.html``, the page
decoded to text as the extraction bench decodes it (``storyline.ingest.decode``), nothing else of
``ground-truth.json`` (its URL could carry the date; the audit feeds the page alone). The pages
give no publication day the audit could score against, so the day folder is ``undated``.
Nothing is copied into the project: ``--out`` must lie outside the repository.
"""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

import topics_layout

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "src"))
from storyline.ingest.decode import decode  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "bench" / "article-extraction"
TOPIC = "extraction_web"
UNDATED = "undated"


def lay_out(data: Path, out: Path) -> dict[str, int]:
    """Write the one topic folder; returns its page count. ValueError for an output inside the
    repository, an unreadable ground truth, or a page it names that is missing or undecodable."""
    out = topics_layout.outside_repository(out, "article-extraction")
    try:
        gold = json.loads((data / "ground-truth.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise ValueError(f"{data / 'ground-truth.json'}: unreadable ({e})") from e
    if not isinstance(gold, dict) or not gold:
        raise ValueError(f"{data / 'ground-truth.json'}: no page")
    n = 0
    for pid in sorted(gold):
        src = data / "html" / f"{pid}.html.gz"
        try:
            page, _ = decode(gzip.decompress(src.read_bytes()), str(src))
        except (OSError, EOFError, ValueError) as e:
            raise ValueError(f"{src}: unreadable ({e})") from e
        if not page.strip():
            continue
        dst = out / TOPIC / "InputDocs" / UNDATED / f"{pid}.html"
        dst.parent.mkdir(parents=True, exist_ok=True)
        dst.write_text(page, encoding="utf-8")
        n += 1
    return {TOPIC: n}


def main(argv: list[str] | None = None) -> int:
    return topics_layout.main(lay_out, __doc__.split("\n\n")[0], DEFAULT_DATA,
                              "article-extraction folder (html/, ground-truth.json)", argv, None)


if __name__ == "__main__":
    raise SystemExit(main())
