"""Attribution benchmark on PolNeAR: quote/reported-speech contents and their sources.

    python bench/attribution.py [--data DIR] [--limit N]

DIR holds ``text/<name>.txt`` and ``attributions/<name>_<annotator>.ann`` (brat).
Texts with several annotators are scored against one: the first file in sorted
order. For every gold attribution: is its content found (overlap: a one-to-one
match by the largest character overlap; exact: same span once whitespace, quote
marks and end punctuation are stripped), and on matched contents that have a
gold Source, does the predicted speaker span overlap it (source accuracy).

Ours: storyline.analyse.quotes over the raw text (no cleaning, so offsets match).
Baseline in the same run: textacy's ``extract.triples.direct_quotations``.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared/bench/polnear/dev"
_STRIP = " \t\n\"'“”‘’«».,;:"


def read_gold(path: Path) -> list[dict]:
    spans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    rels = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            kind, _, offs = parts[1].partition(" ")
            pieces = []
            for piece in offs.split(";"):
                a, b = piece.split()
                pieces.append((int(a), int(b)))
            spans[parts[0]] = (kind, pieces)
        elif line.startswith("E") and len(parts) >= 2:
            rels.append(dict(x.split(":", 1) for x in parts[1].split()))
    out = []
    for r in rels:
        if "Content" not in r or r["Content"] not in spans:
            continue
        content = spans[r["Content"]][1]
        source = spans[r["Source"]][1] if r.get("Source") in spans else None
        out.append({"content": content, "source": source})
    return out


def _norm(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a] in _STRIP:
        a += 1
    while b > a and text[b - 1] in _STRIP:
        b -= 1
    return a, b


def _overlap(xs, ys) -> int:
    return sum(max(0, min(b, d) - max(a, c)) for a, b in xs for c, d in ys)


def score(texts: dict[str, str], gold: dict[str, list], pred: dict[str, list]) -> dict:
    n_gold = n_pred = m_overlap = m_exact = src_total = src_ok = 0
    for name, text in texts.items():
        g, p = gold[name], pred.get(name, [])
        n_gold += len(g)
        n_pred += len(p)
        # exact
        gexact = {_norm(text, x["content"][0][0], x["content"][-1][1]) for x in g}
        pexact = {_norm(text, x["content"][0][0], x["content"][-1][1]) for x in p}
        m_exact += len(gexact & pexact)
        # overlap, one-to-one by largest overlap
        pairs = []
        for i, x in enumerate(g):
            for j, y in enumerate(p):
                ov = _overlap(x["content"], y["content"])
                if ov > 0:
                    pairs.append((ov, i, j))
        pairs.sort(reverse=True)
        used_g, used_p = set(), set()
        for _ov, i, j in pairs:
            if i in used_g or j in used_p:
                continue
            used_g.add(i)
            used_p.add(j)
            m_overlap += 1
            if g[i]["source"]:
                src_total += 1
                if p[j]["source"] and _overlap(g[i]["source"], p[j]["source"]) > 0:
                    src_ok += 1

    def prf(m: int) -> dict:
        pr = m / n_pred if n_pred else 0.0
        rc = m / n_gold if n_gold else 0.0
        f = 2 * pr * rc / (pr + rc) if pr + rc else 0.0
        return {"p": round(pr, 3), "r": round(rc, 3), "f1": round(f, 3)}

    return {
        "overlap": prf(m_overlap),
        "exact": prf(m_exact),
        "source_acc": round(src_ok / src_total, 3) if src_total else 0.0,
        "gold": n_gold,
        "pred": n_pred,
    }


def ours(nlp, text: str) -> list[dict]:
    from storyline.analyse import entities, parse, quotes
    from storyline.schema import Document
    from storyline.types import DocAnalysis

    sdoc = nlp(text)
    analysis = DocAnalysis(version="bench", document=Document(id="x", text=text, language="en"))
    analysis.sentences = parse.sentences(sdoc, [])
    analysis.mentions, analysis.descriptions = entities.extract(sdoc, analysis)
    out = []
    prev = None
    for q in quotes.extract(sdoc, analysis):
        if q.speaker_mention is not None:
            m = analysis.mentions[q.speaker_mention]
            src = [(m.start, m.end)]
        elif q.pronoun_span:  # "they" shown as the group it stands for: PolNeAR marks "they"
            src = [tuple(q.pronoun_span)]
        elif q.speaker_start is not None:
            src = [(q.speaker_start, q.speaker_end)]
        else:
            src = None
        # PolNeAR marks each paragraph of a long quote as its own attribution
        # A quote split by its attribution ('"...," X said. "..."') is one attribution in PolNeAR.
        # The product marks the part after the attribution as the same speaker's continuation;
        # a long apposition ('"...," said X, a lawyer for ..., who ... "...") can put it further off.
        if (prev is not None and q.kind == "direct" and prev.kind == "direct"
                and (q.start - prev.end < 80 or (q.speaker_via == "continuation" and "\n" not in text[prev.end : q.start]))
                and prev.cue_start is not None and prev.end <= prev.cue_start < q.start
                and (q.cue_start in (None, prev.cue_start))):
            out[-1]["content"].append((q.start, q.end))
            continue
        prev = q
        # one attribution around an inserted "X said": reported speech, or one quoted sentence
        # the product joined across its tag ('"A," he says, "b ..."'), not paragraphs of a quotation
        if q.pieces and (q.kind == "indirect" or "\n" not in text[q.pieces[0][1] : q.pieces[-1][0]]):
            out.append({"content": [tuple(p) for p in q.pieces], "source": src})
            continue
        last = None
        for a, b in (q.pieces if q.kind == "direct" else None) or [(q.start, q.end)]:
            # a quotation the product joined across its tag after a paragraph ('"...," X said.
            # / "..."', 18p): the part after a near tag is the same attribution, as above
            if last is not None and b > a and any(ch.isalpha() for ch in text[last:a]) and a - last < 80:
                out[-1]["content"].append((a, b))
            else:
                out.append({"content": [(a, b)], "source": src})
            last = b
    return out, sdoc


def textacy_quotes(sdoc) -> list[dict]:
    from textacy.extract.triples import direct_quotations

    out = []
    prev = None
    try:
        for speaker, cue, content in direct_quotations(sdoc):
            src = [(t.idx, t.idx + len(t)) for t in speaker] or None
            cue_at = cue[0].idx if cue else None
            # the same joining of split quotes as ours: consecutive quotes sharing one cue
            if prev is not None and cue_at is not None and cue_at == prev[0] and content.start_char - prev[1] < 80:
                out[-1]["content"].append((content.start_char, content.end_char))
                prev = (cue_at, content.end_char)
                continue
            out.append({"content": [(content.start_char, content.end_char)], "source": src})
            prev = (cue_at, content.end_char)
    except ValueError:  # textacy bails out on an odd number of quote marks
        pass
    return out


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT)
    ap.add_argument("--limit", type=int, default=0)
    args = ap.parse_args(argv)
    from storyline.analyse.nlp import load

    nlp = load()
    anns: dict[str, Path] = {}
    for p in sorted((args.data / "attributions").glob("*.ann")):
        name = p.stem.rsplit("_", 1)[0]
        anns.setdefault(name, p)  # the first annotator in sorted order
    names = sorted(anns)
    if args.limit:
        names = names[: args.limit]
    texts, gold, pred_ours, pred_textacy = {}, {}, {}, {}
    t0 = time.time()
    for name in names:
        text = (args.data / "text" / f"{name}.txt").read_text(encoding="utf-8")
        texts[name] = text
        gold[name] = read_gold(anns[name])
        pred_ours[name], sdoc = ours(nlp, text)
        pred_textacy[name] = textacy_quotes(sdoc)
    elapsed = time.time() - t0
    s_ours = score(texts, gold, pred_ours)
    s_tx = score(texts, gold, pred_textacy)
    print(f"PolNeAR {args.data.name}: {len(names)} texts (one annotator each: first .ann in sorted order), "
          f"{s_ours['gold']} gold attributions, {elapsed:.0f}s")
    print(f"{'system':<22}{'pred':>6}  {'overlap P/R/F1':>20}  {'exact P/R/F1':>20}  {'source acc':>10}")
    for label, s in (("storyline", s_ours), ("textacy direct_quot.", s_tx)):
        o, e = s["overlap"], s["exact"]
        print(f"{label:<22}{s['pred']:>6}  {o['p']:.3f}/{o['r']:.3f}/{o['f1']:.3f}  "
              f"  {e['p']:.3f}/{e['r']:.3f}/{e['f1']:.3f}  {s['source_acc']:>10.3f}")
    print(json.dumps({"benchmark": "attribution", "ours": s_ours, "baselines": {"textacy_direct_quotations": s_tx}}))


if __name__ == "__main__":
    sys.exit(main())
