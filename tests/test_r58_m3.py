"""Round fifty-eight, mender m3: the brief on the seed-172 and seed-173 audits of 181 web pages
read as one feed (issue 23), sentences judged not informative.

- seed 173 B5: a question closed inside its quote marks, no one said to ask it (``_reads_alone``);
- seed 173 B1, seed 172 B6: an imperative opening the sentence with no "you" (a call to buy, a
  segue: ``addressed_to_reader``);
- seed 173 B13: "all of that" as an object, the only noun before it the clause's own subject
  (``dangling_demonstrative``, ``_own_subject``);
- seed 172 B21, seed 173 B17: a bare definite description of one person or thing of a kind
  many share as the main subject, "The envoy", "The all-new sedan" (``bare_definite_subject``);
- seed 173 B20: a fragment whose main clause has no verb, only a clause inside it
  (``verbless_main_clause``).

Sentences are invented (a name or a figure at most from the pages).
"""

from __future__ import annotations

from test_brief import analysis
from test_brief_trust import corpus_of

from storyline.resolve import brief


def _barred(text: str) -> dict[str, str | None]:
    return {c.text: c.barred for c in brief.candidates(corpus_of([analysis("d1", text, "2019-11-18")]))}


# --- B5: a question in quote marks ---------------------------------------------------------------

def test_a_question_in_quote_marks_no_one_asks_is_barred():
    text = 'Corvane launched its streaming service on Tuesday. First, "Is streaming the future of play?"\n'
    why = _barred(text)['First, "Is streaming the future of play?"']
    assert why and "question" in why


def test_a_question_someone_is_said_to_ask_is_not_barred_for_it():
    text = 'Corvane launched its streaming service on Tuesday. The senator asked, "Is streaming the future of play?"\n'
    why = _barred(text)['The senator asked, "Is streaming the future of play?"']
    assert not why or "question in quote marks" not in why


# --- B1, B6: an imperative opening the sentence ---------------------------------------------------

def test_an_imperative_opening_the_sentence_tells_no_fact():
    for s in ("Score the Corvane Watch right now for the lowest price ever.",
              "Enter Vermont to throw down the gauntlet.",
              "Consider the case of the harbour at Port Ellery."):
        assert brief.addressed_to_reader(s), s


def test_a_statement_or_a_fronted_phrase_is_no_imperative():
    for s in ("Corvane cut the price of its watch to $169 on Monday.",
              "Vermont launched a new slogan for its campaign on Monday.",
              "To see the map, readers can visit the city's website.",
              "Police say the harbour was closed on Monday."):
        assert brief.addressed_to_reader(s) is None, s


# --- B13: "all of that" after the clause's own subject -------------------------------------------

def test_all_of_that_after_only_its_own_subject_points_back():
    assert brief.dangling_demonstrative("Corvane finally delivered all of that with its new earphones.")
    assert brief.dangling_demonstrative("The minister welcomed much of this on Monday.")


def test_a_noun_before_in_another_role_still_says_what_that_is():
    assert brief.dangling_demonstrative("Investors wanted growth, but the firm could not promise that.") is None
    assert brief.dangling_demonstrative("Corvane cut its costs and the board welcomed all of that.") is None
    assert brief.dangling_demonstrative("Roe called this a win for the town.") is None  # a bare object: round 34's


# --- B17, B21: a bare definite description as the subject -----------------------------------------

def test_a_bare_definite_role_or_product_subject_does_not_say_which_one():
    assert brief.bare_definite_subject("The envoy is likely to face tough questions from lawmakers on Wednesday.")
    assert brief.bare_definite_subject("The all-new sedan is set to go on sale in the US in late January.")


def test_a_description_that_says_which_one_or_a_story_noun_is_not_read():
    for s in ("The envoy to the European Union is likely to face tough questions on Wednesday.",
              "The Corvane sedan is set to go on sale in the US in late January.",
              "The 2020 sedan is set to go on sale in the US in late January.",
              "The envoy, Gordon Roe, is likely to face tough questions on Wednesday.",
              "The government is likely to face tough questions from lawmakers on Wednesday.",
              "The doctor first diagnosed the man with a chest infection.",
              "After Roe landed in Kyiv, the envoy met the president."):
        assert brief.bare_definite_subject(s) is None, s


# --- B20: a verbless main clause ------------------------------------------------------------------

def test_a_fragment_with_a_verb_only_in_a_clause_inside_it_is_no_sentence():
    assert brief.verbless_main_clause("Maybe more marketing than you're comfortable with.")


def test_a_sentence_with_a_main_verb_is_not_read():
    for s in ("There is more marketing than most owners are comfortable with.",
              "Sales rose more than analysts had expected.",
              "More than 40 people died as the storm hit the coast."):
        assert brief.verbless_main_clause(s) is None, s


# --- seed 172's rebuilt brief: "you" as the main subject -------------------------------------------

def test_the_reader_as_the_main_subject_is_no_fact():
    assert brief.addressed_to_reader("You are putting yourself out there!")
    assert brief.addressed_to_reader("You have to ask yourself where the money went.")


def test_you_inside_a_quotation_or_not_the_subject_is_not_read():
    for s in ('"You can\'t win this one," Roe told the council on Monday.',
              "Corvane said the new watch would let you pay by phone.",
              "Roe said: \"You are putting yourself out there.\"",
              "If you want a refund, you must ask Corvane before Friday."):
        assert brief.addressed_to_reader(s) is None, s
