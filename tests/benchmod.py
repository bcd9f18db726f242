"""A bench script imported as a module, for its tests (``from benchmod import bench``; pytest
puts tests/ on the path, as for ``scenes``)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

BENCH = Path(__file__).resolve().parents[1] / "bench"


def bench(name: str) -> ModuleType:
    """bench/<name>.py as the module ``bench_<name>``, registered in sys.modules (dataclasses
    look their module up while it runs), with bench/ on the path while it loads (its own
    imports: t17, gitstate)."""
    sys.path.insert(0, str(BENCH))
    try:
        spec = importlib.util.spec_from_file_location(f"bench_{name}", BENCH / f"{name}.py")
        assert spec is not None and spec.loader is not None
        mod = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = mod
        spec.loader.exec_module(mod)
    finally:
        sys.path.remove(str(BENCH))
    return mod
