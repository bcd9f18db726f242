"""Round thirty-six, integrator's mends (issue 18), each rule with a must-not-fire twin: a tag after a
quotation whose subject the parse took from inside it names its speaker; a
cueless quotation with its own tag after it is not carried to the speaker before; a quotation
set between dashes is not an epigraph of the name after it; a cue subject the parse also makes
a preposition's object is not what speaks; a saying someone has to do is no statement; a kind of
body alone ("PAC") is no short name of the organisation its word begins. The texts are invented."""

from __future__ import annotations

from storyline.analyse import names
from storyline.pipeline import analyse_record
from storyline.types import Record


def _analyse(text: str):
    return analyse_record(Record(source="x.txt", text=text))


def _quote(a, start: str):
    hits = [q for q in a.quotes if q.text.startswith(start)]
    assert hits, [q.text for q in a.quotes]
    return hits[0]


def _who(a, q) -> str | None:
    return a.mentions[q.speaker_mention].text if q.speaker_mention is not None else None


_HOST = ("Donald Trump spoke to a television host on Monday.\n\n"
         "“We had a meeting, it was private,” Trump said.\n\n")


def test_a_cueless_quotation_tagged_by_another_name_stays_open():
    a = _analyse(_HOST + "“The paper is claiming today that you met them in May,” Hannity started.")
    q = _quote(a, "The paper is claiming")
    assert q.speaker_mention is None and "Hannity started" in (q.speaker_evidence or "")
    assert _who(a, _quote(a, "We had a meeting")) == "Trump"  # and it is not joined to his words


def test_twin_the_speaker_before_named_again_in_the_tag_is_not_a_rival():
    a = _analyse(_HOST + "“It was nothing at all, believe me,” Trump went on.")
    q = next(q for q in a.quotes if "It was nothing" in q.text)
    assert _who(a, q) == "Trump"


def test_twin_a_name_opening_narration_after_a_question_is_no_tag():
    a = _analyse("Jane Roe spoke on Monday.\n\n“We had a meeting, it was private,” Roe said.\n\n"
                 "“What was I going to do?” Nega put his house up for sale.")
    q = next(q for q in a.quotes if "What was I going to do" in q.text)
    assert "a tag follows it at once" not in (q.speaker_evidence or "")


def test_a_quotation_between_dashes_is_not_the_next_clause_subjects():
    a = _analyse("The governor spoke on Sunday. And although former governor John Doe lamented her habit "
                 "of gaffes - \"does she have to keep handing them so much ammunition?\" - Democrats in the "
                 "state who watched the debate said they were unfazed by the remark.")
    q = _quote(a, "does she have to keep")
    assert _who(a, q) != "Democrats"


def test_twin_an_epigraph_byline_with_a_description_names_its_speaker():
    a = _analyse("Voters at the fair gave their views.\n\n“He is fine by me.” ― John Doe, a voter in Ohio\n")
    assert _who(a, _quote(a, "He is fine by me")) == "John Doe"


def test_a_cue_subject_inside_an_unclosed_relative_clause_is_not_the_speaker():
    a = _analyse('"This new ad raises questions about whether voters can trust him on taxes," Jane Roe, '
                 "who is chairman of Our Values Pac said in a statement provided to the paper.")
    assert _who(a, _quote(a, "This new ad raises")) == "Jane Roe"


def test_twin_a_preposition_inside_the_name_is_the_names_own():
    a = _analyse('"We will win the bid on Monday," Bank of America said.')
    assert _who(a, _quote(a, "We will win the bid")) == "Bank of America"


def test_a_saying_someone_has_to_do_is_no_statement():
    for text in ("Jane Roe has to remind the party why she was the front-runner for a year.",
                 "Jane Roe needs to explain why the plan failed.",
                 "Jane Roe ought to tell the party that the plan failed."):
        a = _analyse(text)
        assert not [q for q in a.quotes if q.kind == "indirect"], (text, [q.text for q in a.quotes])


def test_twin_a_saying_that_was_done_or_reported_stays():
    a = _analyse("Jane Roe had to explain to the board that he could not send the letter.")
    assert _who(a, _quote(a, "that he could not send")) == "Jane Roe"
    a = _analyse("Jane Roe reminded the party why she was the front-runner for a year.")
    assert _who(a, _quote(a, "why she was the front-runner")) == "Jane Roe"


def test_a_kind_of_body_alone_is_no_short_name():
    assert not names.extends_org("pac", "pac priorities usa action")
    assert not names.extends_org("committee", "committee to protect reporters")


def test_twin_a_first_word_that_is_a_name_still_extends():
    assert names.extends_org("northrop", "northrop grumman")
    assert not names.extends_org("acme", "acme pac")  # "Acme PAC" is another body than Acme


def test_a_tag_whose_subject_the_parse_took_from_the_quotation_names_its_speaker():
    a = _analyse('The plan has become an abstraction.\n\n"They were allies, but also competitors," '
                 "Jane Q. Roe, the former chief of staff, said of their years together.")
    q = _quote(a, "They were allies")
    assert _who(a, q) == "Jane Q. Roe" and "named in the tag" in (q.speaker_evidence or "")


def test_twin_a_name_right_after_a_cue_that_follows_narration_is_no_tag():
    a = _analyse("She opposes \"across-the-board pay freezes\" and recalled Obama's three-year freeze on pay.")
    assert all(_who(a, q) != "Obama" for q in a.quotes)


def test_brief_an_it_before_an_indefinites_relative_clause_points_back():
    from storyline.resolve.brief import dangling_subject_it
    assert dangling_subject_it('"I guess it\'s simply something that I would never be keen to do," Roe said.')


def test_twin_brief_an_extraposed_clause_on_a_common_noun_still_abstains():
    from storyline.resolve.brief import dangling_subject_it
    assert dangling_subject_it('"I think it\'s a shame that he left," Roe said.') is None
    assert dangling_subject_it('"I think it is likely that the plan fails," Roe said.') is None


def test_brief_a_do_that_with_no_act_before_it_points_back():
    from storyline.resolve.brief import dangling_deed
    assert dangling_deed('"Only two people in this race have the skill and the record to do that," '
                         "said Jane Roe, a strategist.")
    assert dangling_deed("No one can do it for them.")


def test_twin_brief_a_do_that_after_an_act_or_told_by_a_participle_stays():
    from storyline.resolve.brief import dangling_deed
    assert dangling_deed("If you want to win the state, you have to do it early.") is None
    assert dangling_deed("Acme did it again, donating machines worth a million dollars to the relief effort.") is None


def test_twin_a_tag_name_run_gives_its_last_person_not_the_one_he_speaks_for():
    a = _analyse('Rubio spoke.\n\n"Debate recap," tweeted Rubio spokesman Alex Conant. "Then the rest of it."')
    assert _who(a, _quote(a, "Debate recap")) == "Alex Conant"
