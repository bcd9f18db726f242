"""storyline: turn a pile of news articles about one subject into a sourced, dated story.

The Python API (docs/api.md)::

    import storyline
    story = storyline.build(["articles/"], store="story.db")   # -> storyline.Story
    story = storyline.load("out/")       # a story.json, an output folder or a store
    frames = story.to_frames()           # pandas DataFrames, one per item type

``storyline.build`` is ``storyline.api.build``; the build stage it runs is the module
``storyline.builder`` (``BuildOptions``, ``StrictError``, ...). The names are loaded on
first use, so ``import storyline`` stays light.
"""

__version__ = "0.1.0"

__all__ = ["Story", "StrictError", "build", "load"]


def __getattr__(name: str):
    if name in ("Story", "build", "load"):
        from . import api

        return getattr(api, name)
    if name == "StrictError":
        from .builder import StrictError

        return StrictError
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
