"""How right the event-dating rules are, where gold event–time links give the truth.

    python bench/event_tlinks.py [--te3 DIR] [--meantime DIR] [--limit N]

TempEval-3 train (TimeBank, AQUAINT: TimeML ``EVENT``/``MAKEINSTANCE``/``TLINK``) and
MEANTIME (``EVENT_MENTION``/``TLINK``) link events to time expressions. Each document is
analysed with its creation time given as metadata (the "dates given" case of the
stories); every event mention of ours with a time expression (``EventItem.timex``) whose
trigger lies inside a gold event is judged, per rule (``EventItem.timex_via``):

- right: gold anchors the event (IS_INCLUDED, SIMULTANEOUS, DURING, IDENTITY; the
  inverse from the time's side) to a time whose interval overlaps our value's;
- wrong: gold anchors it only to times none of which overlaps our value, or orders it
  BEFORE/AFTER (IBEFORE/IAFTER) the very expression we used;
- unknown: gold links the event to no time (most events: the annotators linked few).

Precision = right / (right + wrong). Nothing is fitted here; the rules were written on
Timeline17 readings, so these corpora are held out for them. Baseline in the same run:
"the sentence's only time expression" (every event of a sentence with exactly one dating
expression takes it), the naive rule the project's rules refine.
Not part of the test suite.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # timex, when imported by path (tests)
from timex import meantime_tokens, tml_spans  # noqa: E402

ROOT = Path(__file__).resolve().parents[1].parent / "shared/bench"
ANCHOR = {"IS_INCLUDED", "SIMULTANEOUS", "DURING", "IDENTITY"}
ORDER = {"BEFORE", "AFTER", "IBEFORE", "IAFTER"}
INVERSE = {"INCLUDES": "IS_INCLUDED", "IS_INCLUDED": "INCLUDES", "BEFORE": "AFTER", "AFTER": "BEFORE",
           "IBEFORE": "IAFTER", "IAFTER": "IBEFORE", "BEGINS": "BEGUN_BY", "BEGUN_BY": "BEGINS",
           "ENDS": "ENDED_BY", "ENDED_BY": "ENDS", "DURING": "DURING_INV", "DURING_INV": "DURING"}


def parse_tml(path: Path) -> dict:
    """text, DCT, events {id: (start, end)}, times {id: (start, end, value)}, links [(event, rel, time)]."""
    root = ET.parse(path).getroot()
    dct, times = "", {}
    for el in root.iter("DCT"):
        for t in el.iter("TIMEX3"):
            dct = t.get("value", "")
            times[t.get("tid")] = (-1, -1, dct)
    text, spans = tml_spans(root)
    events: dict[str, tuple[int, int]] = {}
    for el, start, end in spans:
        if el.tag == "TIMEX3":
            times[el.get("tid")] = (start, end, el.get("value") or "")
        if el.tag == "EVENT":
            events[el.get("eid")] = (start, end)
    inst = {m.get("eiid"): m.get("eventID") for m in root.iter("MAKEINSTANCE")}
    links = []
    for ln in root.iter("TLINK"):
        rel = ln.get("relType", "")
        ev, tm = ln.get("eventInstanceID"), ln.get("relatedToTime")
        if ev and tm:
            links.append((inst.get(ev), rel, tm))
        ev2, tm2 = ln.get("relatedToEventInstance"), ln.get("timeID")
        if ev2 and tm2:
            links.append((inst.get(ev2), INVERSE.get(rel, rel), tm2))
    return {"text": text, "dct": dct, "events": events, "times": times, "links": links}


def parse_meantime(path: Path, last_sentence: int = 5) -> dict:
    """The same from MEANTIME's XML (tokens joined by spaces, sentences by newlines, cut after
    the annotated sentences, as bench/timex.py reads them)."""
    root = ET.parse(path).getroot()
    text, offs = meantime_tokens(root, last_sentence)

    def span(el) -> tuple[int, int] | None:
        ids = [a.get("t_id") for a in el.iter("token_anchor") if a.get("t_id") in offs]
        return (min(offs[i][0] for i in ids), max(offs[i][1] for i in ids)) if ids else None

    dct, times, events = "", {}, {}
    for t in root.iter("TIMEX3"):
        sp = span(t)
        if t.get("functionInDocument") == "CREATION_TIME":
            dct = t.get("value", "")
        times[t.get("m_id")] = (sp or (-1, -1)) + (t.get("value") or "",)
    for e in root.iter("EVENT_MENTION"):
        sp = span(e)
        if sp:
            events[e.get("m_id")] = sp
    links = []
    for ln in root.iter("TLINK"):
        src, tgt = ln.find("source"), ln.find("target")
        if src is None or tgt is None:
            continue
        s, t, rel = src.get("m_id"), tgt.get("m_id"), ln.get("reltype", "")
        if s in events and t in times:
            links.append((s, rel, t))
        elif t in events and s in times:
            links.append((t, INVERSE.get(rel, rel), s))
    return {"text": text, "dct": dct, "events": events, "times": times, "links": links}


def _overlaps(a: str | None, b: str | None) -> bool | None:
    from storyline import timenorm

    ia, ib = (timenorm.interval(a) if a else None), (timenorm.interval(b) if b else None)
    if ia is None or ib is None:
        return None
    return ia[0] <= ib[1] and ib[0] <= ia[1]


def judge(value: str | None, span: tuple[int, int], gold_event: str, doc: dict) -> str:
    anchored, ordered = [], []
    for ev, rel, tm in doc["links"]:
        if ev != gold_event or tm not in doc["times"]:
            continue
        (anchored if rel in ANCHOR else ordered if rel in ORDER else []).append(doc["times"][tm])
    ours = [t for t in ordered if t[0] < span[1] and span[0] < t[1]]
    if any(_overlaps(value, t[2]) for t in anchored):
        return "right"
    if ours:
        return "wrong"
    if anchored and all(_overlaps(value, t[2]) is False for t in anchored):
        return "wrong"
    return "unknown"


def run(docs: list[dict], nlp, records: list | None = None) -> dict:
    from storyline import schema
    from storyline.analyse.events import _dating
    from storyline.pipeline import analyse_document

    counts: dict[str, Counter] = defaultdict(Counter)
    examples: dict[str, list] = defaultdict(list)
    for k, d in enumerate(docs):
        pub = d["dct"][:10] if len(d["dct"]) >= 4 else None
        a = analyse_document(schema.Document(id=f"d{k}", text=d["text"], published=schema.Published(value=pub, source="metadata") if pub else schema.Published()), nlp)
        sents = [(s.start, s.end) for s in a.sentences if not s.heading]
        for item in a.events:
            ts = item.trigger_span
            if ts is None:
                continue
            gold = next((g for g, (s, e) in d["events"].items() if s < ts[1] and ts[0] < e), None)
            if gold is None:
                continue
            if item.timex is not None:
                tx = a.timexes[item.timex]
                verdict = judge(tx.value, (tx.start, tx.end), gold, d)
                counts[item.timex_via or "?"][verdict] += 1
                if records is not None:
                    records.append({"doc": k, "trigger": list(ts), "via": item.timex_via, "value": tx.value, "verdict": verdict})
                if verdict == "wrong" and len(examples[item.timex_via or "?"]) < 8:
                    examples[item.timex_via or "?"].append((d["text"][item.sentence[0]:item.sentence[1]] if item.sentence else item.text)[:160])
            # baseline: the sentence's only dating expression
            sp = next(((s, e) for s, e in sents if s <= ts[0] < e), None)
            if sp is not None:
                own = [t for t in a.timexes if sp[0] <= t.start < sp[1] and _dating(t) and t.value]
                if len(own) == 1:
                    counts["baseline: sentence's only timex"][judge(own[0].value, (own[0].start, own[0].end), gold, d)] += 1
    return {k: {**c, "precision": round(c["right"] / max(1, c["right"] + c["wrong"]), 3)} for k, c in counts.items()} | {"_wrong_examples": examples}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--te3", type=Path, default=ROOT / "tempeval3-train")
    ap.add_argument("--meantime", type=Path, default=ROOT / "meantime/intra_cross-doc_annotation")
    ap.add_argument("--limit", type=int, default=0, help="documents per corpus (0: all)")
    ap.add_argument("--examples", action="store_true", help="print wrong examples (to read, not to keep)")
    ap.add_argument("--dump", type=Path, help="write every judged mention (document index, trigger, rule, verdict) here, to compare two runs")
    args = ap.parse_args(argv)
    from storyline.analyse.nlp import load

    nlp = load()
    out, dumped = {}, {}
    for name, files, parse in (("TempEval-3 train", sorted(args.te3.glob("*/*.tml")), parse_tml),
                               ("MEANTIME", sorted(args.meantime.glob("*/*.xml")), parse_meantime)):
        if args.limit:
            step = max(1, len(files) // args.limit)
            files = files[::step][: args.limit]
        t0 = time.time()
        records: list = []
        res = run([parse(f) for f in files], nlp, records)
        dumped[name] = records
        ex = res.pop("_wrong_examples")
        out[name] = res
        print(f"\n{name}: {len(files)} documents ({time.time() - t0:.0f}s)")
        print(f"{'rule (timex_via)':<34} {'right':>6} {'wrong':>6} {'unknown':>8} {'precision':>10}")
        for k, c in sorted(res.items()):
            print(f"{k:<34} {c.get('right', 0):>6} {c.get('wrong', 0):>6} {c.get('unknown', 0):>8} {c['precision']:>10.3f}")
        if args.examples:
            for k, xs in ex.items():
                for x in xs:
                    print(f"  wrong [{k}] {x}")
    if args.dump:
        args.dump.write_text(json.dumps(dumped))
    print(json.dumps({"benchmark": "event_tlinks", **out}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
