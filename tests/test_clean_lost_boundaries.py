"""A caption, headline, clip title or pull quote run into the next sentence with no stop
between, and an article sentence that lost its full stop (issue 16, round fifteen, 16r):
the line is split at the lost boundary and both pieces kept (nothing removed). Every text
here is invented; each must-split case has a must-keep-whole twin of the same surface."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.clean.noise import _segment, _split_lost_boundaries, clean_text

OPEN = "Port Ellery council said the harbour would reopen next week after the storm."
BODY = ("\n\nThe rescue team flew out on Monday with supplies for the flooded town."
        "\n\nOfficials said the airport was open again for relief flights carrying food and water.")


def _split(text: str) -> list[str]:
    return [u.text for u in _split_lost_boundaries(text, _segment(text))]


def _paras(line: str) -> list[str]:
    return clean_text(f"{OPEN}\n\n{line}{BODY}").text.split("\n\n")


def test_a_caption_run_into_a_sentence_is_split_off_and_kept():
    line = ("Jane Roe has been a member of the crew for twelve years "
            "The charity was set up in 1983 after a flood in the valley.")
    pieces = _split(f"{OPEN}\n\n{line}{BODY}")
    assert "Jane Roe has been a member of the crew for twelve years" in pieces
    assert "The charity was set up in 1983 after a flood in the valley." in pieces
    # in clean_text the caption, a present-tense clause with a noun subject, is now cut as a
    # caption (round seventeen, 16k: tests/test_clean_caption_clauses.py); the sentence stays
    c = clean_text(f"{OPEN}\n\n{line}{BODY}")
    assert [r.text for r in c.removed] == ["Jane Roe has been a member of the crew for twelve years"]
    assert "The charity was set up in 1983 after a flood in the valley." in c.text.split("\n\n")


def test_a_clip_title_run_into_a_sentence_is_split_off():
    # read on the units directly (in clean_text the older caption rule may cut such a head first)
    line = "Jane Roe promises Acme aid to flooded islands Most of the stranded visitors have now been flown home."
    pieces = _split(f"{OPEN}\n\n{line}")
    assert "Jane Roe promises Acme aid to flooded islands" in pieces
    assert "Most of the stranded visitors have now been flown home." in pieces


def test_a_common_word_capitalised_after_a_lower_case_word_is_no_boundary():
    # twin: a capitalised common word (written in lower case elsewhere) names a rite, not a new sentence
    line = "After the storm Father Jane Roe celebrated Mass at the harbour chapel for the lost crews."
    assert line in _split(f"{OPEN}\n\n{line}\n\nA mass of boats waited in the bay.")


def test_an_opener_after_a_capitalised_word_is_no_boundary():
    # twin: "Patient A" is a label, "Buy A ..." a headline's words
    for line in ("Patient A visited a clinic in Port Ellery with a fever on Monday morning.",
                 "Officials in Port Ellery said that Patient A visited a clinic with a fever on Monday."):
        assert line in _split(f"{OPEN}\n\n{line}")


def test_the_before_a_capitalised_word_is_no_boundary():
    # twin: "The" opens a band's name inside the sentence
    line = "The singer, who found fame with the folk trio The Ellery Boys, was born in Port Ellery in 1972."
    assert line in _split(f"{OPEN}\n\n{line}")


def test_a_sentence_after_a_figure_is_split_off():
    line = "The appeal has raised more than 40,000 It will pay for tents and clean water in the camps."
    assert "It will pay for tents and clean water in the camps." in _paras(line)


def test_two_lost_boundaries_in_one_line_are_both_split():
    line = ("Boats wait at the quay in the rain The ferry left at dawn with sixty people on board "
            "Many of them had spent two nights in the church hall.")
    paras = _paras(line)
    # (the head, a whole clause with no link to what follows, is cut as a caption by the
    # older rule, _split_glued_captions, which runs first)
    assert not any(p.startswith("Boats wait") and "ferry" in p for p in paras)
    assert "The ferry left at dawn with sixty people on board" in paras
    assert "Many of them had spent two nights in the church hall." in paras


# ---- must-keep-whole twins

def test_a_seam_inside_an_open_quotation_stays_whole():
    # twin: the capitalised opener stands inside the speaker's quotation
    line = '"We lost the boat and the nets The house went next, and then the road," Jane Roe said.'
    assert line in _paras(line)


def test_a_closing_quote_mark_before_the_seam_is_not_read_here():
    line = 'She called the plan "a disgrace" The council will vote on it again next month, officials said.'
    assert line in _paras(line)


def test_a_piece_of_fewer_than_three_words_stays_glued():
    # twin: too short before the seam to be a caption or a sentence ("Rescuers said It ...")
    line = "Rescuers said It was the worst storm to hit the valley in forty years."
    assert line in _paras(line)


def test_too_short_a_rest_stays_whole():
    line = "The ferry crew worked through the night The boats are safe."
    assert line in _paras(line)


def test_a_name_after_a_lower_case_word_is_no_boundary():
    # twin: a capitalised name (not an opener or a common word the text writes in lower case)
    line = "The crew of the lifeboat Mary Rose saved nine people from the water on Sunday."
    assert line in _paras(line)


def test_a_stop_before_the_capital_is_an_ordinary_boundary():
    line = "The ferry left at dawn. The crossing took four hours in heavy seas."
    assert line in _paras(line)


def test_a_text_not_in_english_is_not_read():
    line = ("La ville de Port Ellery a rouvert le port lundi matin apres la tempete du week-end "
            "Les bateaux sont revenus au quai dans la soiree avec les pecheurs.")
    text = f"Le port est ouvert.\n\n{line}\n\nLes pecheurs sont contents de la nouvelle."
    assert line in _split(text)


# ---- the split pieces hold the line's words in order; only a caption rule may cut one

_WORDS = st.sampled_from(["the", "boat", "crew", "left", "at", "dawn", "The", "It", "Many", "harbour",
                          "12", "said", "Jane", "Roe", "was", "closed", '"', "and", "Port", "Ellery"])


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(_WORDS, min_size=1, max_size=30), min_size=1, max_size=4))
def test_the_split_keeps_every_word_in_order(lines):
    text = "\n\n".join(" ".join(ws) for ws in lines)
    units = _segment(text)
    split = _split_lost_boundaries(text, units)
    assert " ".join(u.text for u in split).split() == " ".join(u.text for u in units).split()
    # a new piece is kept, or cut as a caption by one of the two furniture rules that read
    # split-off pieces (16s: said again in the text; 16b: verbless between two paragraphs)
    assert all(u.kind in (None, "caption") for u in split if u.start not in {v.start for v in units if v.kind is not None})


def test_an_opener_after_a_word_that_asks_for_more_is_no_boundary():
    # twin: "why" takes the clause after it (a pronoun capitalised for a deity)
    line = "Such floods put to the believers of Port Ellery once more the question of why He lets them come."
    assert line in _split(f"{OPEN}\n\n{line}")


def test_the_open_ends_list_is_read():
    from storyline.clean.noise import _open_ends

    assert {"why", "of", "that"} <= _open_ends() and "years" not in _open_ends()


def test_open_ends_are_the_data_lists_words_in_lower_case():
    # round sixteen (mend5): read through lexicon.words; the file is written in lower case
    from storyline import lexicon
    from storyline.clean import noise
    assert noise._open_ends() == lexicon.words("clean/open_ends.txt")
    assert all(w == w.lower() for w in noise._open_ends())
