"""Document dating: hide each document's creation time, estimate it from the text alone.

    python bench/dating.py [--data DIR ...] [--limit N] [--corpus]
    python bench/dating.py --t17 [--data TIMELINE17_DIR] [--limit N per topic]
    python bench/dating.py --t17 --build 60 [--topic T ...] (stories built, the corpus stage's dates)
    python bench/dating.py --polnear [--data ../shared/bench/polnear] [--skip LIST] [--corpus]

DIR (repeatable; default ``../shared/bench/tempeval3-train`` and ``../shared/bench/meantime``)
holds TimeML ``*.tml`` files (creation time in ``<DCT>``; the text is ``<TEXT>``) or
MEANTIME ``*.xml`` files (creation time is the CREATION_TIME TIMEX3; the text is
rebuilt from the tokens, leaving out the dateline sentence that states it).

For each document: how often our estimate is null, right to the year, right to the
month (of the estimates that give a month), and a wrong year (of the non-null
estimates); for ours also how often an interval (``earliest``/``latest``) is given,
value or not, and how often it holds the creation date. ``--corpus`` also runs the corpus stage's dating over each MEANTIME
topic folder (events other documents date), as ``storyline corpus``.

``--t17``: every Timeline17 dev topic (``<topic>/InputDocs/<date>/*.txt``, the
folder date is the truth), each text detokenised and cleaned as a plain text with no
date given; ours is the document's ``published`` (metadata > dateline > URL >
content estimate). Per topic and outlet: right day / month / year, wrong year, null,
intervals held; beside it the share of documents whose dateline was found and whose
text writes its own date (day, month, year) in its first 600 characters. Baselines:
htmldate on the text, the latest full date named, the first full date in the first
300 characters.

``--polnear``: PolNeAR's political news of 2015-16 (the folder holding ``metadata.tsv``),
which carries no dateline: its publication day is in the metadata only, so every date is
the content's (and, with ``--corpus``, the corpus stage's over each publisher's texts).
Read: dev (84) as ``polnear-dev`` and train texts 301-840 in sorted order as ``polnear-train``
(never train 1-300, bench/attribution.py's never-read check, as bench/polnear_topics.py);
``--skip LIST``, a file of text file names (or paths) to leave out unread (an audit's
held-out draw). Each text is cleaned (``clean_record``, no name or URL given: PolNeAR's
file names carry the day) and scored as the TimeML sets are.

Baselines in the same run: ``latest-year`` (the largest year 1900-2099 written in the
text, the naive rule) and ``htmldate`` (its extensive content search over the text
wrapped in a bare page, original-date mode).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import re
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1].parent / "shared/bench"
DEFAULTS = [SHARED / "tempeval3-train", SHARED / "meantime"]


def load_timeml(path: Path) -> tuple[str, str]:
    root = ET.parse(path).getroot()
    dct = next((t.get("value", "") for el in root.iter("DCT") for t in el.iter("TIMEX3")), "")
    text = "".join(next(root.iter("TEXT")).itertext())
    return text, dct[:10]


def load_meantime(path: Path) -> tuple[str, str]:
    root = ET.parse(path).getroot()
    dct = ""
    dct_tokens: set[str] = set()
    for t in root.iter("TIMEX3"):
        if t.get("functionInDocument") == "CREATION_TIME":
            dct = t.get("value", "")
            dct_tokens = {a.get("t_id") for a in t.iter("token_anchor")}
    sents: dict[int, list[tuple[str, str]]] = {}
    for tok in root.iter("token"):
        sents.setdefault(int(tok.get("sentence")), []).append((tok.get("t_id"), tok.text or ""))
    lines = []
    for n in sorted(sents):
        toks = sents[n]
        if dct_tokens and any(tid in dct_tokens for tid, _ in toks):
            continue  # the dateline states the hidden date
        line = " ".join(w for _, w in toks)
        line = re.sub(r" ([,.;:!?%)'])", r"\1", line).replace("( ", "(")
        lines.append(line)
    return "\n".join(lines), dct[:10]


def load(dirs: list[Path], limit: int) -> list[tuple[str, str, str, str]]:
    """(group, id, text, creation date) per document."""
    out = []
    for d in dirs:
        files = sorted(d.rglob("*.tml")) + sorted(d.rglob("*.xml"))
        files = [f for f in files if not f.name.endswith(".xsd")]
        if limit:
            files = files[:limit]
        for f in files:
            try:
                text, dct = load_timeml(f) if f.suffix == ".tml" else load_meantime(f)
            except (ET.ParseError, StopIteration):
                continue
            if dct and re.match(r"\d{4}", dct):
                out.append((f"{d.name}/{f.parent.name}", f.stem, text, dct))
    return out


def load_polnear(root: Path, skip: set[str], limit: int = 0) -> list[tuple[str, str, str, str]]:
    """(group, id, raw text, publication day) of PolNeAR dev and train 301-840 (not the
    held-out train 1-300), minus the ``skip`` names."""
    import csv

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import polnear_topics

    with (root / "metadata.tsv").open(encoding="utf-8", newline="") as f:
        dev = sorted((r for r in csv.DictReader(f, delimiter="\t") if r.get("compartment") == "dev"), key=lambda r: r["filename"])
    train = polnear_topics.train_rows(root)[polnear_topics.HELD_OUT :]
    out = []
    for group, split, rows in (("polnear-dev", "dev", dev), ("polnear-train", "train", train)):
        rows = [r for r in rows if f"{r['filename']}.txt" not in skip and (root / split / "text" / f"{r['filename']}.txt").is_file()]
        for r in rows[: limit or None]:
            text = (root / split / "text" / f"{r['filename']}.txt").read_text(encoding="utf-8", errors="replace")
            out.append((f"{group}/{r['publisher']}", r["filename"], text, r["publication_date"]))
    return out


def parsed(text: str, nlp, cache: Path | None = None):
    """spaCy's parse of ``text``; with ``cache``, kept there between runs keyed by the
    model and the text (the parse does not change with our code, the stages after it do)."""
    if cache is None:
        return nlp(text)
    import hashlib

    from spacy.tokens import Doc

    from storyline.spacymodel import MODEL

    key = hashlib.sha1((MODEL + "\0" + text).encode()).hexdigest()
    path = cache / f"{key}.spacy"
    if path.exists():
        return Doc(nlp.vocab).from_bytes(path.read_bytes())
    sdoc = nlp(text)
    cache.mkdir(parents=True, exist_ok=True)
    path.write_bytes(sdoc.to_bytes())
    return sdoc


def analyse(doc_id: str, text: str, nlp, cache: Path | None = None):
    from storyline import schema
    from storyline.analyse import events, parse, timex
    from storyline.types import DocAnalysis

    a = DocAnalysis(version="bench", document=schema.Document(id=doc_id, text=text))
    sdoc = parsed(text, nlp, cache)
    a.sentences = parse.sentences(sdoc, [])
    a.timexes = timex.extract(sdoc, a)
    a.events = events.extract(sdoc, a)
    return a


def latest_year(text: str) -> str | None:
    years = [int(y) for y in re.findall(r"\b(19\d\d|20\d\d)\b", text)]
    return str(max(years)) if years else None


def htmldate_guess(text: str) -> str | None:
    from html import escape

    from htmldate import find_date

    page = "<html><body>" + "".join(f"<p>{escape(p)}</p>" for p in text.split("\n") if p.strip()) + "</body></html>"
    try:
        return find_date(page, extensive_search=True, original_date=True, outputformat="%Y-%m-%d")
    except Exception:  # htmldate raises on odd pages; count as no estimate
        return None


def judge(value: str | None, gold: str, counts: dict, earliest: str | None = None, latest: str | None = None) -> None:
    counts["n"] += 1
    if earliest or latest:
        # the interval an estimate gives even when its value is null: does it hold the date?
        counts["bounded"] += 1
        if (not earliest or earliest <= gold[:10]) and (not latest or gold[:10] <= latest):
            counts["bound_ok"] += 1
    if not value:
        counts["null"] += 1
        return
    if value[:4] != gold[:4]:
        counts["wrong_year"] += 1
        return
    counts["year"] += 1
    if len(value) >= 7:
        counts["with_month"] += 1
        if value[:7] == gold[:7]:
            counts["month"] += 1


def summary(c: dict) -> dict:
    nn = c["n"] - c["null"]
    return {
        "n": c["n"],
        "null": round(c["null"] / c["n"], 4) if c["n"] else 0,
        "year_right": round(c["year"] / c["n"], 4) if c["n"] else 0,
        "month_right": round(c["month"] / c["n"], 4) if c["n"] else 0,
        "month_right_of_monthly": round(c["month"] / c["with_month"], 4) if c["with_month"] else 0,
        "wrong_year_of_nonnull": round(c["wrong_year"] / nn, 4) if nn else 0,
        "bounded": round(c["bounded"] / c["n"], 4) if c["n"] else 0,
        "bound_holds": round(c["bound_ok"] / c["bounded"], 4) if c["bounded"] else 0,
    }


# ---------------------------------------------------------------- --t17

_MON = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_FULL_DATES = [
    (re.compile(rf"\b({_MON})\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)\b", re.IGNORECASE), (3, 1, 2)),
    (re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MON}),?\s+((?:19|20)\d\d)\b", re.IGNORECASE), (3, 2, 1)),
    (re.compile(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b"), (1, 2, 3)),
]
_MONTH_NO = {m: i + 1 for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])}


def full_dates(text: str) -> list[tuple[int, str]]:
    """(offset, YYYY-MM-DD) of every date written with day, month and year: the
    baselines' reader, independent of ours."""
    import datetime as dt

    out = []
    for rx, (yi, mi, di) in _FULL_DATES:
        for m in rx.finditer(text):
            mo = m.group(mi)
            month = int(mo) if mo.isdigit() else _MONTH_NO.get(mo.lower()[:3])
            with contextlib.suppress(TypeError, ValueError):
                out.append((m.start(), dt.date(int(m.group(yi)), month, int(m.group(di))).isoformat()))
    return sorted(out)


def latest_date_named(text: str) -> str | None:
    ds = full_dates(text)
    return max(d for _, d in ds) if ds else None


def first_date_300(text: str) -> str | None:
    ds = [d for at, d in full_dates(text[:300])]
    return ds[0] if ds else None


def states_own_date(text: str, gold: str) -> bool:
    """Does the text write its publication day (day, month and year) in its first 600 characters?"""
    return any(d == gold for _, d in full_dates(text[:600]))


def judge_day(value: str | None, gold: str, c: dict, earliest: str | None = None, latest: str | None = None) -> None:
    judge(value, gold, c, earliest, latest)
    if value and len(value) >= 10 and value[:10] == gold[:10]:
        c["day"] = c.get("day", 0) + 1


def t17_main(args) -> int:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import t17

    from storyline.analyse.nlp import load as load_nlp
    from storyline.clean import clean_record
    from storyline.resolve import dating
    from storyline.types import Record

    root = args.data[0] if args.data else SHARED / "timeline17"
    topics = sorted(p for p in root.iterdir() if (p / "InputDocs").is_dir() and (not args.topic or p.name in args.topic))
    nlp = load_nlp()
    zero = {"n": 0, "null": 0, "year": 0, "month": 0, "with_month": 0, "wrong_year": 0, "bounded": 0, "bound_ok": 0, "day": 0}
    systems = ["ours"] if args.no_baselines else ["ours", "htmldate", "latest-date", "first-date-300"]
    counts: dict[tuple[str, str], dict] = {}
    extra: dict[str, dict] = {}  # per topic: datelines found, texts stating their date, ours right day among those
    sources: dict[str, int] = {}
    dump = args.dump.open("w", encoding="utf-8") if args.dump else None
    t0 = time.time()

    def bump(group: str, system: str, value, gold, lo=None, hi=None):
        judge_day(value, gold, counts.setdefault((group, system), dict(zero)), lo, hi)

    for topic in topics:
        outlet = topic.name.split("_")[-1]
        docs = t17.topic_docs(topic, limit=args.limit or None, detokenise=True)
        e = extra.setdefault(topic.name, {"n": 0, "dateline": 0, "dateline_dated": 0, "states": 0, "states_day_right": 0})
        for name, gold, text in docs:
            doc = clean_record(Record(source=name, text=text))
            pub = doc.published
            if not pub.value:
                a = analyse(name, doc.text, nlp, args.cache)
                a.document = doc
                est = dating.estimate(a)
                pub = est or pub
            sources[pub.source or "none"] = sources.get(pub.source or "none", 0) + 1
            if dump is not None:
                dump.write(json.dumps({"topic": topic.name, "doc": name, "gold": gold, "value": pub.value, "earliest": pub.earliest,
                                       "latest": pub.latest, "source": pub.source, "note": pub.note}) + "\n")
            e["n"] += 1
            line = getattr(doc, "dateline", None)
            if line is not None:
                e["dateline"] += 1
                e["dateline_dated"] += bool(line.date and not line.date.startswith("-"))
            if states_own_date(text, gold):
                e["states"] += 1
                e["states_day_right"] += bool(pub.value and pub.value[:10] == gold)
            guesses = {"ours": (pub.value, pub.earliest, pub.latest)}
            if not args.no_baselines:
                guesses |= {"htmldate": (htmldate_guess(text), None, None), "latest-date": (latest_date_named(text), None, None),
                            "first-date-300": (first_date_300(text), None, None)}
            for s, (v, lo, hi) in guesses.items():
                for g in ("all", topic.name, f"outlet:{outlet}"):
                    bump(g, s, v, gold, lo, hi)
    if dump is not None:
        dump.close()
    print(f"\nTimeline17 document dating, no date given ({sum(x['n'] for x in extra.values())} documents; {time.time() - t0:.0f}s)")
    print(f"{'topic':<22} {'n':>4} {'dateline':>9} {'dated by it':>12} {'states date':>12} {'day ok|states':>14}")
    for t, x in extra.items():
        print(f"{t:<22} {x['n']:>4} {x['dateline'] / x['n']:>9.3f} {x['dateline_dated'] / x['n']:>12.3f} {x['states'] / x['n']:>12.3f} "
              f"{(x['states_day_right'] / x['states'] if x['states'] else 0):>14.3f}")
    tot = {k: sum(x[k] for x in extra.values()) for k in ("n", "dateline", "dateline_dated", "states", "states_day_right")}
    print(f"{'all':<22} {tot['n']:>4} {tot['dateline'] / tot['n']:>9.3f} {tot['dateline_dated'] / tot['n']:>12.3f} {tot['states'] / tot['n']:>12.3f} "
          f"{(tot['states_day_right'] / tot['states'] if tot['states'] else 0):>14.3f}")
    print("published.source of ours:", dict(sorted(sources.items())))
    print(f"\n{'group':<22} {'system':<15} {'n':>4} {'day ok':>7} {'month ok':>9} {'year ok':>8} {'wrong yr':>9} {'null':>6} {'wrong yr/nn':>12} {'bounded':>8} {'holds':>6}")
    result: dict[str, dict] = {}
    for (g, s), c in sorted(counts.items(), key=lambda kv: (kv[0][0] != "all", kv[0][0], systems.index(kv[0][1]))):
        m = summary(c)
        m["day_right"] = round(c["day"] / c["n"], 4) if c["n"] else 0
        m["wrong_year"] = round(c["wrong_year"] / c["n"], 4) if c["n"] else 0
        result.setdefault(s, {})[g] = m
        print(f"{g:<22} {s:<15} {m['n']:>4} {m['day_right']:>7.3f} {m['month_right']:>9.3f} {m['year_right']:>8.3f} {m['wrong_year']:>9.3f} {m['null']:>6.3f} "
              f"{m['wrong_year_of_nonnull']:>12.3f} {m['bounded']:>8.3f} {m['bound_holds']:>6.3f}")
    ours = result.get("ours", {})
    ours["_datelines"] = tot | {"day_right_of_stating": round(tot["states_day_right"] / tot["states"], 4) if tot["states"] else 0}
    print(json.dumps({"benchmark": "dating-t17", "ours": ours, "baselines": {k: v for k, v in result.items() if k != "ours"}}))
    return 0


def build_main(args) -> int:
    """``--t17 --build N``: the corpus stage's dating, as a reader gets it.

    Per topic, the audit's sample (bench/audit.py: N articles, one per equal slice of
    the date-sorted files, seed ``--seed``) is built into a story with the build API,
    no dates given, in a fresh folder under ``--work``; every document's ``published``
    (metadata > dateline > URL > content > corpus) is scored against its folder date as
    the audit scores it: level day / month / year (a right value at that granularity),
    wrong (any value that is not right, a wrong day in the right month included), null;
    and whether its interval holds. Counted per source."""
    import shutil
    import tempfile

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import audit
    import t17

    root = args.data[0] if args.data else SHARED / "timeline17"
    topics = sorted(p for p in root.iterdir() if (p / "InputDocs").is_dir() and (not args.topic or p.name in args.topic))
    work = Path(tempfile.mkdtemp(prefix="dating-build-", dir=args.work))
    levels: dict[str, dict[str, int]] = {}
    t0 = time.time()
    rows = []
    for topic in topics:
        picked = audit.sample_articles(t17.topic_docs(topic, None, detokenise=True), args.build, args.seed)
        story, names = audit.build_story(picked, work / topic.name, with_dates=False, fresh=True)
        folder = {f"D{i + 1:02d}": date for i, (_, date, _) in enumerate(picked)}
        for d in story.documents:
            name = names.get(d.id)
            pub = d.published
            level, holds = audit.score_date(pub.value, pub.earliest, pub.latest, folder.get(name))
            src = pub.source or "none"
            for key in ("all", topic.name, f"source:{src}"):
                c = levels.setdefault(key, {"n": 0, "day": 0, "month": 0, "year": 0, "wrong": 0, "null": 0, "bounded": 0, "holds": 0})
                c["n"] += 1
                c[level] = c.get(level, 0) + 1
                c["bounded"] += holds is not None
                c["holds"] += bool(holds)
            rows.append({"topic": topic.name, "doc": name, "gold": folder.get(name), "value": pub.value, "earliest": pub.earliest,
                         "latest": pub.latest, "source": pub.source, "level": level, "holds": holds, "note": pub.note})
        shutil.rmtree(work / topic.name, ignore_errors=True)
    if args.dump:
        args.dump.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    print(f"\nTimeline17 stories built with no dates, {args.build} articles per topic (seed {args.seed}; {time.time() - t0:.0f}s)")
    print(f"{'group':<24} {'n':>4} {'day':>5} {'month':>6} {'year':>5} {'wrong':>6} {'null':>5} {'bounded':>8} {'holds':>6}")
    for g, c in sorted(levels.items(), key=lambda kv: (kv[0] != "all", kv[0].startswith("source:"), kv[0])):
        print(f"{g:<24} {c['n']:>4} {c['day']:>5} {c['month']:>6} {c['year']:>5} {c['wrong']:>6} {c['null']:>5} {c['bounded']:>8} {c['holds']:>6}")
    print(json.dumps({"benchmark": "dating-t17-build", "ours": levels, "baselines": {}}))
    return 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, action="append")
    ap.add_argument("--limit", type=int, default=0, help="documents per DIR (0 = all)")
    ap.add_argument("--corpus", action="store_true", help="also date MEANTIME topics with the corpus stage")
    ap.add_argument("--t17", action="store_true", help="Timeline17 dev topics (--data: the timeline17 folder); folder date is the truth")
    ap.add_argument("--topic", action="append", help="--t17: only this topic (repeatable)")
    ap.add_argument("--no-baselines", action="store_true", help="--t17: score ours only (the baselines do not change with our code)")
    ap.add_argument("--dump", type=Path, help="write one JSON line per document (truth, ours, source, note) to this file")
    ap.add_argument("--build", type=int, default=0, help="--t17: build a story of this many articles per topic (the audit's sample) and score its documents' dates")
    ap.add_argument("--cache", type=Path, default=None, help="keep each text's spaCy parse in this folder between runs")
    ap.add_argument("--polnear", action="store_true", help="PolNeAR dev + train 301-840 (--data: the polnear folder)")
    ap.add_argument("--skip", type=Path, help="--polnear: a file of text names (or paths) to leave out unread")
    ap.add_argument("--seed", type=int, default=13, help="--build: the audit's sampling seed")
    ap.add_argument("--work", type=Path, default=None, help="--build: where the temporary stores go (default: the system's temp folder)")
    args = ap.parse_args(argv)
    if args.t17 and args.build:
        return build_main(args)
    if args.t17:
        return t17_main(args)
    dirs = args.data or DEFAULTS

    from storyline.analyse.nlp import load as load_nlp
    from storyline.clean import clean_record
    from storyline.resolve import dating
    from storyline.types import Record

    nlp = load_nlp()
    if args.polnear:
        skip = {Path(x).name for x in args.skip.read_text(encoding="utf-8").split()} if args.skip else set()
        docs = load_polnear(args.data[0] if args.data else SHARED / "polnear", skip, args.limit)
    else:
        docs = load(dirs, args.limit)
    zero = {"n": 0, "null": 0, "year": 0, "month": 0, "with_month": 0, "wrong_year": 0, "bounded": 0, "bound_ok": 0}
    systems = ["ours", "latest-year", "htmldate"] + (["ours+corpus"] if args.corpus else [])
    counts = {(g, s): dict(zero) for g in {d[0].split("/")[0] for d in docs} for s in systems}
    t0 = time.time()
    analyses_by_topic: dict[str, list] = {}
    dump = args.dump.open("w", encoding="utf-8") if args.dump else None
    for i, (group, doc_id, text, dct) in enumerate(docs):
        g = group.split("/")[0]
        if args.polnear:
            # cleaned as the pipeline cleans a plain text, with no name (the file name carries the day)
            doc = clean_record(Record(source=f"polnear-text-{i}", text=text))
            a = analyse(doc.id, doc.text, nlp, args.cache)
            a.document = doc
        else:
            a = analyse(doc_id, text, nlp, args.cache)
        est = dating.estimate(a)
        if dump is not None:
            dump.write(json.dumps({"set": group, "doc": doc_id, "gold": dct, "value": est and est.value, "earliest": est and est.earliest,
                                   "latest": est and est.latest, "note": est and est.note}) + "\n")
        judge(est.value if est else None, dct, counts[(g, "ours")], est and est.earliest, est and est.latest)
        judge(latest_year(text), dct, counts[(g, "latest-year")])
        judge(htmldate_guess(text), dct, counts[(g, "htmldate")])
        if args.corpus and g in ("meantime", "polnear-dev", "polnear-train"):
            analyses_by_topic.setdefault(group, []).append((a, dct))
    if dump is not None:
        dump.close()
    if args.corpus:
        from storyline.resolve.corpus import Corpus

        for _group, items in analyses_by_topic.items():
            c = Corpus(analyses=[a for a, _ in items])
            est = dating.date_documents(c)
            for a, dct in items:
                p = est.get(a.document.id)
                judge(p.value if p else None, dct, counts[(_group.split("/")[0], "ours+corpus")], p and p.earliest, p and p.latest)
    print(f"\nDocument dating, creation time hidden ({len(docs)} documents; {time.time() - t0:.0f}s)")
    print(f"{'set':<18} {'system':<13} {'n':>4} {'null':>6} {'year ok':>8} {'month ok':>9} {'wrong yr/non-null':>18} {'bounded':>8} {'bound holds':>12}")
    result = {}
    for (g, s), c in sorted(counts.items()):
        if not c["n"]:
            continue
        m = summary(c)
        result.setdefault(s, {})[g] = m
        print(f"{g:<18} {s:<13} {m['n']:>4} {m['null']:>6.3f} {m['year_right']:>8.3f} {m['month_right']:>9.3f} {m['wrong_year_of_nonnull']:>18.3f} {m['bounded']:>8.3f} {m['bound_holds']:>12.3f}")
    print(json.dumps({"benchmark": "dating", "ours": result.get("ours", {}) | ({"corpus": result["ours+corpus"]} if "ours+corpus" in result else {}),
                      "baselines": {k: v for k, v in result.items() if k not in ("ours", "ours+corpus")}}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
