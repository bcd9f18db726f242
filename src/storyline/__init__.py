"""storyline: turn a pile of news articles about one subject into a sourced, dated story."""

__version__ = "0.1.0"
