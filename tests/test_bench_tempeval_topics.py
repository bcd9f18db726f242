"""bench/tempeval_topics.py: TimeML articles laid out as Timeline17 topics for the audit (round
thirty-nine). Small TimeML files written here, in TBAQ-cleaned's shape."""

from __future__ import annotations

import pytest
from benchmod import BENCH, bench
from hypothesis import given
from hypothesis import strategies as st

tt = bench("tempeval_topics")

TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>{docid}</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="{dct}" functionInDocument="CREATION_TIME">{dct}</TIMEX3></DCT>
<TITLE>{title}</TITLE>
<EXTRAINFO>
BC-Harbour-Fire, 2nd Ld-Writethru
Eds: UPDATES with toll
</EXTRAINFO>
<TEXT>

PORTVILLE (AP) _

A fire <EVENT eid="e1" class="OCCURRENCE">destroyed</EVENT> two
warehouses at the harbour <TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3>, officials said.

``Nobody was hurt,'' the mayor said.
</TEXT>
</TimeML>
"""


def _write(folder, name, docid="APW19980807.0261", dct="1998-08-08", title="Fire at the harbour"):
    folder.mkdir(parents=True, exist_ok=True)
    p = folder / f"{name}.tml"
    p.write_text(TML.format(docid=docid, dct=dct, title=title), encoding="utf-8")
    return p


def test_an_article_is_its_title_then_its_paragraphs_one_to_a_line_tags_and_wire_header_gone(tmp_path):
    docid, day, text = tt.read_tml(_write(tmp_path / "AQUAINT", "a"))
    assert docid == "APW19980807.0261"
    assert text.splitlines() == [
        "Fire at the harbour",
        "PORTVILLE (AP) _",
        "A fire destroyed two warehouses at the harbour Friday, officials said.",
        "``Nobody was hurt,'' the mayor said.",
    ]
    assert "Writethru" not in text and "Eds:" not in text


def test_the_day_is_the_wire_day_in_the_id_not_the_creation_time(tmp_path):
    _, day, _ = tt.read_tml(_write(tmp_path / "AQUAINT", "a", docid="APW19980807.0261", dct="1998-08-08"))
    assert day == "1998-08-07"


def test_an_id_without_a_day_takes_the_creation_time_its_hour_dropped(tmp_path):
    _, day, _ = tt.read_tml(_write(tmp_path / "TimeBank", "w", docid="wsj_0006", dct="1989-11-02T13:37"))
    assert day == "1989-11-02"
    # an id whose digits are no day (a month 19) falls back too
    _, day, _ = tt.read_tml(_write(tmp_path / "TimeBank", "x", docid="APW19981907.0001", dct="1998-07-19"))
    assert day == "1998-07-19"


def test_no_day_at_all_is_an_error_naming_the_file(tmp_path):
    p = _write(tmp_path / "TimeBank", "w", docid="wsj_0006", dct="1989-11")
    with pytest.raises(ValueError, match=str(p)):
        tt.read_tml(p)


def test_a_file_that_is_not_timeml_is_an_error_naming_it(tmp_path):
    p = tmp_path / "AQUAINT" / "bad.tml"
    p.parent.mkdir()
    p.write_text("<TimeML><TEXT>unclosed", encoding="utf-8")
    with pytest.raises(ValueError, match="bad.tml"):
        tt.read_tml(p)


def test_lay_out_writes_one_topic_per_corpus_by_day_and_refuses_the_repository(tmp_path):
    data = tmp_path / "data"
    _write(data / "AQUAINT", "a")
    _write(data / "TimeBank", "w", docid="wsj_0006", dct="1989-11-02")
    counts = tt.lay_out(data, tmp_path / "out")
    assert counts == {"tbaq_aquaint": 1, "tbaq_timebank": 1}
    assert (tmp_path / "out/tbaq_aquaint/InputDocs/1998-08-07/APW19980807.0261.txt").is_file()
    assert (tmp_path / "out/tbaq_timebank/InputDocs/1989-11-02/wsj_0006.txt").is_file()
    with pytest.raises(ValueError, match="inside the repository"):
        tt.lay_out(data, BENCH / "tbaq-out")
    with pytest.raises(ValueError, match="no TimeML file"):
        tt.lay_out(tmp_path / "empty", tmp_path / "out2")


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=80))
def test_any_title_text_reads_as_one_line_without_tags(title):
    import xml.etree.ElementTree as ET

    root = ET.Element("TimeML")
    ET.SubElement(root, "TITLE").text = title
    body = ET.SubElement(root, "TEXT")
    body.text = "\nOne paragraph.\n"
    text = tt.article_text(root)
    lines = text.splitlines()
    assert lines[-1] == "One paragraph."
    assert all(line == " ".join(line.split()) and line for line in lines)
