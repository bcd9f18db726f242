"""Round fifty-three, mender m1: in-sample mends of the seed-168 audit's wrong speakers (issue 18):
FNC-1 c054 Q2 (a tweet an outlet "quoted X as supposedly tweeting" given to X), c055 Q6 (a "she"
resolved to a name written before "girl"), c056 Q2 and c065 Q6 (the one told, the object of "told",
taken for the speaker), c065 Q3 ("According to Reuters Mr Roe also met ...": the claim given to the
person it is about).

Each rule has a test that fails on the base code and a must-not-fire twin, on short texts written
for the test (a name like the article's at most). Every text here is invented.
"""

from __future__ import annotations

from pipeline_helpers import analysed, hand_scene, shown_speaker
from pipeline_helpers import quote_holding as _quote

from storyline.analyse import speakers

# --- c054 Q2: words an outlet "quoted X as supposedly" saying are not surely X's (_doubted_cue) ------

DOUBTED = ("Singer denies tweet\n\n"
           "Several websites reported on Monday that the actress Maria Lopez had spoken about the scandal. "
           'Gossip sites quoted Lopez as supposedly tweeting, "Nothing stays hidden forever!"\n\n'
           "Lopez did not send the tweet, and that is not her account.\n")


def test_a_tweet_quoted_as_supposedly_sent_is_given_to_no_one():
    a = analysed(DOUBTED)
    q = _quote(a, "Nothing stays hidden")
    assert shown_speaker(a, q) is None and q.speaker_text is None
    assert "doubts" in (q.speaker_evidence or "")


def test_twin_a_tweet_quoted_with_no_hedge_keeps_its_author():
    a = analysed(DOUBTED.replace("as supposedly tweeting", "as tweeting"))
    q = _quote(a, "Nothing stays hidden")
    assert shown_speaker(a, q) == "Lopez"


def test_a_plain_cue_hedged_by_supposedly_is_open_but_reportedly_is_not():
    a = analysed("Film flops\n\nThe actress Maria Lopez supposedly said that the film was a disaster.\n")
    assert shown_speaker(a, _quote(a, "the film was a disaster")) is None
    a = analysed("Film flops\n\nThe actress Maria Lopez reportedly said that the film was a disaster.\n")
    assert shown_speaker(a, _quote(a, "the film was a disaster")) == "Maria Lopez"


# --- c055 Q6: a he/she never stands for a name written before a noun (speakers._premodifier) --------

GIRL = ("Girl blames anger\n\n"
        "A 17-year-old Mpumalanga girl who threw paint on her teacher has blamed anger for her actions.\n\n"
        '"I never meant to hurt him. I was just angry and I wanted him to feel the pain," she told a local reporter.\n\n'
        "The girl cannot be named because she is a minor.\n")


def test_a_she_never_stands_for_a_name_written_before_girl():
    a = analysed(GIRL)
    q = _quote(a, "never meant to hurt him")
    assert shown_speaker(a, q) is None
    assert q.antecedent_mention is None or a.mentions[q.antecedent_mention].text != "Mpumalanga"


def test_twin_a_she_still_stands_for_the_girl_named():
    a = analysed(GIRL.replace("A 17-year-old Mpumalanga girl", "Thandi Mokoena, a 17-year-old girl")
                 .replace("has blamed", ", has blamed").replace("teacher ,", "teacher,"))
    assert shown_speaker(a, _quote(a, "never meant to hurt him")) == "Thandi Mokoena"


def test_a_person_tagged_premodifier_is_no_candidate():
    text = "A Soweto girl threw paint at her teacher. She said she was angry."
    sdoc, scene = hand_scene(text, [("Soweto", "PERSON", 0)])
    she = next(t for t in sdoc if t.text == "She")
    assert speakers.resolve_pronoun(scene, she).mention is None
    text = "Jan Soweto threw paint at her teacher. She said she was angry."
    sdoc, scene = hand_scene(text, [("Jan Soweto", "PERSON", 0)])
    she = next(t for t in sdoc if t.text == "She")
    assert speakers.resolve_pronoun(scene, she).mention == 0


# --- c056 Q2 / c065 Q6: the object of "told" is the one told, never the teller --------------------

SHOW = ("Veterans angry\n\n"
        "The plan is an insult to soldiers, who are essentially being told to give up their arms, Pete Hegseth, "
        'CEO of Concerned Veterans for America, told Fox News Channel\'s "The Evening Show."\n')
SOURCE = ("Secure line\n\n"
          "The Russians broached the idea of using a secure line between the White House and Russia, not Smith, "
          "a person close to the talks told Sky News.\n")


def test_the_show_told_is_never_the_speaker_and_the_name_before_the_title_is():
    a = analysed(SHOW)
    q = _quote(a, "insult to soldiers")
    assert shown_speaker(a, q) == "Pete Hegseth"
    assert "Hegseth" not in q.text and q.text.endswith("give up their arms")


def test_the_outlet_told_is_never_the_speaker_and_the_source_is_open():
    a = analysed(SOURCE)
    q = _quote(a, "secure line")
    assert shown_speaker(a, q) is None and q.speaker_text == "a person close to the talks"
    assert "a person close" not in q.text and q.text.endswith("not Smith")


def test_twin_a_said_with_a_name_after_it_still_takes_the_name():
    a = analysed("Veterans angry\n\nThe plan is an insult to soldiers, said Pete Hegseth, a former officer.\n")
    assert shown_speaker(a, _quote(a, "insult to soldiers")) == "Pete Hegseth"


def test_twin_a_told_with_its_subject_keeps_it():
    a = analysed("Veterans angry\n\nThe order is humiliating to soldiers, John Miller, head of Veterans United, "
                 "told ABC News.\n")
    assert shown_speaker(a, _quote(a, "humiliating")) == "John Miller"


def test_a_negated_name_before_the_source_is_never_the_speaker():
    a = analysed("Secure line\n\nDuring the talks the Russians raised the idea of a private channel between the "
                 "Trump team and Moscow, not Kushner, a source familiar with the matter told Fox News.\n")
    q = _quote(a, "private channel")
    assert shown_speaker(a, q) is None and q.speaker_text == "a source familiar with the matter"
    assert q.text.endswith("not Kushner")


def test_twin_a_name_with_its_title_in_apposition_still_speaks():
    a = analysed("Secure line\n\nThe talks went well, Jan Kowalski, a senior diplomat, told Fox News.\n")
    assert shown_speaker(a, _quote(a, "talks went well")) == "Jan Kowalski"


# --- c065 Q3: "According to Reuters Mr Roe also met ...": Reuters's claim (_subject_in_source) -------

MET = ("Banker meeting\n\nThe White House said the meeting was normal.\n\n"
       "According to Reuters Mr Kushner also met Sergei Gorkov, the head of a state bank, at Trump Tower in "
       "December. The bank is under sanctions.\n")


def test_according_to_a_source_run_into_the_subject_gives_the_source():
    a = analysed(MET)
    q = _quote(a, "Gorkov")
    assert shown_speaker(a, q) == "Reuters" and q.text.startswith("Mr Kushner also met")


def test_according_to_a_source_the_tagger_glued_to_the_subject_is_open():
    a = analysed(MET.replace("Kushner also met Sergei Gorkov", "Smith also met Ivan Petrov")
                 .replace("Trump Tower", "the hotel"))
    q = _quote(a, "Petrov")
    assert shown_speaker(a, q) is None and q.speaker_text == "Reuters"
    assert q.text.startswith("Mr Smith also met")


def test_twin_according_to_a_titled_person_with_a_comma_stays_his():
    a = analysed("Banker meeting\n\nAccording to Mr Kushner, the bank also met Sergei Gorkov at Trump Tower in "
                 "December.\n")
    q = _quote(a, "Gorkov")
    assert shown_speaker(a, q) == "Kushner" and q.text.startswith("the bank")


def test_twin_according_to_a_source_before_a_subject_keeps_the_clause():
    a = analysed("Banker meeting\n\nAccording to Reuters the bank also met Sergei Gorkov at Trump Tower in "
                 "December.\n")
    q = _quote(a, "Gorkov")
    assert shown_speaker(a, q) == "Reuters" and q.text.startswith("the bank")


def test_twin_a_source_name_the_content_was_cut_into_elsewhere_keeps_its_speaker():
    # the content's "on Sunday" start is another path's cut (base behaviour), no split of a swallowed
    # subject: the speaker stays the outlet named (the census's c030 texts; right -> open before the guard)
    a = analysed("Wounded\n\nAccording to the Mail on Sunday, quoting a nurse, the men were taken to hospital and "
                 "then driven to the city.\n")
    q = _quote(a, "taken to hospital")
    assert shown_speaker(a, q) == "Mail on Sunday"


def test_twin_a_person_named_before_his_premodifier_mention_keeps_his_he():
    # the person is named properly first; only his nearest mention is a word before a noun
    # ("Sanders supporters" in the PolNeAR census): the he stays his
    a = analysed("Rally\n\nJan Kowalski spoke at the rally on Monday. Kowalski supporters cheered for an hour.\n\n"
                 '"We will win this state," he said.\n')
    assert shown_speaker(a, _quote(a, "We will win")) == "Jan Kowalski"


def test_only_premodifier_reads_every_mention_of_the_person_before_the_pronoun():
    # the pick's own mention a modifier ("Kowalski supporters") but the person named properly before:
    # not open (the PolNeAR census's "Sanders supporters", "gave Beck new impetus"); named only so: open
    text = "Jan Kowalski spoke on Monday. Kowalski supporters cheered. He said so."
    sdoc, scene = hand_scene(text, [("Jan Kowalski", "PERSON", 0), ("Kowalski", "PERSON", 1)])
    scene.candidates[1].context.ref = 0
    pos = text.index("He said")
    assert speakers._premodifier(scene.span(1))
    assert not speakers._only_premodifier(scene, 1, pos)
    sdoc, scene = hand_scene(text, [("Kowalski", "PERSON", 1)])
    assert speakers._only_premodifier(scene, 0, pos)
