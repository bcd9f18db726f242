"""storyline: turn a pile of news articles about one subject into a sourced, dated story.

The Python API (docs/api.md)::

    import storyline
    story = storyline.build(["articles/"], store="story.db")   # -> storyline.Story
    story = storyline.load("out/")       # a story.json, an output folder or a store
    frames = story.to_frames()           # pandas DataFrames, one per item type

``storyline.build`` is also the module of the build stage (``storyline.build.BuildOptions``);
calling it builds a story (see ``storyline.api.build``). The names are loaded on first
use, so ``import storyline`` stays light.
"""

__version__ = "0.1.0"

__all__ = ["Story", "build", "load"]


def __getattr__(name: str):
    if name in ("Story", "load"):
        from . import api

        return getattr(api, name)
    if name == "build":  # the submodule, made callable at the end of build.py
        import importlib

        return importlib.import_module(".build", __name__)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
