"""Round sixteen (18w): the four wrong speakers of the held-out seed-41 audit, on invented text.

A participle on a possessed object ("X laughed at Y's idea saying:"), a live page's "<Handle> tweets:" and its time-stamped entries, and a report of
a report ("Y said X, Acme News reported"). Each rule with a must-not-fire twin."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from pipeline_helpers import analysed, quote_starting, shown_speaker

from storyline.analyse.stamps import stamp_end as _stamp_end

_quotes = analysed
_who = shown_speaker
_find = quote_starting


# --- 1. the subject of the verb a participle hangs on, never a possessor in its object -----

def test_participle_on_possessed_object_gives_the_subject():
    a = _quotes("A panel discussed General Jane Roe's claim that the army needed a rest.\n\n"
                "Jim Gutbrand laughed at Jane Roe's suggestion saying: \"The army wants to take a holiday "
                "and paint pictures by the sea all summer long.\"\n")
    q = _find(a, "The army wants")
    assert _who(a, q) == "Jim Gutbrand"


def test_participle_on_a_document_noun_keeps_its_owner():
    # twin: "Roe's letter saying that ...": the letter's words are its owner's (no colon, no mark)
    a = _quotes("A panel discussed the claim.\n\n"
                "Jim Gutbrand read out Jane Roe's letter saying that the army wanted to take a holiday by "
                "the sea all summer.\n")
    q = _find(a, "that the army wanted")
    assert _who(a, q) == "Jane Roe"


# --- 3. "<Handle> tweets:" and a live page's time-stamped entries --------------------------

_LIVE = ('Live updates from Port Ellery.\n\n'
         '1254 The UN says as many as 150 of its workers are missing in the city.\n\n'
         'Between 40 and 80 may be trapped in the UN offices.\n\n'
         '1253 {lead}: "Feeling another small tremor right now - they keep coming - had two strong ones '
         'last night."\n\n'
         '1250 Paul Acre, a spokesman for the Red Cross, tells the radio that conditions are hard.\n')


def test_handle_tweets_is_the_cue_and_the_handle_its_author():
    a = _quotes(_LIVE.format(lead="Janeroe77 tweets"))
    q = _find(a, "Feeling another small tremor")
    assert _who(a, q) != "UN"
    assert q.cue == "tweets" and q.speaker_text == "Janeroe77"


def test_named_author_writes_is_the_speaker():
    a = _quotes(_LIVE.format(lead="Jane Roe writes"))
    assert _who(a, _find(a, "Feeling another small tremor")) == "Jane Roe"


def test_two_authors_stay_open():
    # twin: "Roe and Doe write:" is no one author
    a = _quotes(_LIVE.format(lead="Jane Roe and John Doe write"))
    assert _who(a, _find(a, "Feeling another small tremor")) is None


_ENTRY = ('Live updates from Port Ellery.\n\n'
          '1254 Jane Roe, a nurse at the clinic, said: "We have seen hundreds of people with broken bones '
          'since the morning."\n\n'
          'She said more doctors were needed.\n\n'
          '{stamp}"The roads to the port are blocked by fallen walls and cars."\n')


def test_new_time_stamped_entry_does_not_inherit_the_speaker():
    a = _quotes(_ENTRY.format(stamp="1250 "))
    assert all(_who(a, q) is None for q in a.quotes if q.text.startswith("The roads"))


def test_paragraph_without_stamp_still_inherits():
    # twin: no time stamp, the quotation goes on with the nurse
    a = _quotes(_ENTRY.format(stamp=""))
    assert _who(a, _find(a, "The roads")) == "Jane Roe"


@given(st.integers(0, 23), st.integers(0, 59), st.sampled_from(["", ":", "."]),
       st.sampled_from(["Jane", '"We', "The"]))
def test_stamp_end_reads_clock_times(h, m, sep, word):
    stamp = f"{h:02d}{sep}{m:02d} "
    assert _stamp_end(stamp + word + " said so.", 0) == len(stamp)


@given(st.integers(24, 99), st.integers(0, 99), st.sampled_from(["jane", ", the", ".", ""]))
def test_stamp_end_rejects_non_times(h, m, tail):
    # must not fire: an hour past 23, or digits not followed by a capitalised word
    assert _stamp_end(f"{h:02d}{m:02d} rest of it", 0) is None
    assert _stamp_end(f"1230{tail} words", 0) is None


# --- 4. a report of a report: the inner cue's subject speaks -------------------------------

def test_relayed_report_gives_the_inner_speaker():
    a = _quotes("The storm has left many people dead.\n\n"
                "Prime Minister John Doe said more than 800 bodies had been collected and buried so far, "
                "French news agency AFP reported.\n\nThe UN has launched an appeal.\n")
    hits = [q for q in a.quotes if "bodies" in q.text]
    assert hits and all(_who(a, q) == "John Doe" for q in hits)
    assert all(not q.text.startswith("Prime Minister") for q in hits)  # the content stops at the inner cue
    assert "relayed by" in (hits[0].speaker_evidence or "") and "AFP" in (hits[0].speaker_evidence or "")


def test_plain_report_keeps_the_agency():
    # twin: no inner cue, the agency is the source
    a = _quotes("The storm has left many people dead.\n\n"
                "Acme News reported that the minister had resigned after the storm hit the port.\n")
    q = _find(a, "that the minister had resigned")
    assert _who(a, q) == "Acme News"


def test_reporter_writes_that_another_said_gives_the_other():
    a = _quotes("The port has been closed for a week.\n\n"
                "Our correspondent Jane Roe writes that Mayor John Doe said the port would reopen on Monday.\n")
    hits = [q for q in a.quotes if "reopen" in q.text]
    assert hits and all(_who(a, q) == "John Doe" for q in hits)


def test_person_saying_another_claimed_keeps_both():
    # twin: a person's own statement about another's claim is not a relay (test_quotes has the "that" form)
    a = _quotes("Senator Mark Olson said Governor Ann Cole said the budget was balanced.")
    assert any(_who(a, q) == "Mark Olson" for q in a.quotes)


def test_report_of_what_another_will_announce_keeps_the_agency():
    # twin: the inner cue is a forecast ("will announce"), not words said: the paper's report
    a = _quotes("The Port Ellery Times is reporting that Mayor John Doe will announce today he will close the port "
                "for six months.\n")
    assert any(_who(a, q) == "The Port Ellery Times" or "Port Ellery Times" in (_who(a, q) or "") for q in a.quotes)
