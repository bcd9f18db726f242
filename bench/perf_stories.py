"""Cost of the corpus stage per story on piles of many stories (issue 21).

What is measured, as ratios in one run on one machine:

- growth: the corpus stage (story detection + one corpus stage per story, outputs
  story.json only) run fresh over piles of each ``--sizes`` (default 1000,4000):
  time for 4x the documents (aim: within 4.5x), and its peak RSS (aim: flat in the
  number of stories, within 1.3x), each in a child process of its own;
- incremental: 10 more real documents added to the largest pile (their per-document
  stage, measured, plus the corpus stage, which rebuilds only the stories they touch)
  against rebuilding it: the corpus stage fresh plus the per-document stage of every
  document at the rate measured here (aim: at most 5%); also against the corpus stage
  alone, a stricter baseline;
- Ray: the fresh corpus stage of the smallest pile with ``--ray local --workers 2``
  against ``--workers 1`` (Ray too), same run (aim: at least 1.6x); starting Ray and
  loading each worker's imports and model are done before the timing and shown apart.
  Alone: ``--base 60 --sizes 1000 --skip growth,incremental`` (the pile written, not timed).

Data: a base pile of ``--base`` Timeline17 InputDocs (dated, taken in turn from each
topic folder) analysed once by the per-document stage. Larger piles are copies of it
(document ``i`` is base document ``i % base`` in copy ``i // base``; each pile is the
one before it plus what it lacks) with their names and dates systematically rewritten,
so that each copy forms stories of its own: every word of every name key is replaced
(each word of the mentions story detection keys, of ``stories.ENTITY_LABELS``, but
"the", "a", "an", "of", "and" and a possessive's "s"; and every acronym, hashtag and
letters-with-digits word of the text, such as UK, WHO, H5N1, tagged or not), wherever
it stands as a word in the copy's strings, by a string derived from the case-folded word
and the copy number (a letter for a letter, case kept, a digit for a digit; the same
word gets the same replacement across the copy and never itself); every year from
1900-2099 is moved 4 years per copy; and the document gets the content id of its new
text. Replacements keep every length, so every span still points at the same
characters. The embeddings of a rewritten text reuse the original's vectors (the
per-document stage's work, not what is measured here); copy 0 is the real pile.

    python bench/perf_stories.py [--data DIR] [--base 240] [--sizes 1000,4000] [--skip growth,ray,incremental,seed]

What the corpus stage embeds (events' and quotes' texts, brief candidates...) is
recorded once over the base pile and traced to the document that holds it; each copy
stores the original's vector under the rewritten text, so a copy is not embedded again
(``--skip seed``: it is, as a first build of new documents would be).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from perf import DEFAULT_DATA, load_docs

ROOT = Path(__file__).resolve().parents[1]
_YEAR = re.compile(r"\b(19|20)(\d\d)\b")


def base_docs(data: Path, n: int, extra: int) -> tuple[list[dict], list[dict]]:
    """``n`` dated InputDocs taken in turn from each topic folder, and ``extra`` more for the incremental step."""
    by_topic: dict[str, list[dict]] = {}
    for d in load_docs(data):
        by_topic.setdefault(d["id"].split("/")[0], []).append(d)
    picked: list[dict] = []
    queues = [list(v) for _, v in sorted(by_topic.items())]
    while len(picked) < n + extra and any(queues):
        for q in queues:
            if q and len(picked) < n + extra:
                picked.append(q.pop(0))
    return picked[:n], picked[n:]


def analyse(docs: list[dict]) -> tuple[list, float]:
    """DocAnalysis of each document (one process) and the seconds it took."""
    from storyline import pipeline
    from storyline.analyse import nlp as a_nlp
    from storyline.types import Record

    model = a_nlp.load()
    t = time.perf_counter()
    out = [pipeline.analyse_record(Record(source=d["id"], text=d["text"], date=d["date"]), model) for d in docs]
    return out, time.perf_counter() - t


def _cipher(word: str, k: int) -> str:
    """``word`` rewritten for copy ``k``: each letter a letter (its case kept), each digit
    a digit, derived from the case-folded word and ``k`` (so "HAITI" and "Haiti" stay one
    name in a copy, as in the original)."""
    for salt in range(100):  # a short word can come out as itself ("U" for "U"): drawn again
        h = hashlib.sha1(f"{k}\x00{salt}\x00{word.casefold()}".encode()).digest()
        out = []
        for i, ch in enumerate(word):
            b = h[i % len(h)]
            if ch.isdigit():
                out.append(chr(ord("0") + b % 10))
            elif ch.isalpha():
                c = chr(ord("a") + b % 26)
                out.append(c.upper() if ch.isupper() else c)
            else:
                out.append(ch)
        new = "".join(out)
        if new.casefold() != word.casefold():
            break
    return new


def _walk(value, fix):
    if isinstance(value, str):
        return fix(value)
    if isinstance(value, list):
        return [_walk(v, fix) for v in value]
    if isinstance(value, dict):
        return {k: _walk(v, fix) for k, v in value.items()}
    return value


_AL = r"(?:[^\W_]|[\u0300-\u036f])"  # a letter, a digit or a combining accent ("Co\u0301rdova" is one word)
_TOKEN = re.compile(_AL + "+")
# name keys that are not always tagged as names: acronyms (UK, WHO), hashtags' words,
# letters with digits (H5N1, G20)
_NAMELIKE = re.compile(rf"(?<!{_AL})(?:[A-Z][A-Z0-9]+|(?=[^\W_]*\d)(?=[^\W_]*[^\W\d_])[^\W_]+)(?!{_AL})|(?<=#){_AL}+")
_KEY_GLUE = frozenset({"the", "a", "an", "of", "and", "s"})  # cut from keys or shared by many: a key keeps its other words


def name_words(a) -> set[str]:
    """Every word a name key of ``a`` is made of (``stories.features`` keys the mentions
    of ``stories.ENTITY_LABELS``): every word of those mentions but articles, "of", "and"
    and a possessive's "s"; with every acronym, hashtag and letters-with-digits word of
    the text and title, tagged as a name or not."""
    from storyline.resolve import stories

    words: set[str] = set()
    for m in a.mentions:
        if m.label not in stories.ENTITY_LABELS:
            continue
        words.update(t for t in _TOKEN.findall(m.text) if t not in _KEY_GLUE)
    for text in (a.document.text, a.document.title or ""):
        words.update(_NAMELIKE.findall(text))
    return words


_PATTERNS: dict[str, re.Pattern | None] = {}


def _names(a) -> re.Pattern | None:
    """The pattern of ``a``'s name words, compiled once per base document (every copy uses it)."""
    if a.document.id not in _PATTERNS:
        words = sorted(name_words(a), key=lambda w: (-len(w), w))
        _PATTERNS[a.document.id] = re.compile(rf"(?<!{_AL})(" + "|".join(map(re.escape, words)) + rf")(?!{_AL})") if words else None
    return _PATTERNS[a.document.id]


def fixer(a, k: int):
    """The rewrite of copy ``k`` of a document's strings: every word of its name keys
    ciphered wherever it stands as a word (``name_words``), years moved 4 a copy."""
    names = _names(a)
    memo: dict[str, str] = {}

    def cipher(m: re.Match) -> str:
        w = m.group(1)
        if w not in memo:
            memo[w] = _cipher(w, k)
        return memo[w]

    def fix(s: str) -> str:
        if names is not None:
            s = names.sub(cipher, s)
        return _YEAR.sub(lambda m: str(int(m.group(0)) + 4 * k), s)

    return fix


def rewrite(a, k: int, lead_vectors: dict[str, bytes], stage_texts: dict[str, list[tuple[str, bytes]]] | None = None):
    """Copy ``k`` of an analysis: names and years rewritten, a new content id, the
    original's vectors under the new texts' keys (copy 0: the analysis itself).
    ``stage_texts``: document id -> (text, vector) of what the corpus stage embedded of
    it in the base pile; the copy gets the original's vector under its rewritten text."""
    from storyline import embed
    from storyline.analyse import vectors as a_vectors
    from storyline.clean import document_id
    from storyline.resolve import stories
    from storyline.types import DocAnalysis

    if k == 0:
        return a
    fix = fixer(a, k)
    old_id = a.document.id
    new_id = document_id(fix(a.document.text))

    def fix_all(s: str) -> str:
        return fix(s).replace(old_id, new_id)

    data = a.model_dump(mode="python", exclude={"vectors"})
    new = DocAnalysis.model_validate(_walk(data, fix_all))
    vecs = {}
    for t_old, t_new in zip(a_vectors.texts(a), a_vectors.texts(new), strict=True):
        v = a.vectors.get(embed.key(t_old))
        if v is not None:
            vecs[embed.key(t_new)] = v
    lead = lead_vectors.get(embed.key(stories.features(a).lead))
    if lead is not None:
        vecs[embed.key(stories.features(new).lead)] = lead
    for text, vec in (stage_texts or {}).get(a.document.id, ()):
        vecs.setdefault(embed.key(fix(text)), vec)
    new.vectors = vecs
    return new


def stage_texts(base: list, path: Path) -> tuple[dict[str, list[tuple[str, bytes]]], int, int]:
    """What the corpus stage embeds of the base pile (copy 0), by document: its corpus
    stage is run once over it with the encoder's inputs recorded, each text traced to
    the document whose text holds it. A copy's rewritten text then gets the original's
    vector, as the per-document stage's texts already do: the rewritten piles measure
    the corpus stage, not the embedding model on texts it has seen under other names.
    Returns (by document, texts traced, texts not traced to one document)."""
    from storyline import embed
    from storyline.builder import Silent
    from storyline.store import Store
    from storyline.storybuild import StageOptions, corpus_stage

    seen: list[str] = []
    real = embed.encode

    def logged(texts, batch_size=32):
        seen.extend(texts)
        return real(texts, batch_size)

    with Store(path) as store:
        for a in base:
            store.add(a, source=a.document.id)
        embed.encode = logged
        try:
            corpus_stage(store, StageOptions(), Silent(), None, lambda story: None)
        finally:
            embed.encode = real
        cache = store.embedding_cache()
        vectors = cache.get_many([embed.key(t) for t in seen])
    out: dict[str, list[tuple[str, bytes]]] = {}
    lost = 0
    for t in dict.fromkeys(seen):
        holders = [a.document.id for a in base if t in a.document.text or (a.document.title and t in a.document.title)]
        v = vectors.get(embed.key(t))
        if len(holders) != 1 or v is None:
            lost += 1
            continue
        out.setdefault(holders[0], []).append((t, v.astype("float32").tobytes()))
    return out, sum(map(len, out.values())), lost


def make_pile(base: list, n: int, path: Path, lead_vectors: dict[str, bytes],
              texts: dict[str, list[tuple[str, bytes]]] | None = None, grow: tuple[Path, int] | None = None) -> int:
    """A store of ``n`` documents: copies 0, 1, ... of the base pile (document ``i`` is
    base ``i % len(base)`` in copy ``i // len(base)``). ``grow``: (store, m) of the first
    ``m`` of them, copied and added to rather than written again. Returns the copies used."""
    import sqlite3

    from storyline.store import Store

    start = 0
    if grow is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        with sqlite3.connect(grow[0]) as src, sqlite3.connect(path) as dst:
            src.backup(dst)
        start = grow[1]
    with Store(path) as store:
        for k in range(start // len(base), math.ceil(n / len(base))):
            with store.transaction():  # one commit a copy
                for j in range(max(start - k * len(base), 0), min(n - k * len(base), len(base))):
                    a = base[j]
                    store.add(rewrite(a, k, lead_vectors, texts), source=f"copy{k}/{a.document.sources[0] if a.document.sources else a.document.id}")
    return math.ceil(n / len(base))


_CHILD = """
import json, sys, time
from pathlib import Path
from storyline.builder import Progress, write_outputs
from storyline.store import Store
from storyline.storybuild import StageOptions, corpus_stage

def hwm():
    for line in open('/proc/self/status'):
        if line.startswith('VmHWM'):
            return int(line.split()[1])

class Phases(Progress):
    def __init__(self):
        self.t, self.secs, self.rss = {}, {}, {}
        self.total, self.done_steps, self.shown = 0, 0, 0
    def advance(self, name, n=1):
        # how far the corpus stage is, every tenth of it: a run stopped early still says its pace
        if name != 'corpus stage' or not self.total:
            return
        self.done_steps += n
        if self.done_steps * 10 // self.total > self.shown:
            self.shown = self.done_steps * 10 // self.total
            print('PROGRESS', json.dumps({'share': round(self.done_steps / self.total, 2),
                  'secs': round(time.perf_counter() - self.t[name], 1), 'rss_kib': hwm()}), file=sys.stderr, flush=True)
    def start(self, name, total=None):
        if name == 'stories':
            try:
                with open('/proc/self/clear_refs', 'w') as fh:
                    fh.write('5')
            except OSError:
                pass
        if name == 'corpus stage':
            self.total = total or 0
        self.t[name] = time.perf_counter()
    def done(self, name):
        self.secs[name] = time.perf_counter() - self.t[name]
        self.rss[name] = hwm()

store_path, out, ray, workers, fresh = sys.argv[1], sys.argv[2], sys.argv[3] or None, int(sys.argv[4]), bool(sys.argv[5])
from storyline import embed
from storyline.resolve import stories as st
_detect = st.detect
def detect(*args, **kw):
    d = _detect(*args, **kw)
    sizes = sorted((g.size for g in d.stories), reverse=True)
    print('DETECT', json.dumps({'stories': len(d.stories), 'largest': sizes[:5], 'off_topic': len(d.off_topic)}), file=sys.stderr, flush=True)
    return d
st.detect = detect
embed.encode(['load the model before the timing'])
warm = 0.0
if ray:  # the cluster started and each worker's imports and model loaded before the timing
    import ray as _ray
    from storyline.run import ray_runner
    w = time.perf_counter()
    ray_runner.init(ray, workers)
    def _warm():
        from storyline import embed, pipeline  # noqa: F401
        embed.encode(['load the model before the timing'])
        time.sleep(2)  # held, so that each worker takes one
        return 1
    _ray.get([_ray.remote(num_cpus=1)(_warm).remote() for _ in range(workers)])
    warm = time.perf_counter() - w
p = Phases()
t = time.perf_counter()
with Store(store_path) as store:
    main, det, _, rebuilt = corpus_stage(store, StageOptions(out=Path(out), outputs=('json',), ray=ray, workers=workers, fresh=fresh), p,
                                         write_outputs, lambda s: write_outputs(s, Path(out), ('json',)))
total = time.perf_counter() - t
sizes = sorted((g.size for g in det.stories), reverse=True)
print('CHILD', json.dumps({'total': total, 'secs': p.secs, 'rss_kib': p.rss.get('corpus stage'), 'stories': len(det.stories),
      'largest': sizes[0] if sizes else 0, 'off_topic': len(det.off_topic), 'rebuilt': rebuilt, 'ray_start': warm}), file=sys.stderr)
"""


def corpus_run(store: Path, out: Path, ray: str = "", workers: int = 1, fresh: bool = False) -> dict:
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "PYTHONPATH": str(ROOT / "src") + os.pathsep + os.environ.get("PYTHONPATH", "")}
    proc = subprocess.Popen([sys.executable, "-c", _CHILD, str(store), str(out), ray, str(workers), "1" if fresh else ""],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env)
    lines = []
    assert proc.stderr is not None
    for ln in proc.stderr:  # detection and the corpus stage's pace shown as they come
        lines.append(ln)
        if ln.startswith(("DETECT", "PROGRESS")):
            print("   ", ln.strip(), f"(load average {os.getloadavg()[0]:.1f})", flush=True)
    proc.wait()
    line = [ln for ln in lines if ln.startswith("CHILD")]
    if not line:
        raise RuntimeError("".join(lines)[-3000:])
    return json.loads(line[-1].split(" ", 1)[1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--base", type=int, default=240, help="real documents in the base pile")
    ap.add_argument("--sizes", default="1000,4000", help="pile sizes (documents) of the fresh runs")
    ap.add_argument("--skip", default="", help="comma list of: growth,incremental,ray,seed (growth: the piles are written, "
                    "not timed; seed: copies embed the corpus stage's texts anew)")
    args = ap.parse_args()
    skip = set(filter(None, args.skip.split(",")))
    sizes = sorted(int(s) for s in args.sizes.split(","))
    tmp = Path(tempfile.mkdtemp(prefix="storyline-perf-stories-"))
    result: dict = {"benchmark": "perf_stories", "ours": {}, "baselines": {}}

    base_raw, extra_raw = base_docs(args.data, args.base, 10)
    base, base_secs = analyse(base_raw)
    extra, extra_secs = analyse(extra_raw) if not {"incremental", "growth"} & skip else ([], 0.0)
    per_doc = base_secs / len(base)
    print(f"base pile: {len(base)} Timeline17 documents analysed in {base_secs:.0f}s ({per_doc:.2f}s each, one process)"
          + (f"; 10 more for the incremental step in {extra_secs:.1f}s" if extra else ""))
    from storyline import embed
    from storyline.resolve import stories

    leads = [stories.features(a).lead for a in base]
    lead_vectors = {embed.key(t): v.tobytes() for t, v in zip(leads, embed.encode(leads), strict=True)}
    texts = None
    if "seed" not in skip:
        t = time.perf_counter()
        texts, traced, lost = stage_texts(base, tmp / "base" / "story.db")
        print(f"the corpus stage over the base pile embedded {traced + lost} texts ({time.perf_counter() - t:.0f}s): "
              f"{traced} traced to one document, whose copies reuse their vectors; {lost} embedded again in each copy")

    print(f"\n## Corpus stage fresh, per story (one process; each size in a child process)\n"
          f"{'docs':>6}{'copies':>8}{'stories':>9}{'largest':>9}{'strays':>8}{'detect s':>10}{'corpus s':>10}{'peak RSS MiB':>14}")
    runs = {}
    written: tuple[Path, int] | None = None
    for n in sizes:
        store = tmp / f"pile-{n}" / "story.db"
        t = time.perf_counter()
        copies = make_pile(base, n, store, lead_vectors, texts, grow=written)
        print(f"  (pile of {n} written in {time.perf_counter() - t:.0f}s{'' if written is None else f', from that of {written[1]}'}; "
              f"load average {os.getloadavg()[0]:.1f})", flush=True)
        written = (store, n)
        if "growth" in skip:
            continue
        r = corpus_run(store, tmp / f"out-{n}")
        runs[n] = r
        print(f"{n:>6}{copies:>8}{r['stories']:>9}{r['largest']:>9}{r['off_topic']:>8}{r['secs']['stories']:>10.1f}"
              f"{r['secs']['corpus stage']:>10.1f}{r['rss_kib'] / 1024:>14.0f}   (load average {os.getloadavg()[0]:.1f})", flush=True)
    n0, n1 = sizes[0], sizes[-1]
    if runs:
        steps = {}
        for a, b in zip(sizes, sizes[1:]):
            growth, mem = runs[b]["total"] / runs[a]["total"], runs[b]["rss_kib"] / runs[a]["rss_kib"]
            steps[f"{a}->{b}"] = {"docs_ratio": round(b / a, 2), "time_ratio": round(growth, 3), "memory_ratio": round(mem, 3)}
            print(f"{b / a:.1f}x the documents ({a} -> {b}, {runs[a]['stories']} -> {runs[b]['stories']} stories): "
                  f"{growth:.2f}x the time (aim: 4.5x for 4x, i.e. {1.125 * b / a:.1f}x for {b / a:.0f}x), "
                  f"peak RSS {mem:.2f}x (aim: within 1.3x)")
        growth, mem = runs[n1]["total"] / runs[n0]["total"], runs[n1]["rss_kib"] / runs[n0]["rss_kib"]
        result["ours"].update({"time_ratio": round(growth, 3), "docs_ratio": round(n1 / n0, 2), "memory_ratio": round(mem, 3),
                               "steps": steps, "stories": {n: runs[n]["stories"] for n in sizes}})

    if "incremental" not in skip and runs:
        from storyline.store import Store

        store = tmp / f"pile-{n1}" / "story.db"
        with Store(store) as s:
            for a in extra:
                s.add(a, source=a.document.sources[0] if a.document.sources else a.document.id)
        r = corpus_run(store, tmp / f"out-{n1}")
        added = extra_secs + r["total"]
        rebuild = runs[n1]["total"] + per_doc * n1
        print(f"\n## Incremental: 10 documents added to {n1}\n"
              f"per-document stage {extra_secs:.1f}s + corpus stage {r['total']:.1f}s ({r['rebuilt']} of {r['stories']} stories rebuilt) = {added:.1f}s\n"
              f"against a rebuild: corpus stage fresh {runs[n1]['total']:.1f}s + per-document stage {per_doc * n1:.0f}s "
              f"({n1} x {per_doc:.2f}s) = {rebuild:.0f}s: ratio {added / rebuild:.3f} (aim: at most 0.05); "
              f"against the corpus stage alone: {added / runs[n1]['total']:.3f}")
        result["ours"].update({"incremental_vs_rebuild": round(added / rebuild, 4),
                               "incremental_vs_corpus_stage": round(added / runs[n1]["total"], 4),
                               "stories_rebuilt": r["rebuilt"]})
        result["baselines"]["rebuild_s"] = round(rebuild, 1)

    if "ray" not in skip:
        store = tmp / f"pile-{n0}" / "story.db"
        # --fresh: every story built again, none read back from the store
        one = corpus_run(store, tmp / "ray-1", ray="local", workers=1, fresh=True)
        two = corpus_run(store, tmp / "ray-2", ray="local", workers=2, fresh=True)
        print(f"\n## Ray (corpus stage of {n0} documents, {one['stories']} stories; load average {os.getloadavg()[0]:.1f})\n"
              f"--workers 1 {one['total']:.1f}s, --workers 2 {two['total']:.1f}s: speed-up {one['total'] / two['total']:.2f}x (aim: 1.6x); "
              f"not counted: starting Ray and loading each worker, {one['ray_start']:.1f}s and {two['ray_start']:.1f}s")
        result["ours"]["ray_speedup_2_workers"] = round(one["total"] / two["total"], 3)
        result["baselines"]["ray_one_worker_s"] = round(one["total"], 1)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
