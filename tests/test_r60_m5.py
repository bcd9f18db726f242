"""Round sixty, mender m5: quotes and event dates left on the seed-175 audit of three Timeline17
dev topics (bpoil_bbc, bpoil_foxnews, bpoil_reuters; issue 18).

bpoil_bbc Q6 (a fear of shareholders "including most pension funds" shown as a statement),
bpoil_foxnews Q11 (a content run on into ", but <Name> ... rejected those claims"), bpoil_reuters
Q5 (a content cut inside a relative clause with no "that": "the high costs <Name>"), bpoil_bbc Q5
(a present cue's content stopped before ", and things could get worse ...").

Each rule has a test that fails on the base code and a must-not-fire twin, on short texts written
for the test (a name or a figure like the article's at most). Every text here is invented.
"""

from __future__ import annotations

from pipeline_helpers import analysed, shown_speaker
from pipeline_helpers import dates_of as _dates_of
from pipeline_helpers import events_of as _events_of
from pipeline_helpers import quotes_holding as _holding

LEAD = "Port news\n\nThe mayor met the crews on Monday.\n\n"


def _shown(a):
    return [(q.text, q.cue, q.kind, shown_speaker(a, q)) for q in a.quotes]


def _with_cue(a, cue):
    return [q for q in a.quotes if q.cue and q.cue.lower() == cue]


# --- bpoil_bbc Q6: a group's fear, the group "including" a kind of member -------------------------

def test_a_fear_of_investors_including_a_kind_of_fund_is_no_statement():
    a = analysed(LEAD + "Shares fell again on Thursday. Meanwhile, investors in Acme's shares - including "
                 "most pension funds - fear that the company may now cut its dividend.\n")
    assert not _holding(a, "may now cut its dividend"), _shown(a)


def test_twin_a_fear_of_investors_including_a_named_fund_stays():
    a = analysed(LEAD + "Shares fell again on Thursday. Meanwhile, investors in the firm - including "
                 "Globex Capital - fear that the company may now cut its dividend.\n")
    assert _holding(a, "may now cut its dividend"), _shown(a)


def test_twin_a_fear_of_a_named_bodys_analysts_stays():
    a = analysed(LEAD + "Shares fell again on Thursday. Meanwhile, analysts at Goldman Sachs fear that "
                 "the company may now cut its dividend.\n")
    assert _holding(a, "may now cut its dividend"), _shown(a)


# --- bpoil_foxnews Q11: ", but <Name> rejected those claims" after a content ---------------------

def test_a_content_stops_before_another_sources_rejection():
    a = analysed(LEAD + "Other people contend the damage of the storm has been overblown, given that little "
                 "water remains on the streets, but Tom Rider, who heads the recovery, rejected those claims.\n")
    q = _with_cue(a, "contend")
    assert q and q[0].text.endswith("little water remains on the streets"), _shown(a)


def test_twin_a_contrast_with_its_own_subject_stays_in_the_content():
    a = analysed(LEAD + "The mayor says the road could be closed for weeks, but the crews will have "
                 "the bridge open again.\n")
    q = _with_cue(a, "says")
    assert q and q[0].text.endswith("the bridge open again"), _shown(a)


# --- bpoil_reuters Q5: "cited the high costs <Name> may face for ..." -----------------------------

def test_an_object_content_runs_through_its_contact_relative_clause():
    a = analysed(LEAD + "The firm's rating was cut on Tuesday by Fitch Ratings, which cited the high "
                 "costs BP may face for compensating victims of the flood.\n")
    q = _with_cue(a, "cited")
    assert q and q[0].text.endswith("compensating victims of the flood"), _shown(a)


def test_twin_an_object_content_before_a_clause_of_its_own_stays_short():
    a = analysed(LEAD + "The firm's rating was cut on Tuesday by Fitch Ratings, which cited the high "
                 "costs BP faced, and BP may face more claims.\n")
    q = _with_cue(a, "cited")
    assert q and q[0].text == "the high costs BP faced", _shown(a)


def test_twin_a_participles_object_does_not_run_into_the_sentences_verb():
    # FNC-1 census: "A memo ... recommending X's firing kicks off with ..." (the memo kicks off)
    a = analysed(LEAD + "A memorandum prepared by Deputy Attorney General Rod Rosenstein recommending Comey's "
                 "termination kicks off with the fact that the bureau's standing has suffered.\n")
    assert not any("kicks off" in q.text for q in a.quotes), _shown(a)


# --- bpoil_bbc Q5: a present cue, then ", and <clause> could ..." -------------------------------

def test_a_present_cues_content_keeps_its_hedged_conjunct():
    a = analysed(LEAD + "The BBC's North America editor Mark Mardell says there is a growing sense of "
                 "frustration that all BP's efforts have come to naught, and things could get worse for the company.\n")
    q = _with_cue(a, "says")
    assert q and q[0].text.endswith("things could get worse for the company"), _shown(a)


def test_twin_a_present_cues_content_leaves_a_would_conjunct_out():
    # "would" after a present cue reads no backshift: it may be the writer's own conditional
    a = analysed(LEAD + "The BBC's North America editor Mark Mardell says there is a growing sense of "
                 "frustration that all BP's efforts have come to naught, and things would get worse for the company.\n")
    q = _with_cue(a, "says")
    assert q and q[0].text.endswith("come to naught"), _shown(a)


# --- event dates -------------------------------------------------------------------------------

# bpoil_foxnews V4: "attended every year" takes no year of the other clause (events._recurring)

def test_a_habit_every_year_takes_no_year_of_the_clause_beside_it():
    text = "Former mayor Jane Roe, though, attended every year and John Doe missed only one, in 2002, when he was away."
    evs = _events_of({"a.txt": (text, "2010-05-27")})
    assert _dates_of(evs, "attended every year") <= {None}, evs  # no card dates it (the mention is in no dated card)
    assert "2002" in _dates_of(evs, "missed only one"), evs


def test_twin_a_coordinated_clause_with_no_time_of_its_own_takes_the_year():
    text = "Former mayor Jane Roe, though, attended the march and John Doe missed it, in 2002, when he was away."
    evs = _events_of({"a.txt": (text, "2010-05-27")})
    assert "2002" in _dates_of(evs, "attended the march"), evs


# bpoil_bbc V10: what was told this morning is not this morning's (resolve.events._told_content)

def test_what_was_told_this_morning_is_not_folded_into_the_telling():
    text = ('Some readers want the board to go. Jane Roe of the Green League told the paper this morning that '
            '"at the last minute... they ignored their own advice," adding that the answer is to stop drilling.')
    evs = _events_of({"a.txt": (text, "2011-01-06")})
    assert _dates_of(evs, "they ignored their own advice") == {None}, evs
    assert "2011-01-06" in _dates_of(evs, "told the paper this morning"), evs


def test_twin_a_deed_after_the_telling_still_folds():
    text = "Jane Roe of the Green League told the paper this morning and left the city."
    evs = _events_of({"a.txt": (text, "2011-01-06")})
    assert _dates_of(evs, "left the city") == {"2011-01-06"}, evs


# --- bpoil_reuters Q6: a speaker run cut inside a hyphenated compound (quotes._left_np) ----------

def test_a_speaker_run_is_never_a_word_inside_a_hyphenated_compound():
    a = analysed("As BP Plc rushed to raise cash to pay for the Gulf of Mexico disaster, a partner in the "
                 "out-of-control well said the "
                 "company was likely guilty of misconduct and should pay.\n")
    q = _with_cue(a, "said")
    assert q and q[0].speaker_text != "control" and shown_speaker(a, q[0]) is None, _shown(a)
    assert q[0].speaker_text == "a partner in the out-of-control well", q[0].speaker_text


def test_twin_a_spaced_dash_still_ends_the_speaker_run():
    # a dash with spaces is a break, not a compound: the walk does not run on across it
    from storyline.analyse.nlp import load
    from storyline.analyse.quotes import _glued_hyphen

    doc = load()("a partner in the out-of-control well - and the firm")
    assert [t.text for t in doc if _glued_hyphen(t)] == ["-", "-"], [(t.text, t.whitespace_) for t in doc]


# bpoil_bbc V1: a run of list entries each led by its year (resolve.events._list_of_years) ---------

_FLOODS = ("Port news\n\nWithin two months the flood could match the 11 million gallons spilt from the Lake Ora "
           "dam off Tarn in 1989.\n\nMajor floods:\n\n1991: 520m gallons were released from dams during the war "
           "1979: 140m gallons were spilt after a breach off the coast 1983: 80m gallons leaked into the bay after a "
           "barge collided with a pier 1989: 11m gallons were spilt into Tarn's valley in the Lake Ora disaster\n\n"
           "It is feared that work might take months.")


def test_an_entry_of_a_run_of_year_labels_takes_no_other_mentions_year():
    evs = _events_of({"a.txt": (_FLOODS, "2010-04-29")})
    assert _dates_of(evs, "leaked into the bay") == {None}, evs
    assert _dates_of(evs, "Tarn's valley") <= {None}, evs  # no card dates it


def test_twin_the_dated_sentence_before_the_list_keeps_its_year():
    evs = _events_of({"a.txt": (_FLOODS, "2010-04-29")})
    assert _dates_of(evs, "dam off Tarn in 1989") == {"1989"}, evs


def test_twin_a_single_year_label_is_a_heading_not_a_list():
    from storyline.resolve.events import _YEAR_LABEL

    assert len(set(_YEAR_LABEL.findall("1978: the river burst its banks and swamped the port city"))) == 1
    assert len(set(_YEAR_LABEL.findall("1953: the sea broke the dykes 1962: a surge swamped the harbour"))) == 2
    assert not _YEAR_LABEL.findall("The fund held $2,019: a small sum, at 10:30 on Monday")
