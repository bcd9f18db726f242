"""Bytes to text: detect the encoding, then repair mojibake (placeholder)."""

from __future__ import annotations


def decode(data: bytes, name: str = "") -> tuple[str, list[str]]:
    """Decode bytes to str; returns (text, warnings)."""
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError:
        return data.decode("latin-1"), [f"{name}: not UTF-8, read as latin-1"]


def repair(text: str) -> str:
    return text
