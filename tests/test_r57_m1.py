"""Round fifty-seven, mender m1: the seed-172 audit's quotes (the 181 web pages read through the
HTML path) that were no statement or gave the words to the wrong person (issue 18): Q43 (a
request made up in a how-to column, "People will ask you to ..."), Q82 ("a feeling that the
president doesn't want the show to end"), Q47 ("X never expected that ..."), Q50 ("visit the
man to tell him that ...": the man given the telling), Q89 ("<clause>, a prospect X denied":
the clause given to X), Q15 ("According to AFP, a user posted: "..."": the lead-in shown as
AFP's statement) and Q16 ("the group" after "a group of employees" given to their employer).

Each rule has a test that fails on the base code and a must-not-fire twin, on short texts written
for the test (a name or a figure like the article's at most). Every text here is invented.

Census (whole per-document stage, base against these rules): FNC-1, 457 texts, 2,748 -> 2,747
quotes ("nothing to suggest that ...", speaker "nothing"); PolNeAR train 301-840, 540 texts,
7,211 -> 7,205 (five "to" infinitives whose speaker was the words before them, "a way", "an
impromptu press briefing", ..., and "a belief that the GOP doesn't want people voting"); no
speaker changed, no quote gained. On the 181 web pages: the seven items, two more infinitives
("two words to describe how it felt", "The only other entity to confirm ..."), and "He instead
told the BBC" now Andrew's, not Epstein's (the wrong "tell" quote had made Epstein the last speaker).
"""

from __future__ import annotations

from pipeline_helpers import analysed, shown_speaker
from pipeline_helpers import quotes_holding as _holding

LEAD = "Port news\n\nThe mayor met the crews on Monday.\n\n"



def _shown(a):
    return [(q.text, q.cue, q.kind, shown_speaker(a, q)) for q in a.quotes]


# --- Q43: the reader as the addressee (quotes._reader_addressed) -------------------------------------

def test_a_request_made_to_the_reader_is_no_quote():
    a = analysed(LEAD + "As your name grows, you will be invited to speak at events. Editors will ask you to "
                 "write columns for their papers; others will want you on their panels.\n")
    assert not _holding(a, "write columns"), _shown(a)


def test_twin_a_request_made_to_the_outlet_stays():
    a = analysed(LEAD + "The harbour master asked us to warn the crews that the gates will close at noon.\n")
    assert _holding(a, "the gates will close at noon"), _shown(a)


# --- Q82: a verb of mind in a noun's "that" clause (quotes._state_in_noun_clause) ---------------------

def test_a_wish_in_a_feeling_that_clause_is_no_quote():
    a = analysed(LEAD + "Even his backers share a growing sense that the governor doesn't want the strike to end.\n")
    assert not _holding(a, "the strike to end"), _shown(a)


def test_twin_a_wish_the_subject_holds_stays():
    a = analysed(LEAD + "The governor told reporters he wants the strike to end by Friday.\n")
    assert _holding(a, "the strike to end"), _shown(a)


# --- Q47: a verb of mind negated by "never" (quotes._never_foreseen) ---------------------------------

def test_what_someone_never_expected_is_no_quote():
    a = analysed(LEAD + "Jan Roe never expected that the council would publish the full minutes of the closed meeting.\n")
    assert not _holding(a, "would publish the full minutes"), _shown(a)


def test_twin_what_someone_expects_stays():
    a = analysed(LEAD + "Jan Roe expects that the council will publish the full minutes of the closed meeting.\n")
    assert _holding(a, "will publish the full minutes"), _shown(a)


# --- Q50: a "to" infinitive takes no subject from the words before it (quotes._cue_speaker) -----------

def test_the_one_visited_is_not_the_teller():
    a = analysed(LEAD + "Jan Roe claims that he felt bound to visit the smuggler to tell him in person that "
                 "their deal was finally over.\n")
    assert not [q for q in _holding(a, "their deal was finally over")
                if q.speaker_text and "smuggler" in q.speaker_text], _shown(a)


def test_twin_the_visitor_tells():
    a = analysed(LEAD + "Jan Roe went to the docks on Friday to tell the crews that the strike was over.\n")
    qs = _holding(a, "the strike was over")
    assert qs and "Roe" in (shown_speaker(a, qs[0]) or qs[0].speaker_text or ""), _shown(a)


# --- Q89: "<clause>, a prospect X denied" (quotes._noun_before_name) ----------------------------------

def test_a_clause_before_a_noun_the_name_denied_is_not_his():
    a = analysed(LEAD + "Jan Doe did reference his earlier testimony, in which he said others had raised concerns "
                 "about Vindman potentially leaking files, a prospect Vindman denied earlier in the day.\n")
    assert not [q for q in a.quotes if q.cue == "denied" and "testimony" in q.text], _shown(a)


def test_twin_a_trailing_tag_with_a_title_stays():
    a = analysed(LEAD + "The crews will return to work on Monday, the spokesman Jan Roe said on Friday.\n")
    assert _holding(a, "The crews will return to work on Monday"), _shown(a)


# --- Q15: an "according to" content that is only a quotation's tag (quote_frames.no_according_tag_only) --

def test_an_according_lead_in_to_a_post_is_no_quote():
    a = analysed(LEAD + "According to AFP, one user on a local forum posted: \u201cWhy did nobody warn us about the "
                 "floods??\u201d\n")
    assert _holding(a, "Why did nobody warn us"), _shown(a)
    assert not [q for q in a.quotes if (q.cue or "").startswith("According")], _shown(a)


def test_twin_an_according_content_with_its_words_stays():
    a = analysed(LEAD + "According to AFP, one user on a local forum said the floods came without any warning.\n")
    assert [q for q in a.quotes if (q.cue or "").startswith("According")], _shown(a)


# --- Q16: "the group" after "a group of employees" (speakers.group_of_people_before) ----------------

def test_the_group_of_employees_is_not_their_firm():
    a = analysed("Job cuts\n\nThose include 1,000 cleaners who were told their jobs will end on Dec. 9, according to a "
                 "group of employees. The group formed in recent weeks and sent a letter to management.\n\nThe group "
                 "announced that WeWork had reached an agreement with JLL to take the workers.\n\nHowever, the group "
                 "raised alarm at the deal, and said that employees were told by WeWork to sign by Monday. The group "
                 "said on Twitter that the contract has confused employees with pay gaps.\n")
    qs = _holding(a, "the contract has confused employees")
    assert qs and qs[0].antecedent_mention is None and "-> WeWork" not in (qs[0].speaker_evidence or ""), \
        [(q.text, q.speaker_evidence) for q in qs]


def test_twin_a_group_that_describes_a_named_body_is_not_read():
    a = analysed("Job cuts\n\nWeWork, a group of companies based in New York, will cut 1,000 jobs.\n\n"
                 "The group said on Monday that the cuts were needed to save the business.\n")
    qs = _holding(a, "the cuts were needed")
    assert qs and "brought in before" not in (qs[0].speaker_evidence or ""), _shown(a)
