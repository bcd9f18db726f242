"""Round fifty-two, mender m3: in-sample mends of quote contents (issue 18) and of the brief
(issue 23) that the seed-167 audit judged wrong (fnc1_c052 Q6, c047 Q10, c044 Q1, c046 Q14,
c050 Q14; c047 B7 and B1, c050 B4 and B7, c048 B5). Every rule has a test that fires (fails on
the base code) and a twin it must not fire on, each on a short invented text."""

from __future__ import annotations

from pipeline_helpers import quote_texts

# --- c052 Q6: a saying not yet made ("with the company yet to announce ...") ---

_PHONES = "The company launched three new phones on Tuesday.\n\n"


def test_yet_to_announce_is_no_statement():
    quotes = quote_texts(_PHONES + "The firm said the basic model will cost $199 in the US, with the company yet to "
                         "announce a European price for the larger model.\n")
    assert not any(t.startswith("a European price") for t in quotes)


def test_twin_already_announced_stays_a_statement():
    quotes = quote_texts(_PHONES + "The firm has already announced a European price for the larger model.\n")
    assert "a European price for the larger model" in quotes


# --- c047 Q10: a feeling the writer narrates ("the pupils felt there was ...") ---

_CLASS = "A teacher told his class he was gay.\n\n"


def test_narrated_past_feeling_is_no_statement():
    quotes = quote_texts(_CLASS + "He decided to come out to his class after learning that the pupils felt there was "
                         "something wrong about people who were different.\n")
    assert not any(t.startswith("there was something wrong") for t in quotes)


def test_twin_feeling_under_a_saying_and_present_feeling_stay():
    said = quote_texts(_CLASS + "The teacher said he felt there was something wrong about the way people who were "
                       "different were treated.\n")
    assert any(t.startswith("there was something wrong") for t in said)
    present = quote_texts(_CLASS + "The pupils feel there is something wrong about people who are different.\n")
    assert any(t.startswith("there is something wrong") for t in present)


# --- c044 Q1: the outlet a report cites is its source, not a claim ---

_FUNDS = "A treasurer ran off with the money last week.\n\nThe man took the funds to Turkey, the Daily Star newspaper reported, citing {obj}.\n"


def test_cited_outlet_is_no_content():
    quotes = quote_texts(_FUNDS.format(obj="Local Press Center news site"))
    assert "Local Press Center news site" not in quotes
    assert "The man took the funds to Turkey" in quotes


def test_twin_cited_reason_stays_the_content():
    assert "fears of a wider war" in quote_texts(_FUNDS.format(obj="fears of a wider war"))


# --- c046 Q14: a clause run on after "denied it" is not what was denied ---

_ATTACK = "A man was attacked in the village.\n\nHe had been accused of theft and {rest}\n"


def test_clause_after_a_pronoun_object_is_not_its_content():
    quotes = quote_texts(_ATTACK.format(rest="although he denied it police believe that the attack was a revenge assault."))
    assert not any(t.startswith("police believe") for t in quotes)


def test_twin_pronoun_subject_clause_and_that_clause_stay():
    quotes = quote_texts(_ATTACK.format(rest="although he denied it was true, police believe that the attack was a "
                                        "revenge assault."))
    assert "it was true" in quotes
    quotes = quote_texts(_ATTACK.format(rest="he denied that the attack was a revenge assault."))
    assert "that the attack was a revenge assault" in quotes


def test_twin_a_person_told_and_what_they_were_told_stay():
    quotes = quote_texts("The show was cancelled.\n\nThe paper talked to the studio, and they told us they are not "
                         "interviewing her.\n")
    assert "they are not interviewing her" in quotes


# --- c050 Q14: a headline-cased title set out after a colon ---

_BOY = "The boy was suspended twice this year.\n\n"


def test_title_after_a_colon_is_no_quote():
    quotes = quote_texts(_BOY + 'One suspension was for bringing his favorite book to school: "The Big Book of Facts."\n')
    assert not any("Big Book" in t for t in quotes)


def test_twin_sentence_after_a_colon_and_a_named_label_stay():
    quotes = quote_texts(_BOY + 'The school sent a letter home: "Your son broke the rules today."\n')
    assert any(t.startswith("Your son broke the rules") for t in quotes)
    quotes = quote_texts(_BOY + 'Principal Jane Roe: "We Will Not Back Down."\n')
    assert any(t.startswith("We Will Not Back Down") for t in quotes)


# --- the brief (issue 23) ---

from test_brief import analysis  # noqa: E402
from test_brief_reads_alone import BACKGROUND, told  # noqa: E402

from storyline.resolve import brief  # noqa: E402

_LEAD = "A nine-year-old girl wrote a letter to her teacher in Leeds after he told the class he was gay.\n\n"


def _picked(text: str) -> list[str]:
    return [x.text for x in told(analysis("aaaa", text))]


# c047 B7: a lead-in ending in a colon, its letter in the next paragraph

def test_a_colon_lead_in_alone_is_not_picked():
    line = "According to the Leeds Post, the girl's full letter reads:"
    picked = _picked(_LEAD + line + "\n\n\"Dear Mr Roe, you are a great teacher and I will always treat you the same.\"\n\n" + BACKGROUND)
    assert line not in picked and picked


def test_twin_a_sentence_ending_in_a_stop_is_picked():
    line = "According to the Leeds Post, the girl's full letter was read out at the school's assembly."
    picked = _picked(_LEAD + line + "\n\n" + BACKGROUND)
    assert line in picked


# c050 B4: a short line of getting in touch, leading in to the next paragraph's quotation

_SUSPENDED = "A six-year-old boy in Texas was suspended from school for a week after a row over a toy ring.\n\n"


def test_a_contact_lead_in_before_a_quotation_is_not_picked():
    line = "The Springfield Daily News followed up with the family."
    picked = _picked(_SUSPENDED + line + "\n\n\"My son has no magic powers at all,\" the boy's father told the paper.\n\n" + BACKGROUND)
    assert line not in picked and picked


def test_twin_a_contact_line_with_no_quotation_after_it_is_picked():
    line = "The Springfield Daily News followed up with the family."
    picked = _picked(_SUSPENDED + line + "\n\n" + BACKGROUND)
    assert line in picked


# c050 B7: the words of a refusal to comment, after the line that says so

_REFUSAL = "Principal Jane Greer declined to comment on the matter.\n\n"


def test_a_refusal_in_the_speakers_words_is_not_picked():
    line = "\"All matters about pupils are private,\" Greer said."
    picked = _picked(_SUSPENDED + _REFUSAL + line + "\n\n" + BACKGROUND)
    assert line not in picked and picked


def test_twin_another_speakers_quotation_after_a_refusal_is_picked():
    line = "\"All matters about pupils are private,\" Mayor Tom Hale said."
    picked = _picked(_SUSPENDED + _REFUSAL + line + "\n\n" + BACKGROUND)
    assert line in picked


# c047 B1: "Reading it ..." opening a quotation: the gerund's "it" points back

def test_a_gerunds_it_in_an_opening_quotation_dangles():
    assert brief.dangling_subject_it("\"Reading it brought tears to my eyes and it took me a while to calm down,\" Mr. Roe said.")


def test_twin_an_action_before_a_subject_it_or_a_named_thing_does_not():
    assert brief.dangling_subject_it("\"People talking, it is a game,\" Mr. Roe said.") is None
    assert brief.dangling_subject_it("\"Reading the note brought tears to my eyes,\" Mr. Roe said.") is None


# c048 B5: a variant cite must tell the same claim, not only name the same two parties

def _cand(doc: str, text: str) -> brief.Candidate:
    return brief.Candidate(doc, 0, len(text), text, 0, True)


def test_close_sentences_sharing_only_their_names_are_not_one_saying():
    a = _cand("aaaa", "Back in March we heard rumours that Acme were keen on buying Boltware, and according to a new "
              "report, Acme is still interested in the deal.")
    b = _cand("bbbb", "Whatever Acme has planned, we might well know this week as people close to the matter tip that "
              "Acme will make an offer for Boltware within days.")
    assert not brief._same_saying(a, b, 0.87)


def test_twin_two_wordings_of_one_claim_are_one_saying():
    a = _cand("aaaa", "A strong earthquake has hit the island of Marotia.")
    b = _cand("bbbb", "A powerful earthquake has struck a country called Marotia in the Pacific.")
    assert brief._same_saying(a, b, 0.87)
