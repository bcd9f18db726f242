"""What is not an event card (issue 17, item 3, round nine): questions, non-occurrences,
habits, suppositions and states stay mentions but get no undated card; a date keeps any card."""

from __future__ import annotations

import pytest


def _flags(nlp, text: str, published: str = "2011-03-20") -> dict[str, str | None]:
    from storyline import schema
    from storyline.analyse import events, parse, timex
    from storyline.types import DocAnalysis

    a = DocAnalysis(version="t", document=schema.Document(id="d", text=text, published=schema.Published(value=published, source="metadata")))
    sdoc = nlp(text)
    a.sentences = parse.sentences(sdoc, [])
    a.timexes = timex.extract(sdoc, a)
    a.events = events.extract(sdoc, a)
    return {e.trigger: e.not_event for e in a.events}


# (text, trigger, why): the clause is kept as a mention but flagged
_NOT_EVENTS = [
    pytest.param("Why were the schools closed so early?", "closed", "question", id="question"),
    pytest.param("The man was not named by the police.", "named", "negated", id="negated"),
    pytest.param("The company never repaired the pipeline.", "repaired", "negated", id="never"),
    pytest.param("No one was hurt in the fire.", "hurt", "nobody", id="no-subject"),
    pytest.param("The virus is usually spread by coughing.", "spread", "generic", id="habit"),
    pytest.param("Doctors asked whether the girl was infected by her brother.", "infected", "hypothetical", id="whether"),
    pytest.param("The man is expected to be released from hospital.", "released", "hypothetical", id="infinitive"),
    pytest.param("The rig looked as though it was struck by lightning.", "struck", "hypothetical", id="as-though"),
    pytest.param("Schools are closed across the city.", "closed", "state", id="present-passive"),
    pytest.param("The family lived in Cancun for years.", "lived", "state", id="state-verb"),
    # round eleven (17x): where something is, how old, the result a happening left, a condition
    pytest.param("Acme Corp, based in Port Ellery, makes pumps.", "based", "state", id="based-in"),
    pytest.param("Cases among people aged 18-30 rose sharply.", "aged", "state", id="aged"),
    pytest.param("Losses totalled $5 million over the year.", "totalled", "state", id="totalled"),
    pytest.param("Most of the pupils were already sent home.", "sent", "state", id="already-passive"),
    pytest.param("The roads were still blocked by debris.", "blocked", "state", id="still-passive"),
    pytest.param("When rebuilt, the school will hold 300 pupils.", "rebuilt", "hypothetical", id="when-rebuilt"),
]

# twins: the same shapes telling a happening
_EVENTS = [
    pytest.param("The schools were closed early.", "closed", id="statement-not-question"),
    pytest.param("The man was named by the police.", "named", id="not-negated"),
    pytest.param("The company repaired the pipeline.", "repaired", id="not-never"),
    pytest.param("Two firemen were hurt in the fire.", "hurt", id="a-subject"),
    pytest.param("The virus was spread by coughing at the party.", "spread", id="no-habit"),
    pytest.param("Doctors said the girl was infected by her brother.", "infected", id="no-whether"),
    pytest.param("The man was released from hospital.", "released", id="no-infinitive"),
    pytest.param("Schools are being closed across the city.", "closed", id="present-progressive"),
    pytest.param("Schools have been closed across the city.", "closed", id="present-perfect"),
    pytest.param("The family moved to Cancun.", "moved", id="a-change"),
    # a perfect infinitive tells a past happening through a belief
    pytest.param("Twelve people are known to have drowned in the town.", "drowned", id="perfect-infinitive"),
    # a relative clause inside a question tells a happening of its own
    pytest.param("The mayor repeated the question that a reporter posed at the briefing: what next?", "posed",
                 id="relative-clause-in-a-question"),
    # "though" alone is concessive (audit sample S23)
    pytest.param("The rate was lower, though one method returned a higher rate.", "returned", id="concessive-though"),
    # a degree adverb is no habit
    pytest.param("The patient has since largely recovered.", "recovered", id="degree-adverb"),
    # a state verb in the progressive is an action
    pytest.param("The fire was still being contained by the crews.", "contained", id="progressive-state-verb"),
    # twins of round eleven (17x): the happening itself
    pytest.param("Acme Corp moved its base to Port Ellery.", "moved", id="moved-not-based"),
    pytest.param("Most of the pupils were sent home at noon.", "sent", id="no-already"),
    pytest.param("Rescuers had already evacuated the town.", "evacuated", id="already-active-perfect"),
    pytest.param("The pupils had already been sent home at noon.", "sent", id="already-passive-perfect"),
    pytest.param("When the school was rebuilt, pupils returned.", "rebuilt", id="when-with-subject"),
    # told in the past, the participle's happening took place
    pytest.param("Once approved by the board, the plan went ahead.", "approved", id="once-approved-past"),
    # verbs of place or role that are as often actions stay events
    pytest.param("Rescuers located six survivors under the school.", "located", id="located-an-action"),
    pytest.param("Jane Roe represented her country at the Games.", "represented", id="represented-an-action"),
    pytest.param("Troops surrounded the town.", "surrounded", id="surrounded-an-action"),
]


@pytest.mark.parametrize(("text", "trigger", "why"), _NOT_EVENTS)
def test_a_clause_that_tells_no_happening_is_flagged(nlp, text, trigger, why):
    assert _flags(nlp, text).get(trigger, "absent") == why


@pytest.mark.parametrize(("text", "trigger"), _EVENTS)
def test_twin_a_clause_that_tells_a_happening_is_not_flagged(nlp, text, trigger):
    got = _flags(nlp, text)
    assert trigger in got and got[trigger] is None, got


def _cards(docs: dict[str, tuple[str, str | None]]) -> list[tuple[str | None, str]]:
    from storyline.pipeline import analyse_record, build_story
    from storyline.types import Record

    story = build_story([analyse_record(Record(source=n, text=t, date=d)) for n, (t, d) in docs.items()])
    return [(e.date.value, e.summary) for e in story.events]


def test_undated_non_events_get_no_card_but_stay_quotable():
    text = ("Schools are closed across the city. No deaths were reported in Britain. "
            "The city council closed the Wexford bridge after the storm.")
    cards = _cards({"a.txt": (text, "2021-03-15")})
    summaries = [s for _, s in cards]
    assert any("Wexford bridge" in s for s in summaries), cards  # twin: the happening keeps its card
    assert not any("Schools are closed" in s or "No one" in s for s in summaries), cards


def test_a_date_keeps_a_non_event_card():
    # "never drop a card that a date dates": a negated clause dated by its own time stays
    cards = _cards({"a.txt": ("The council did not reopen the Wexford bridge on Tuesday.", "2021-03-11")})
    assert any(d == "2021-03-09" for d, _ in cards), cards


@pytest.mark.parametrize(("text", "verb", "agent"), [
    pytest.param("Anna Berg opened the show, singing her new song.", "singing", "Berg", id="participle-takes-the-subject"),
    pytest.param("Anna Berg, who sang her new song, left early.", "sang", "Berg", id="relative-pronoun-subject"),
    pytest.param("The song was sung by Anna Berg.", "sung", "Berg", id="passive-by"),
    # twins: no doer to read
    pytest.param("The song was sung at the weekend.", "sung", None, id="passive-without-by"),
    pytest.param("The song that Anna Berg sang was new.", "sang", "Berg", id="relative-with-own-subject"),
    pytest.param("The song, sung at the weekend, was new.", "sung", None, id="participle-on-a-noun-is-its-object"),
])
def test_the_doer_of_a_clause(nlp, text, verb, agent):
    from storyline.analyse.events import _agent_token

    tok = next(t for t in nlp(text) if t.text == verb)
    got = _agent_token(tok)
    assert (got.text if got is not None else None) == agent
