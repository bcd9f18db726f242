"""Round fifty-six, mender m1: in-sample mends of the seed-171 audit's quotes that were no
statement (issue 18): FNC-1 c094 Q1 (a craze's name in marks before "trend", given to the man
"revealing" what it is), c089 Q4 (the name a page "calls itself", given to the place the relative
"that" was hung on), c089 Q2 ('"...," reads the headline': a website's headline) and c104 Q5
("..., which may explain his desire to ...": the writer's guess, shown as a quote of "which").

Each rule has a test that fails on the base code and a must-not-fire twin, on short texts written
for the test (a name or a figure like the article's at most). Every text here is invented.

Census (whole per-document stage, base against these rules, on the texts a prefilter could touch:
a reflexive before a mark, a headline or title word, a headline-cased quotation before a
lower-case word, "which/this/that" and a modal before a verb of inference): FNC-1 and PolNeAR
train 301-840, 139 texts, 1,966 -> 1,962 quotes, the four items and nothing else; Timeline17 dev,
245 texts, 3,974 -> 3,973, the one gone "..., Halliburton reported, which would suggest that it
was not fulfilling its role ..." (speaker "which", open: the writer's inference).
"""

from __future__ import annotations

from pipeline_helpers import analysed, shown_speaker
from pipeline_helpers import quotes_holding as _holding

LEAD = "Port news\n\nThe mayor met the crews on Monday.\n\n"



def _shown(a):
    return [(q.text, q.cue, q.kind) for q in a.quotes]


# --- c094 Q1: a headline-cased name in marks right before a common noun (quotes._label_before_noun) --

def test_a_name_in_marks_before_a_noun_is_no_quote():
    a = analysed(LEAD + "Speaking to officials last week, former contractor John Doe stunned his employers by "
                 'revealing the hugely popular "Toy in a Box" trend is actually a spying operation run by the agency.\n')
    assert not [q for q in a.quotes if q.text == "Toy in a Box"], _shown(a)


def test_twin_a_name_in_marks_before_a_pronoun_stays():
    a = analysed(LEAD + '"Stop The Count Now" he shouted at the crowd.\n')
    assert [q for q in a.quotes if q.text == "Stop The Count Now"], _shown(a)


def test_twin_a_name_in_marks_before_a_time_word_stays():
    a = analysed(LEAD + 'Roe told the crews "Stop The Count Now" yesterday.\n')
    assert [q for q in a.quotes if q.text == "Stop The Count Now"], _shown(a)


# --- c089 Q4: the name a subject calls itself (quotes._self_name) -----------------------------------

def test_the_name_a_page_calls_itself_is_no_quote():
    a = analysed("Gun page\n\nA pro-gun Facebook page in the United States that calls itself \u201cPatriots Against "
                 "Tax Hikes\u201d has also shared the photo, suggesting that it shows a group of teachers.\n")
    assert not _holding(a, "Patriots Against Tax Hikes"), _shown(a)


def test_twin_a_name_given_to_another_stays():
    a = analysed(LEAD + 'Jane Roe calls the plan "The Worst Deal Ever Made" and says it will fail.\n')
    q = [x for x in a.quotes if x.text == "The Worst Deal Ever Made"]
    assert q and shown_speaker(a, q[0]) == "Jane Roe", _shown(a)


# --- c089 Q2: a quotation handed over by a headline (quotes._headline_quoted) -----------------------

def test_a_headline_that_reads_is_no_quote():
    a = analysed(LEAD + "The post is shared widely. \u201cAnother bank raid stopped by brave shoppers,\u201d reads "
                 "the headline.\n")
    assert not _holding(a, "bank raid stopped"), _shown(a)


def test_a_headline_that_said_is_no_quote():
    a = analysed(LEAD + "The post is shared widely. Its headline said: \u201cAnother bank raid stopped by brave "
                 "shoppers.\u201d\n")
    assert not _holding(a, "bank raid stopped"), _shown(a)


def test_twin_a_tweet_that_reads_stays():
    a = analysed(LEAD + "The post is shared widely. \u201cAnother bank raid stopped by brave shoppers,\u201d read "
                 "a typical tweet.\n")
    assert _holding(a, "bank raid stopped"), _shown(a)


# --- c104 Q5: "which may explain ...", the writer's guess at a cause (quotes._modal_inference) -------

VOTE = "Vote story\n\nRoe ran a similar campaign to Smith\u2019s bid. Smith is no fan of a loser, which {tail}.\n"


def test_which_may_explain_is_the_writers_guess():
    a = analysed(VOTE.format(tail="might explain why he now backs Jones"))
    assert not [q for q in a.quotes if q.cue == "explain"], _shown(a)


def test_which_might_suggest_on_a_clause_is_the_writers_guess():
    a = analysed(LEAD + "The port lost money last year, which might suggest that the fees were too low.\n")
    assert not _holding(a, "the fees were too low"), _shown(a)


def test_twin_which_on_a_company_stays():
    a = analysed(LEAD + "Acme Corp, which could explain that the delay was caused by the storm, has not answered.\n")
    q = _holding(a, "the delay was caused by the storm")
    assert q and shown_speaker(a, q[0]) == "Acme Corp", _shown(a)
