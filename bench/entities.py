"""Cross-document entity merging on MEANTIME (English, intra+cross-doc annotation).

    python bench/entities.py [--data DIR] [--limit N]

For each corpus folder (``intra_cross-doc_annotation/corpus_*``) the articles'
text is rebuilt from their tokens (one space between tokens, none before closing
punctuation; headline and dateline as their own paragraphs). The gold proper-name
(NAM) entity mentions, with the gold type, go through our per-document linking
(short forms to full names) and the corpus resolver (storyline.resolve.entities);
the clusters are scored against the gold cross-document instances with B-cubed
and pairwise precision/recall/F1. Baseline in the same run: exact-string match
(mentions with identical text are one entity). Also reported: how many gold NAM
mentions our own NER pipeline (storyline.analyse.entities) finds, exact span and
overlapping.

End-to-end (key ``end_to_end``): the raw rebuilt text through our own NER and
per-document linking (storyline.analyse.entities.extract) and the corpus resolver,
scored against the same gold NAM mentions and cross-document instances. A predicted
mention is aligned to the gold mention whose head token (the last token of the gold
name) it covers, preferring the gold mention it overlaps most; a gold mention no
prediction covers is a singleton of its own (a recall loss); predicted mentions with
no gold partner are left out (MEANTIME does not annotate every name). B-cubed and
CEAF-e (entity-based, phi4 similarity) over the gold mentions.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import xml.etree.ElementTree as ET
from collections import defaultdict
from itertools import combinations
from pathlib import Path

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared/bench/meantime"
LABELS = {"PER": "PERSON", "ORG": "ORG", "LOC": "GPE", "PRO": "PRODUCT", "FIN": "ORG", "MIX": "ORG"}
_NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "}", "'s", "’s", "n't", "%", "'", "''"}
_NO_SPACE_AFTER = {"(", "[", "{", "$", "``"}


def read_doc(path: Path) -> dict:
    root = ET.parse(path).getroot()
    text, offsets = "", {}
    prev_sent, prev_tok = None, None
    for tok in root.iter("token"):
        word = tok.text or ""
        sent = int(tok.get("sentence"))
        if prev_sent is not None:
            if sent != prev_sent and prev_sent <= 1:
                text += "\n\n"
            elif word not in _NO_SPACE_BEFORE and prev_tok not in _NO_SPACE_AFTER:
                text += " "
        offsets[tok.get("t_id")] = (len(text), len(text) + len(word))
        text += word
        prev_sent, prev_tok = sent, word
    markables = root.find("Markables")
    mentions, instances = {}, {}
    for el in markables:
        if el.tag == "ENTITY_MENTION":
            toks = [a.get("t_id") for a in el.findall("token_anchor")]
            if toks:
                mentions[el.get("m_id")] = (el.get("syntactic_type"), toks)
        elif el.tag == "ENTITY":
            # an entity with no cross-document instance is one of its own, not one shared "None"
            inst = el.get("instance_id") or f"{root.get('doc_id')}#{el.get('m_id')}"
            instances[el.get("m_id")] = (inst, el.get("ent_type"))
    gold = []
    for rel in root.iter("REFERS_TO"):
        target = rel.find("target").get("m_id")
        if target not in instances:
            continue
        inst, etype = instances[target]
        for src in rel.findall("source"):
            m = mentions.get(src.get("m_id"))
            if not m or m[0] != "NAM":
                continue
            spans = [offsets[t] for t in m[1] if t in offsets]
            if not spans:
                continue
            start, end = min(s for s, _ in spans), max(e for _, e in spans)
            gold.append({"start": start, "end": end, "text": text[start:end], "instance": inst, "type": etype})
    gold.sort(key=lambda g: (g["start"], g["end"]))
    return {"id": root.get("doc_id"), "text": text, "gold": gold}


def clusters(assign: dict) -> dict:
    """item -> cluster id, turned round: cluster id -> its items."""
    out = defaultdict(set)
    for k, v in assign.items():
        out[v].add(k)
    return out


def b_cubed(pred: dict, gold: dict) -> tuple[float, float, float]:
    """pred, gold: item -> cluster id."""
    pc, gc = clusters(pred), clusters(gold)
    p = sum(len(pc[pred[k]] & gc[gold[k]]) / len(pc[pred[k]]) for k in gold) / len(gold)
    r = sum(len(pc[pred[k]] & gc[gold[k]]) / len(gc[gold[k]]) for k in gold) / len(gold)
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def pairwise(pred: dict, gold: dict) -> tuple[float, float, float]:
    def pairs(assign):
        return {tuple(sorted(x)) for g in clusters(assign).values() for x in combinations(g, 2)}

    pp, gp = pairs(pred), pairs(gold)
    p = len(pp & gp) / len(pp) if pp else 1.0
    r = len(pp & gp) / len(gp) if gp else 1.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def ceaf_e(pred: dict, gold: dict) -> tuple[float, float, float]:
    """Entity-based CEAF (phi4 = 2|K∩R|/(|K|+|R|)), optimal one-to-one alignment."""
    from scipy.optimize import linear_sum_assignment

    pc, gc = clusters(pred), clusters(gold)
    keys = list(gc.values())
    resp = list(pc.values())
    sim = [[2 * len(k & r) / (len(k) + len(r)) for r in resp] for k in keys]
    rows, cols = linear_sum_assignment(sim, maximize=True)
    total = sum(sim[i][j] for i, j in zip(rows, cols))
    p, r = total / len(resp), total / len(keys)
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def align(found: list[tuple[int, int]], gold: list[dict], head_start) -> dict[int, int]:
    """Gold index -> predicted index: the prediction covering the gold head token."""
    out: dict[int, int] = {}
    taken: set[int] = set()
    for gi, g in enumerate(gold):
        hs, he = head_start(g)
        cands = [(min(e, g["end"]) - max(s, g["start"]), -abs(e - g["end"]), pi)
                 for pi, (s, e) in enumerate(found) if s <= hs and he <= e and pi not in taken]
        if cands:
            pi = max(cands)[2]
            out[gi] = pi
            taken.add(pi)
    return out


def _head(g: dict) -> tuple[int, int]:
    """Character range of the last token of a gold name (the head of an English name)."""
    text = g["text"]
    m = list(re.finditer(r"[\w'’.&-]+", text))
    if not m:
        return g["start"], g["end"]
    last = m[-1]
    return g["start"] + last.start(), g["start"] + last.end()


def end_to_end(docs: list[dict], nlp) -> dict:
    """Our NER + resolver on raw text; gold mention -> entity id (or a singleton)."""
    from storyline.analyse import entities as a_entities
    from storyline.analyse import parse
    from storyline.resolve import entities as r_entities
    from storyline.resolve.corpus import Corpus
    from storyline.schema import Document
    from storyline.types import DocAnalysis

    analyses = []
    for d in docs:
        sdoc = nlp(d["text"])
        a = DocAnalysis(version="bench", document=Document(id=d["id"], text=d["text"], language="en"))
        a.sentences = parse.sentences(sdoc, [])
        a.mentions, a.descriptions = a_entities.extract(sdoc, a)
        analyses.append(a)
    _, mapping = r_entities.resolve(Corpus(analyses=analyses))
    pred = {}
    for d, a in zip(docs, analyses):
        found = [(m.start, m.end) for m in a.mentions]
        al = align(found, d["gold"], _head)
        for gi, _ in enumerate(d["gold"]):
            pi = al.get(gi)
            eid = mapping.get((d["id"], pi)) if pi is not None else None
            pred[(d["id"], gi)] = eid or f"unaligned-{d['id']}-{gi}"
    return pred


def ours(docs: list[dict], nlp) -> tuple[dict, dict]:
    """Our resolver over gold mentions; and our NER's mentions for the coverage count."""
    from storyline.analyse import entities as a_entities
    from storyline.analyse import parse
    from storyline.resolve import entities as r_entities
    from storyline.resolve.corpus import Corpus
    from storyline.schema import Document
    from storyline.types import DocAnalysis, Mention

    analyses, ner = [], {}
    for d in docs:
        sdoc = nlp(d["text"])
        a = DocAnalysis(version="bench", document=Document(id=d["id"], text=d["text"], language="en"))
        a.sentences = parse.sentences(sdoc, [])
        found, _ = a_entities.extract(sdoc, a)
        ner[d["id"]] = [(m.start, m.end) for m in found]
        a.mentions = [Mention(start=g["start"], end=g["end"], text=g["text"], label=LABELS.get(g["type"], "ORG"))
                      for g in d["gold"]]
        a_entities._link(sdoc, a.mentions)
        a.descriptions = a_entities._describe(sdoc, a.mentions, a)
        analyses.append(a)
    corpus = Corpus(analyses=analyses)
    _, mapping = r_entities.resolve(corpus)
    pred = {}
    for d in docs:
        for i, _ in enumerate(d["gold"]):
            pred[(d["id"], i)] = mapping.get((d["id"], i), f"unmapped-{d['id']}-{i}")
    return pred, ner


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT)
    ap.add_argument("--limit", type=int, default=0, help="articles per corpus")
    args = ap.parse_args(argv)
    from storyline.analyse.nlp import load

    nlp = load()
    rows, totals = [], {"ours": defaultdict(float), "exact": defaultdict(float), "end_to_end": defaultdict(float)}
    ner_exact = ner_overlap = n_gold = 0
    t0 = time.time()
    folders = sorted((args.data / "intra_cross-doc_annotation").glob("corpus_*"))
    for folder in folders:
        files = sorted(folder.glob("*.xml"))
        if args.limit:
            files = files[: args.limit]
        docs = [read_doc(p) for p in files]
        gold = {(d["id"], i): g["instance"] for d in docs for i, g in enumerate(d["gold"])}
        exact = {(d["id"], i): g["text"] for d in docs for i, g in enumerate(d["gold"])}
        pred, ner = ours(docs, nlp)
        e2e = end_to_end(docs, nlp)
        for d in docs:
            spans = ner[d["id"]]
            for g in d["gold"]:
                n_gold += 1
                ner_exact += (g["start"], g["end"]) in spans
                ner_overlap += any(s < g["end"] and g["start"] < e for s, e in spans)
        res = {}
        for name, assign in (("ours", pred), ("exact", exact), ("end_to_end", e2e)):
            res[name] = b_cubed(assign, gold) + pairwise(assign, gold) + ceaf_e(assign, gold)
            for k, v in zip(("b3_p", "b3_r", "b3_f1", "pw_p", "pw_r", "pw_f1", "ceafe_p", "ceafe_r", "ceafe_f1"), res[name]):
                totals[name][k] += v / len(folders)
        rows.append((folder.name, len(docs), len(gold), len(set(gold.values())), res))
    elapsed = time.time() - t0
    print(f"MEANTIME cross-document NAM entity mentions ({elapsed:.0f}s)")
    print(f"{'corpus':<16}{'docs':>5}{'ments':>6}{'ents':>6}  {'system':<8}{'B3 P/R/F1':>22}  {'pairwise P/R/F1':>22}  {'CEAF-e P/R/F1':>22}")
    for name, nd, nm, ne, res in rows:
        for sysname in ("ours", "end_to_end", "exact"):
            v = res[sysname]
            print(f"{name:<16}{nd:>5}{nm:>6}{ne:>6}  {sysname[:8]:<8}  {v[0]:.3f}/{v[1]:.3f}/{v[2]:.3f}    "
                  f"{v[3]:.3f}/{v[4]:.3f}/{v[5]:.3f}    {v[6]:.3f}/{v[7]:.3f}/{v[8]:.3f}")
    summary = {k: {m: round(x, 3) for m, x in totals[k].items()} for k in totals}
    for sysname in ("ours", "end_to_end", "exact"):
        v = summary[sysname]
        print(f"{'macro avg':<33}  {sysname[:8]:<8}  {v['b3_p']:.3f}/{v['b3_r']:.3f}/{v['b3_f1']:.3f}    "
              f"{v['pw_p']:.3f}/{v['pw_r']:.3f}/{v['pw_f1']:.3f}    {v['ceafe_p']:.3f}/{v['ceafe_r']:.3f}/{v['ceafe_f1']:.3f}")
    print("ours = our resolver on the gold name mentions; end_to_end = our NER and resolver on the raw text")
    print(f"our NER finds {ner_exact}/{n_gold} gold NAM mentions exactly ({ner_exact / n_gold:.3f}), "
          f"{ner_overlap}/{n_gold} overlapping ({ner_overlap / n_gold:.3f})")
    summary["ours"]["ner_recall_exact"] = round(ner_exact / n_gold, 3)
    summary["ours"]["ner_recall_overlap"] = round(ner_overlap / n_gold, 3)
    summary["ours"]["end_to_end"] = summary["end_to_end"]
    print(json.dumps({"benchmark": "entities", "ours": summary["ours"], "baselines": {"exact_string": summary["exact"]}}))


if __name__ == "__main__":
    sys.exit(main())
