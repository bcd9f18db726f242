"""bench/meantime_topics.py: MEANTIME's tokenised Wikinews articles rebuilt into text and laid
out as Timeline17 topics for the audit (round forty-one). Small files written here in MEANTIME's
shape (tokens with sentence numbers, a creation-time TIMEX3)."""

from __future__ import annotations

import pytest
from benchmod import BENCH, bench
from hypothesis import given
from hypothesis import strategies as st

mt = bench("meantime_topics")

SENTENCES = [
    ["Harbour", "firm", "wins", "order"],
    ["March", "3", ",", "2006"],
    ["The", "firm", "'s", "shares", "rose", "4", "%", "(", "to", "$", "12", ")", "."],
    ['"', "We", "are", "pleased", ",", '"', "the", "chief", "said", "."],
    ["``", "It", "is", "a", "record", ",", "''", "he", "added", ";", "it", "isn", "'", "t", "."],
    ["It", "is", "Wayne", "’", "s", "plane", "."],
]


def _xml(sentences, dct='value="2006-03-03"', fn="CREATION_TIME"):
    toks, n = [], 0
    for s, words in enumerate(sentences):
        for w in words:
            n += 1
            toks.append(f'<token number="{n - 1}" sentence="{s}" t_id="{n}">{w.replace("&", "&amp;")}</token>')
    return ('<?xml version="1.0" ?><Document doc_id="123" doc_name="123_Harbour" lang="en">\n' + "\n".join(toks)
            + f'\n<Markables><TIMEX3 functionInDocument="{fn}" m_id="9" type="DATE" {dct}/></Markables></Document>')


def _write(folder, name, **kw):
    folder.mkdir(parents=True, exist_ok=True)
    p = folder / f"{name}.xml"
    p.write_text(_xml(SENTENCES, **kw), encoding="utf-8")
    return p


def test_each_sentence_a_line_with_english_spacing_and_quotes_that_open_and_close(tmp_path):
    docid, day, text = mt.read_doc(_write(tmp_path / "corpus_airbus", "a"))
    assert (docid, day) == ("123", "2006-03-03")
    assert text.splitlines() == [
        "Harbour firm wins order",
        "March 3, 2006",
        "The firm's shares rose 4% (to $12).",
        '"We are pleased," the chief said.',
        "``It is a record,'' he added; it isn't.",
        "It is Wayne’s plane.",
    ]


def test_a_straight_quote_left_open_closes_in_a_later_sentence():
    text = mt.detokenise([['"', "One", "."], ["Two", ".", '"'], ["He", "said", '"', "three", '"', "."]])
    assert text.splitlines() == ['"One.', 'Two."', 'He said "three".']


def test_no_creation_time_takes_the_date_line_and_no_day_at_all_is_an_error_naming_the_file(tmp_path):
    _, day, _ = mt.read_doc(_write(tmp_path / "c", "b", fn="NONE", dct='value="2001-01-01"'))
    assert day == "2006-03-03"  # the date line, not a time the text mentions
    p = tmp_path / "c" / "d.xml"
    p.write_text(_xml([["Title"], ["Some", "words"]], fn="NONE"), encoding="utf-8")
    with pytest.raises(ValueError, match="d.xml"):
        mt.read_doc(p)


def test_a_file_that_is_not_xml_is_an_error_naming_it(tmp_path):
    p = tmp_path / "bad.xml"
    p.write_text("<Document><token", encoding="utf-8")
    with pytest.raises(ValueError, match="bad.xml"):
        mt.read_doc(p)


def test_lay_out_writes_one_topic_per_corpus_by_day_and_refuses_the_repository(tmp_path):
    data = tmp_path / "data"
    _write(data / "corpus_airbus", "a")
    _write(data / "corpus_apple", "b", dct='value="2007-01-09"')
    counts = mt.lay_out(data, tmp_path / "out")
    assert counts == {"mt_airbus": 1, "mt_apple": 1}
    assert (tmp_path / "out/mt_airbus/InputDocs/2006-03-03/123.txt").is_file()
    assert (tmp_path / "out/mt_apple/InputDocs/2007-01-09/123.txt").is_file()
    with pytest.raises(ValueError, match="inside the repository"):
        mt.lay_out(data, BENCH / "mt-out")
    with pytest.raises(ValueError, match="no MEANTIME file"):
        mt.lay_out(tmp_path / "empty", tmp_path / "out2")


@given(st.lists(st.lists(st.text(alphabet="ab,.()$%'\"`", min_size=1, max_size=3), min_size=1, max_size=6),
                max_size=5))
def test_any_tokens_give_one_trimmed_line_per_sentence_and_lose_no_character(sentences):
    text = mt.detokenise(sentences)
    lines = text.splitlines()
    kept = [s for s in sentences if "".join(s).strip()]
    assert len(lines) == len(kept)
    for line, toks in zip(lines, kept):
        assert line == line.strip()
        assert line.replace(" ", "") == "".join(toks).replace(" ", "")
