"""The per-document stage on a Ray cluster (Ray Data ``map_batches`` over an actor pool).

Records are sent in chunks so the driver's memory is bounded by a chunk, not the
corpus. Each chunk becomes a Ray Dataset; an actor pool whose actors each load the
spaCy model once runs ``analyse_one`` on batches; the results are written as
Parquet shards (one folder per chunk, columns ``source``, ``tag``, ``analysis``
(DocAnalysis JSON), ``error``, ``vectors`` (its embeddings, JSON of base64 float32)) and read back by the driver, which stores them and
later runs the corpus stage on the stored analyses.

ADDRESS: ``local`` starts a private Ray instance on this machine with ``workers``
CPUs; ``auto`` joins the cluster this machine belongs to (``ray start`` was run
here); anything else is passed to ``ray.init(address=...)``, e.g.
``ray://head-node:10001``. Every node needs storyline installed (same version):
see docs/cluster.md.
"""

from __future__ import annotations

import base64
import json
import tempfile
from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path

from ..types import DocAnalysis, Record
from .local import Outcome, analyse_one

CHUNK = 2000  # records per Ray Dataset: bounds the driver's memory


class _Analyser:
    """A Ray actor: loads the model once, analyses batches of records."""

    def __init__(self):
        from ..analyse import nlp

        self.nlp = nlp.Reloading()

    def __call__(self, batch: dict) -> dict:
        out: dict[str, list] = {c: [] for c in SHARD_COLUMNS}
        for rec_json, tag in zip(batch["record"], batch["tag"]):
            record = Record.model_validate_json(rec_json)
            analysis, error = analyse_one(record, self.nlp)
            out["source"].append(record.source)
            out["tag"].append(tag)
            out["analysis"].append(analysis.model_dump_json() if analysis else "")
            out["error"].append(error or "")
            out["vectors"].append(dump_vectors(analysis.vectors) if analysis else "")
        return out


def init(address: str, workers: int) -> None:
    import ray

    if ray.is_initialized():
        return
    if address == "local":
        ray.init(num_cpus=max(1, workers), include_dashboard=False, log_to_driver=False, configure_logging=False)
    elif address == "auto":
        ray.init(address="auto", log_to_driver=False)
    else:
        ray.init(address=address, log_to_driver=False)


def analyse_chunk(records: list[tuple[Record, object]], workers: int, shard_dir: Path, batch_size: int = 16) -> None:
    """Analyse one chunk on the cluster and write it as Parquet shards under shard_dir."""
    import ray.data

    rows = [{"record": r.model_dump_json(), "tag": json.dumps(tag)} for r, tag in records]
    ds: ray.data.Dataset = ray.data.from_items(rows, override_num_blocks=max(1, min(len(rows), workers * 4)))
    ds = ds.map_batches(_Analyser, batch_size=batch_size, concurrency=max(1, workers), batch_format="numpy")
    ds.write_parquet(str(shard_dir))


SHARD_COLUMNS = ("source", "tag", "analysis", "error", "vectors")
_REQUIRED = SHARD_COLUMNS[:4]  # "vectors" came later: older shards have none


def dump_vectors(vectors: dict[str, bytes]) -> str:
    """DocAnalysis.vectors (not part of the analysis JSON) as a shard column."""
    return json.dumps({k: base64.b64encode(v).decode("ascii") for k, v in sorted(vectors.items())})


def load_vectors(text: str | None) -> dict[str, bytes]:
    return {k: base64.b64decode(v) for k, v in json.loads(text).items()} if text else {}


def read_shard(path: Path) -> Iterator[tuple[str, object, DocAnalysis | None, str]]:
    """(source, tag, analysis or None, error) rows of one Parquet shard, a row group at a time.

    Needs only pyarrow (not Ray): shards written on a cluster can be read anywhere.
    Raises ValueError for a Parquet file that is not a storyline shard.
    """
    import pyarrow.parquet as pq

    from ..types import DocAnalysis

    f = pq.ParquetFile(path)
    names = f.schema_arrow.names
    missing = [c for c in _REQUIRED if c not in names]
    if missing:
        raise ValueError(f"not a storyline shard: no column(s) {', '.join(missing)}")
    columns = [c for c in SHARD_COLUMNS if c in names]
    for g in range(f.num_row_groups):
        cols = f.read_row_group(g, columns=columns).to_pydict()
        vectors = cols.get("vectors") or [""] * len(cols["source"])
        for source, tag, analysis_json, error, vecs in zip(cols["source"], cols["tag"], cols["analysis"], cols["error"], vectors):
            analysis = None
            if analysis_json:
                try:
                    analysis = DocAnalysis.model_validate_json(analysis_json)
                    analysis.vectors = load_vectors(vecs)
                except ValueError as e:  # one bad row costs only itself
                    analysis, error = None, f"invalid analysis in shard {path.name}: {' '.join(str(e).split())[:160]}"
            yield source, json.loads(tag), analysis, error


def read_shards(shard_dir: Path) -> Iterator[tuple[str, object, DocAnalysis | None, str]]:
    """The rows of every shard in shard_dir, one file at a time."""
    for path in sorted(shard_dir.glob("*.parquet")):
        yield from read_shard(path)


def analyse_stream(
    items: Iterable[tuple[Record, object]],
    address: str,
    workers: int = 2,
    shards: Path | None = None,
    chunk: int = CHUNK,
) -> Iterator[Outcome]:
    """Like ``run.local.analyse_stream``, on Ray; outcomes come chunk by chunk."""
    init(address, workers)
    root = Path(shards) if shards else Path(tempfile.mkdtemp(prefix="storyline-shards-"))
    it = iter(items)
    n = 0
    while True:
        block = list(islice(it, chunk))
        if not block:
            break
        shard_dir = root / f"chunk-{n:05d}"
        n += 1
        analyse_chunk(block, workers, shard_dir)
        by_tag = {json.dumps(tag): rec for rec, tag in block}
        for _source, tag, analysis, error in read_shards(shard_dir):
            record = by_tag[json.dumps(tag)]
            yield record, tag, analysis, error or None
