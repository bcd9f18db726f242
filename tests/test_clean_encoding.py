"""Decoding bytes and repairing mojibake."""

from __future__ import annotations

import codecs

import pytest

from storyline.clean import encoding
from storyline.ingest import decode

TEXT = "Huawei’s “profit” rose — the café said naïvely, 5 € more."


def test_utf8_passes_without_warning():
    assert decode.decode(TEXT.encode("utf-8"), "a.txt") == (TEXT, [])


@pytest.mark.parametrize("bom,codec", [(codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")])
def test_byte_order_marks(bom, codec):
    text, warnings = decode.decode(bom + TEXT.encode(codec), "b.txt")
    assert text == TEXT and warnings == []


def test_utf16_without_bom():
    text, warnings = decode.decode(TEXT.encode("utf-16-le"), "c.txt")
    assert text == TEXT
    assert warnings and "c.txt" in warnings[0]


def test_cp1252_is_detected_and_reported():
    text, warnings = decode.decode(TEXT.encode("cp1252"), "d.txt")
    assert text == TEXT
    assert warnings and "cp1252" in warnings[0] and "d.txt" in warnings[0]


def test_latin1_western_text():
    raw = "Le café de la gare était fermé à Noël, a déclaré le maire.".encode("latin-1")
    text, warnings = decode.decode(raw, "e.txt")
    assert text == "Le café de la gare était fermé à Noël, a déclaré le maire."
    assert warnings


@pytest.mark.parametrize("data", [bytes(range(256)) * 8, b"\x89PNG\r\n\x1a\n" + b"\x00\x10\x02\xff" * 200])
def test_binary_data_raises_naming_the_file(data):
    with pytest.raises(ValueError, match="image.bin"):
        decode.decode(data, "image.bin")


def test_empty_bytes():
    assert decode.decode(b"", "f.txt") == ("", [])


def test_repair_fixes_mojibake():
    broken = TEXT.encode("utf-8").decode("cp1252", errors="replace")
    assert broken != TEXT
    fixed = encoding.repair("Huawei’s profit — café".encode().decode("cp1252"))
    assert fixed == "Huawei’s profit — café"


def test_repair_rewrites_nothing_else():
    for text in [
        TEXT,
        "Tom &amp; Jerry <b>bold</b> &lt;tag&gt;",
        "“Curly” and 'straight' quotes stay; ﬁ ligature and ＦＵＬＬ width stay.",
        "e\u0301 (decomposed) stays decomposed",
        "plain ascii text",
    ]:
        assert encoding.repair(text) == text


def test_repair_normalises_line_breaks():
    assert encoding.repair("one\r\ntwo\rthree") == "one\ntwo\nthree"
