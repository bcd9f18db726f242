"""Temporal expressions on TempEval-3 (TimeML) or MEANTIME: extent and value F1, ours beside dateparser.

    python bench/timex.py [--data DIR] [--limit N]

Every ``*.tml`` below DIR (default ``../shared/bench/tempeval3-train``), or, with
``--data ../shared/bench/meantime``, the English MEANTIME articles of
``intra_cross-doc_annotation`` (tokens joined by spaces, the dateline kept). The text is the
``<TEXT>`` element with its tags removed; gold TIMEX3 spans come from the tags; the
document creation time (DCT) is given to both systems as the document date.

Scores (TempEval-3 style, micro over all documents):

* extent strict: system span == gold span; relaxed: the spans overlap;
* value: on relaxed matches, the normalised value equals the gold value
  (``199`` and ``199X`` count as the same decade, ``2000-W2`` and ``2000-W02`` as the same
  week, ``T17`` and ``T17:00`` as the same hour); precision over system timexes,
  recall over gold timexes;
* type accuracy on relaxed matches.

Baseline (same run): dateparser alone, ``search_dates`` over each sentence with the
DCT as relative base; its value is the date it returns, at day granularity, since
it has no notion of granularity, durations or REF values.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared/bench/tempeval3-train"


def parse_tml(path: Path) -> tuple[str, str, list[dict]]:
    """(text, DCT value, gold timexes with start/end/value/type)."""
    root = ET.parse(path).getroot()
    dct = ""
    for el in root.iter("DCT"):
        for t in el.iter("TIMEX3"):
            dct = t.get("value", "")
    text, spans = tml_spans(root)
    gold = [{"start": a, "end": b, "value": el.get("value"), "type": el.get("type")}
            for el, a, b in spans if el.tag == "TIMEX3"]
    return text, dct, gold


def tml_spans(root) -> tuple[str, list[tuple[ET.Element, int, int]]]:
    """A TimeML file's TEXT as plain text, with every element inside it and its (start, end)
    in that text, inner elements first (also bench/event_tlinks.py)."""
    text_el = next(root.iter("TEXT"))
    parts: list[str] = []
    spans: list[tuple[ET.Element, int, int]] = []
    pos = 0

    def walk(el):
        nonlocal pos
        start = pos
        if el.text:
            parts.append(el.text)
            pos += len(el.text)
        for child in el:
            walk(child)
            if child.tail:
                parts.append(child.tail)
                pos += len(child.tail)
        if el is not text_el:
            spans.append((el, start, pos))

    walk(text_el)
    return "".join(parts), spans


MEANTIME_LAST_SENTENCE = 5


def meantime_tokens(root, last_sentence: int | None = None) -> tuple[str, dict[str, tuple[int, int]]]:
    """MEANTIME's tokens joined by spaces, sentences by newlines, cut after the annotated
    sentences; with each token id's (start, end) in that text (also bench/event_tlinks.py)."""
    last = MEANTIME_LAST_SENTENCE if last_sentence is None else last_sentence
    parts: list[str] = []
    offs: dict[str, tuple[int, int]] = {}
    pos, sent = 0, None
    for tok in root.iter("token"):
        if int(tok.get("sentence")) > last:
            break
        if sent is not None:
            parts.append(" " if tok.get("sentence") == sent else "\n")
            pos += 1
        sent = tok.get("sentence")
        w = tok.text or ""
        offs[tok.get("t_id")] = (pos, pos + len(w))
        parts.append(w)
        pos += len(w)
    return "".join(parts), offs


def parse_meantime(path: Path) -> tuple[str, str, list[dict]]:
    """MEANTIME NAF-like XML: (text, DCT value, gold timexes). Tokens are joined with
    single spaces within a sentence and a newline between sentences; the dateline's
    creation-time TIMEX3 is kept as a gold timex like any other. MEANTIME annotates only
    the title, the dateline and the first sentences (sentence numbers 0-5 in every
    file), so the text is cut there: what follows has no gold and would count as false
    positives."""
    root = ET.parse(path).getroot()
    dct = next((t.get("value", "") for t in root.iter("TIMEX3") if t.get("functionInDocument") == "CREATION_TIME"), "")
    text, offs = meantime_tokens(root)
    gold = []
    for t in root.iter("TIMEX3"):
        ids = [a.get("t_id") for a in t.iter("token_anchor") if a.get("t_id") in offs]
        if ids:
            gold.append({"start": min(offs[i][0] for i in ids), "end": max(offs[i][1] for i in ids), "value": t.get("value"), "type": t.get("type")})
    return text, dct, gold


def _pad_week(v: str) -> str:
    """An ISO week with its number written in two digits: some TimeBank values write
    "2000-W2" for the week ISO 8601 (and we) write "2000-W02"; one notation, one week."""
    return re.sub(r"^(\d{4}-W)(\d)(?=$|-)", r"\g<1>0\2", v)


def _whole_hour(v: str) -> str:
    """An hour written with its minutes: two TimeBank values write "1989-11-06T17" for five
    o'clock, 14 write "T17:00" (ISO 8601 allows both for the same hour); one notation."""
    return re.sub(r"(T\d{2})$", r"\1:00", v)


def _same_value(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return False
    a, b = _whole_hour(_pad_week(a.upper())), _whole_hour(_pad_week(b.upper()))
    if a == b:
        return True
    # decade notations: 199 / 199X
    return bool(len(a) in (3, 4) and len(b) in (3, 4) and a.rstrip("X") == b.rstrip("X") and len(a.rstrip("X")) == 3)


def _strip_ws(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def ours(text: str, dct: str, nlp) -> list[dict]:
    from storyline import schema
    from storyline.analyse import parse, timex
    from storyline.types import DocAnalysis

    d = schema.Document(id="x", text=text, published=schema.Published(value=dct[:10], source="metadata"))
    a = DocAnalysis(version="bench", document=d)
    sdoc = nlp(text)
    a.sentences = parse.sentences(sdoc, [])
    return [{"start": t.start, "end": t.end, "value": t.value, "type": t.type} for t in timex.extract(sdoc, a)]


def dateparser_baseline(text: str, dct: str, nlp_sents) -> list[dict]:
    import datetime as dt

    from dateparser.search import search_dates

    base = dt.datetime.fromisoformat(dct[:10])
    out = []
    for s, e in nlp_sents:
        sent = text[s:e]
        try:
            found = search_dates(sent, languages=["en"], settings={"RELATIVE_BASE": base}) or []
        except Exception:  # dateparser raises on some inputs; count as nothing found
            found = []
        pos = 0
        for sub, when in found:
            i = sent.find(sub, pos)
            if i < 0:
                continue
            pos = i + len(sub)
            a, b = _strip_ws(text, s + i, s + i + len(sub))
            out.append({"start": a, "end": b, "value": when.date().isoformat(), "type": "DATE"})
    return out


def evaluate(gold: list[dict], pred: list[dict], counts: dict, errors: list | None = None) -> None:
    counts["gold"] += len(gold)
    counts["sys"] += len(pred)
    used = set()
    for g in gold:
        strict = next((i for i, p in enumerate(pred) if p["start"] == g["start"] and p["end"] == g["end"]), None)
        if strict is not None:
            counts["strict"] += 1
        rel = strict if strict is not None else next((i for i, p in enumerate(pred) if i not in used and p["start"] < g["end"] and g["start"] < p["end"]), None)
        if rel is None:
            continue
        used.add(rel)
        counts["relaxed"] += 1
        if _same_value(pred[rel]["value"], g["value"]):
            counts["value"] += 1
        elif errors is not None:
            errors.append((g, pred[rel]))
        if pred[rel]["type"] == g["type"]:
            counts["type"] += 1


def prf(correct: int, sys_n: int, gold_n: int) -> tuple[float, float, float]:
    p = correct / sys_n if sys_n else 0.0
    r = correct / gold_n if gold_n else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def summary(c: dict) -> dict:
    out = {}
    for k in ("strict", "relaxed", "value"):
        p, r, f = prf(c[k], c["sys"], c["gold"])
        out[k] = {"P": round(p, 4), "R": round(r, 4), "F1": round(f, 4)}
    out["type_acc"] = round(c["type"] / c["relaxed"], 4) if c["relaxed"] else 0.0
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT)
    ap.add_argument("--limit", type=int, default=0, help="documents (0 = all)")
    ap.add_argument("--no-baseline", action="store_true")
    ap.add_argument("--errors", type=Path, help="write our value errors (span text, gold, ours, DCT) to this JSONL file, for reading")
    args = ap.parse_args(argv)

    from storyline.analyse.nlp import load

    nlp = load()
    files = sorted(args.data.rglob("*.tml")) + sorted(f for f in args.data.rglob("*.xml") if f.parent.parent.name == "intra_cross-doc_annotation")
    if args.limit:
        files = files[: args.limit]
    zero = {"gold": 0, "sys": 0, "strict": 0, "relaxed": 0, "value": 0, "type": 0}
    c_ours, c_base = dict(zero), dict(zero)
    t0 = time.time()
    t_base = 0.0
    skipped = 0
    errors: list[dict] = []
    for i, f in enumerate(files):
        text, dct, gold = parse_tml(f) if f.suffix == ".tml" else parse_meantime(f)
        if not re.match(r"\d{4}-\d{2}-\d{2}", dct or ""):
            skipped += 1
            continue  # no creation time to anchor to
        pred = ours(text, dct, nlp)
        errs: list = []
        evaluate(gold, pred, c_ours, errs)
        for g, p in errs:
            errors.append({"file": f.name, "dct": dct[:10], "gold_text": text[g["start"]:g["end"]], "gold": g["value"],
                           "ours_text": text[p["start"]:p["end"]], "ours": p["value"],
                           "context": " ".join(text[max(0, g["start"] - 80):g["end"] + 80].split())})
        if not args.no_baseline:
            tb = time.time()
            sents = [(s.start_char, s.end_char) for s in nlp(text).sents]
            evaluate(gold, dateparser_baseline(text, dct, sents), c_base)
            t_base += time.time() - tb
        if (i + 1) % 50 == 0:
            print(f"{i + 1}/{len(files)} documents", file=sys.stderr)
    if args.errors:
        args.errors.write_text("".join(json.dumps(e) + "\n" for e in errors), encoding="utf-8")
    so, sb = summary(c_ours), summary(c_base)
    print(f"\n{args.data.name} ({len(files) - skipped} documents, {skipped} without a creation time skipped, {c_ours['gold']} gold TIMEX3; {time.time() - t0:.0f}s)")
    print(f"{'system':<22} {'strict P/R/F1':>22} {'relaxed P/R/F1':>22} {'value P/R/F1':>22} {'type acc':>9}")
    for name, s in (("ours", so), ("dateparser only", sb)) if not args.no_baseline else (("ours", so),):
        cells = [f"{s[k]['P']:.3f}/{s[k]['R']:.3f}/{s[k]['F1']:.3f}" for k in ("strict", "relaxed", "value")]
        print(f"{name:<22} {cells[0]:>22} {cells[1]:>22} {cells[2]:>22} {s['type_acc']:>9.3f}")
    print(json.dumps({"benchmark": "timex", "ours": so, "baselines": {} if args.no_baseline else {"dateparser": sb}, "documents": len(files) - skipped, "skipped_no_dct": skipped, "gold": c_ours["gold"]}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
