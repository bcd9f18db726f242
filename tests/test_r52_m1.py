"""Round fifty-two, mender m1: in-sample mends of the seed-167 audit's speakers (issue 18):
FNC-1 c047 Q8/Q9 (a he/him resolved to an outlet), c052 Q4 (a "with X confirming" absolute given
to the main clause's subject), c048 Q4 (a person's span cut to its last word after a title), and
two open notes of c044 (Q13: "they" shown as a group when a body stands nearer; Q8: an "as
alleged by" cue given a noun of the words reported).

Each rule has a test that fails on the base code and a must-not-fire twin, on short texts written
for the test (a name like the article's at most). Every text here is invented.
"""

from __future__ import annotations

from pipeline_helpers import analysed, shown_speaker
from pipeline_helpers import quote_holding as _quote

from storyline.analyse import entities, speakers
from storyline.analyse import nlp as a_nlp
from storyline.types import Mention

# --- c047 Q8/Q9: a he/him never stands for a news outlet's name -------------------------------------

TEACHER = ("A teacher has told his class he is gay, after a pupil asked him about the word.\n\n"
           "The teacher, in his interview to Pink News, revealed that during the week he learnt a disturbing fact.\n\n"
           '"I asked who thought it was wrong. Almost every hand went up," he said.\n\n'
           "He asked the headmaster for permission to allow him to tell the class about his partner so as to "
           '"explain what the word means." And he said, "the reaction was fantastic," The Independent reports.\n')


def test_a_he_never_stands_for_an_outlet_whose_first_word_is_a_first_name():
    a = analysed(TEACHER)
    for words in ("explain what the word means", "the reaction was fantastic"):
        for q in a.quotes:
            if words in q.text:
                assert shown_speaker(a, q) != "Pink News"
                assert q.antecedent_mention is None or a.mentions[q.antecedent_mention].text != "Pink News"


def test_a_name_with_an_outlet_word_is_no_mistyped_person():
    w = speakers.weights()
    assert not speakers._mistyped_person("Pink News", "ORG", "m", w)
    assert not speakers._mistyped_person("Tony Radio", "ORG", "m", w)


def test_a_mistyped_name_with_no_outlet_word_is_still_a_person():
    w = speakers.weights()
    assert speakers._mistyped_person("Connie Hart", "ORG", "f", w)
    assert speakers._mistyped_person("John Pink", "ORG", "m", w)


# --- c052 Q4: "with X confirming that ...": X says it -----------------------------------------------


def test_a_with_absolute_cue_is_said_by_its_own_noun():
    a = analysed("Acme is preparing to launch its first phone, with CEO Jane Roe last week confirming that the "
                 "company would begin selling the devices from April.\n")
    q = _quote(a, "begin selling")
    assert shown_speaker(a, q) == "Jane Roe"


def test_a_cue_after_a_comma_set_with_phrase_keeps_the_main_subject():
    a = analysed("Acme met with investors on Monday, saying that the company would sell the devices from April.\n")
    q = _quote(a, "sell the devices")
    assert q.speaker_text == "Acme"


def test_two_joined_in_a_with_absolute_stay_open():
    a = analysed("Acme is preparing to launch its first phone, with Jane Roe and Tom Keller last week confirming "
                 "that the company would sell the devices from April.\n")
    q = _quote(a, "sell the devices")
    assert shown_speaker(a, q) is None and q.speaker_text != "Acme"


# --- c048 Q4: a title, then the whole name --------------------------------------------------------


def _cut_person(text: str, name: str) -> Mention:
    """The mention of ``name`` as NER cut it to its last word, extended by the rule."""
    sdoc = a_nlp.load()(text)
    last = name.split()[-1]
    start = text.index(name) + len(name) - len(last)
    m = Mention(start=start, end=start + len(last), text=last, label="PERSON", sentence=0)
    entities._extend_person(sdoc, m)
    return m


def test_a_title_then_a_name_cut_to_its_last_word_takes_the_whole_name():
    m = _cut_person("Acme CFO Wong Wai Ming said in January that the phone maker was under consideration.",
                    "Wong Wai Ming")
    assert m.text == "Wong Wai Ming"
    a = analysed("Acme results were strong.\n\nAcme CFO Wong Wai Ming said in January that the phone maker was "
                 "under consideration.\n")
    assert shown_speaker(a, _quote(a, "under consideration")) == "Wong Wai Ming"


def test_no_title_before_the_cut_name_leaves_it_as_cut():
    m = _cut_person("The Acme Wong Wai Ming said in January that the phone maker was under consideration.",
                    "Wong Wai Ming")
    assert m.text == "Ming"


# --- c044 Q13: "they" after a body named between it and a group ------------------------------------


def test_they_is_open_when_a_body_subject_stands_between_it_and_the_group():
    a = analysed('The monitor said Acme Corp "has forced the traders to pay 2.5% of each sale."\n\n'
                 "When the traders told Acme Corp officials that they already give money to the poor, Acme Corp did "
                 "not exempt them from paying.\n\n"
                 '"Money paid without reference to the office is charity, but it does not exempt traders," they '
                 "explained.\n")
    q = _quote(a, "Money paid")
    assert q.speaker_text != "the traders" and shown_speaker(a, q) is None


def test_they_after_a_group_with_no_body_between_is_still_the_group():
    a = analysed("Several traders said Acme Corp would raise its fees.\n\n"
                 '"The fees are charity, but they are not a tax," they said.\n')
    assert _quote(a, "not a tax").speaker_text == "Several traders"
    a = analysed('Acme Corp cut jobs on Monday.\n\n"We must cut costs," they said.\n')
    q = _quote(a, "cut costs")
    assert a.mentions[q.antecedent_mention].text == "Acme Corp"


# --- c044 Q8: "..., as alleged by X": X, never a noun of the words reported -------------------------


def test_an_as_alleged_by_cue_is_said_by_its_agent():
    a = analysed("The press center said the group announced that its treasurer had fled.\n\n"
                 "The center said that «the amount stolen by the treasurer was meant to reach the poor», as alleged "
                 "by the group.\n")
    q = _quote(a, "the amount stolen")
    assert q.speaker_text == "the group"


def test_an_agent_on_another_participle_does_not_take_the_cue():
    a = analysed("Acme cut prices.\n\nJane Roe, as quoted by the Gazette, said that the amount was meant to reach "
                 "the poor.\n")
    assert shown_speaker(a, _quote(a, "meant to reach")) == "Jane Roe"



def test_an_as_reported_by_agent_under_a_saying_clause_only_relays():
    a = analysed('Acme cut jobs.\n\n"We will grow again," Tom Keller noted in an interview, as reported by the Gazette.\n')
    assert shown_speaker(a, _quote(a, "grow again")) == "Tom Keller"


def test_an_outlet_name_is_a_rival_never_the_choice():
    a = analysed(TEACHER)
    q = _quote(a, "explain what the word means")
    assert q.speaker_confidence == 0.0 and "news outlet's name" in (q.speaker_evidence or "")
