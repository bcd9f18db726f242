"""Language identification with langdetect (its profiles ship in the package)."""

from __future__ import annotations

import functools


@functools.lru_cache(maxsize=1)
def _factory():
    from langdetect import DetectorFactory

    DetectorFactory.seed = 0  # deterministic
    return DetectorFactory


def detect(text: str) -> str | None:
    """ISO 639-1 code, or None when there is too little text to tell."""
    sample = text[:5000]
    if sum(c.isalpha() for c in sample) < 20:
        return None
    from langdetect import detect as _detect
    from langdetect.lang_detect_exception import LangDetectException

    _factory()
    try:
        return _detect(sample)
    except LangDetectException:
        return None
