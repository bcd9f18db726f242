"""The stages import only what is below them (the brief: data flows one way).

Read from the source with ``ast`` (every import, also those inside functions):
foundation (schema, types, lexicon, derived, ...) < ingest, clean (neither imports the other)
< analyse < resolve < pipeline, run, store < render < storybuild, build, api
< cli, serve; nothing but the CLI imports serve.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"

# the first matching prefix decides a module's layer; a module may import its own layer or lower
LAYERS: list[tuple[str, int]] = [
    ("storyline.schema", 0), ("storyline.types", 0), ("storyline.lexicon", 0), ("storyline.faults", 0),
    ("storyline.textcut", 0), ("storyline.tablespec", 0), ("storyline.embed", 0), ("storyline.neighbours", 0),
    ("storyline.timenorm", 0), ("storyline.derived", 0), ("storyline.spacymodel", 0), ("storyline.firstnames", 0),
    ("storyline.geo", 0),
    ("storyline.ingest", 1), ("storyline.clean", 1),
    ("storyline.analyse", 2),
    ("storyline.resolve", 3),
    ("storyline.pipeline", 4), ("storyline.run", 4), ("storyline.store", 4),
    ("storyline.render", 5),
    ("storyline.storybuild", 6), ("storyline.builder", 6), ("storyline.api", 6),
    ("storyline.cli", 7), ("storyline.serve", 7),
]
APART = [("storyline.ingest", "storyline.clean")]  # same layer, but neither may import the other
ONLY_IMPORTED_BY = {"storyline.serve": ("storyline.cli", "storyline.serve")}
ROOT = "storyline"  # the package's __init__ (lazy names of the public API) stands above all


def _within(name: str, prefix: str) -> bool:
    return name == prefix or name.startswith(prefix + ".")


def layer(name: str) -> int | None:
    for prefix, rank in LAYERS:
        if _within(name, prefix):
            return rank
    return None


def modules(src: Path = SRC) -> dict[str, tuple[Path, bool]]:
    out = {}
    for f in sorted((src / "storyline").rglob("*.py")):
        parts = list(f.relative_to(src).with_suffix("").parts)
        is_pkg = parts[-1] == "__init__"
        out[".".join(parts[:-1] if is_pkg else parts)] = (f, is_pkg)
    return out


def imports_of(name: str, path: Path, is_pkg: bool, known: set[str]) -> set[str]:
    """The storyline modules ``name`` imports (``from . import x`` counts as importing submodule x)."""
    here = name.split(".") if is_pkg else name.split(".")[:-1]
    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            base = ".".join(here[: len(here) - node.level + 1] + [node.module or ""]).strip(".") if node.level \
                else node.module or ""
            for a in node.names if _within(base, ROOT) else ():
                sub = f"{base}.{a.name}"
                if sub in known:
                    out.add(sub)
                elif base != ROOT:  # a name of the root that is no module (__version__) is no layer's
                    out.add(base)
        elif isinstance(node, ast.Import):
            out |= {a.name for a in node.names if _within(a.name, ROOT)}
    return out


def violations(graph: dict[str, set[str]]) -> list[str]:
    bad = []
    for src, targets in graph.items():
        for dst in sorted(targets):
            if src == ROOT or dst == src:
                continue
            for owner, allowed in ONLY_IMPORTED_BY.items():
                if _within(dst, owner) and not any(_within(src, a) for a in allowed):
                    bad.append(f"{src} imports {dst}: only {', '.join(allowed)} may")
            for a, b in APART:
                if (_within(src, a) and _within(dst, b)) or (_within(src, b) and _within(dst, a)):
                    bad.append(f"{src} imports {dst}: {a} and {b} must not import each other")
            if dst == ROOT:
                bad.append(f"{src} imports the package root (import the module it needs)")
                continue
            s, d = layer(src), layer(dst)
            if s is None or d is None:
                bad.append(f"{src} -> {dst}: no layer for {src if s is None else dst} (add it to LAYERS)")
            elif d > s:
                bad.append(f"{src} (layer {s}) imports {dst} (layer {d}) above it")
    return bad


def graph_of(src: Path = SRC) -> dict[str, set[str]]:
    mods = modules(src)
    return {n: imports_of(n, p, pkg, set(mods)) for n, (p, pkg) in mods.items()}


def test_every_import_goes_down_the_layers():
    assert violations(graph_of()) == []


def test_every_module_has_a_layer():
    assert [n for n in modules() if n != ROOT and layer(n) is None] == []


@pytest.mark.parametrize("src, dst, why", [
    ("storyline.analyse.quotes", "storyline.resolve.corpus", "above it"),
    ("storyline.ingest.readers", "storyline.clean.encoding", "must not import each other"),
    ("storyline.clean", "storyline.ingest.limits", "must not import each other"),
    ("storyline.render.html", "storyline.serve.report", "only storyline.cli"),
    ("storyline.resolve.events", "storyline", "package root"),
    ("storyline.newthing", "storyline.types", "no layer"),
])
def test_a_wrong_import_is_reported(src, dst, why):
    found = violations({src: {dst}})
    assert found and why in found[0]


@pytest.mark.parametrize("src, dst", [
    ("storyline.resolve.dating", "storyline.analyse.timex"),
    ("storyline.render.timeline", "storyline.resolve.dating"),
    ("storyline.cli", "storyline.serve"),
    ("storyline.serve.jobs", "storyline.pipeline"),
    ("storyline.clean.noise", "storyline.clean.dateline"),
])
def test_a_downward_import_is_not_reported(src, dst):
    assert violations({src: {dst}}) == []


def test_relative_imports_resolve_to_modules(tmp_path):
    pkg = tmp_path / "storyline" / "render"
    pkg.mkdir(parents=True)
    (tmp_path / "storyline" / "__init__.py").write_text("")
    (pkg / "__init__.py").write_text("")
    (pkg / "files.py").write_text("")
    (tmp_path / "storyline" / "schema.py").write_text("")
    (pkg / "html.py").write_text("from . import files\nfrom ..resolve import profiles\nfrom .. import __version__\n\n"
                                "def f():\n    from .. import schema\n")
    g = graph_of(tmp_path)
    assert g["storyline.render.html"] == {"storyline.render.files", "storyline.resolve", "storyline.schema"}
