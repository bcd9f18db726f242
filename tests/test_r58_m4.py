"""Round fifty-eight, mender m4: the quotes and figures left on the seed-172 audit of the 181 web
pages read through the HTML path (issue 18: speakers, contents and spans; issue 20: figures).

Quotes: Q58 (a website's text, "which contains the following statement:", given to the one who
shared the link), Q45 ("denied 'sensational' claims made in a post that said ...": another's
saying with its own content, and a span opening inside the quotation mark), Q39 (a pledge cut
before ", going from 175 gigawatts to 450 gigawatts by 2022"), Q46 ('called <a game> "a flagship
VR game."': the quoted predicate without what it was said of), Q76 (a past report run on into the
reporter's present-tense "but the Chinese have been reluctant ..."), Q50 ("the sets emphasize
playability": a product as the subject of an object cue), Q77 ("announced the Phase 1 trade
deal": a thing's name as a content), Q78 ('The tagline? "..."': a slogan). Figures: F53 ("a
Thunderbolt dock. Thunderbolt 3 docks start at $199": a version name read as 3 docks).

Each rule has a test that fails on the base code and a must-not-fire twin, on short texts written
for the test (a name or a figure like the article's at most). Every text here is invented.
"""

from __future__ import annotations

from pipeline_helpers import analysed, shown_speaker
from pipeline_helpers import quotes_holding as _holding

LEAD = "Port news\n\nThe mayor met the crews on Monday.\n\n"



def _shown(a):
    return [(q.text, q.cue, q.kind, shown_speaker(a, q)) for q in a.quotes]


# --- Q58: a quotation a thing holds (quotes._thing_holds_it, _thing_held_lead) -------------------

def test_a_websites_statement_after_a_colon_paragraph_is_not_the_sharers():
    a = analysed(LEAD + "\u201cThe point of the campaign is to get people talking,\u201d Jane Roe tweeted.\n\n"
                 "She went on to share the hashtag and the river trust's website, which contains the following "
                 "statement:\n\n\u201cThe river has a problem. We can fix it together. River. We're on it.\u201d\n")
    q = _holding(a, "We can fix it together")
    assert q, _shown(a)
    assert shown_speaker(a, q[0]) is None, _shown(a)


def test_a_websites_line_in_the_same_paragraph_is_not_the_sharers():
    a = analysed(LEAD + "Jane Roe, the council leader, spoke at length on Friday. She shared a link to the group's "
                 "website, which contains this line: \"We will never stop fighting for the river.\"\n")
    q = _holding(a, "We will never stop fighting")
    assert q and shown_speaker(a, q[0]) is None, _shown(a)


def test_twin_a_letter_she_wrote_holding_the_line_stays_hers():
    a = analysed(LEAD + "Jane Roe, the council leader, spoke at length on Friday. She wrote a letter to the mayor "
                 "that included the following line:\n\n\"We will never stop fighting for the river.\"\n")
    q = _holding(a, "We will never stop fighting")
    assert q and shown_speaker(a, q[0]) is not None, _shown(a)


def test_twin_a_colon_paragraph_with_no_holding_thing_stays_the_cues():
    a = analysed(LEAD + "Jane Roe, the council leader, spoke at length on Friday. She shared her view with the "
                 "crews:\n\n\"We will never stop fighting for the river.\"\n")
    q = _holding(a, "We will never stop fighting")
    assert q and shown_speaker(a, q[0]) is not None, _shown(a)


# --- Q45: a denied saying with its own content (quotes._denied_report, _object_determiner) --------

def test_denied_claims_that_said_something_are_no_content_of_the_denier():
    a = analysed(LEAD + "Acme leaders have denied 'sensational' claims made in a viral post that said the "
                 "firm misreported its sales.\n")
    assert not [q for q in a.quotes if q.cue == "denied"], _shown(a)


def test_denied_reports_with_their_own_that_clause_are_no_content():
    a = analysed(LEAD + "Acme denied reports that it would close the plant.\n")
    assert not _holding(a, "close the plant"), _shown(a)


def test_twin_denied_allegations_stay_a_content():
    a = analysed(LEAD + "Acme Corp denied the allegations of fraud made by the union.\n")
    assert _holding(a, "the allegations of fraud"), _shown(a)


def test_a_quoted_word_of_the_object_keeps_its_opening_mark():
    a = analysed(LEAD + "Alibaba leaders have denied 'sensational' claims made in viral Weibo post.\n")
    q = _holding(a, "claims made in viral Weibo post")
    assert q and q[0].text.startswith("'sensational'"), _shown(a)


# --- Q39: a change restated in figures (quotes._change_restated) ----------------------------------

def test_a_pledges_change_in_figures_belongs_to_the_pledge():
    a = analysed(LEAD + "At the summit, Prime Minister Ravi Kumar pledged that his country would more than double "
                 "its solar output, going from 175 gigawatts to 450 gigawatts by 2022.\n")
    q = _holding(a, "would more than double")
    assert q and q[0].text.endswith("by 2022"), _shown(a)


def test_twin_a_participle_without_the_two_figures_stays_out():
    a = analysed(LEAD + "At the summit, Prime Minister Ravi Kumar pledged that his country would more than double "
                 "its solar output, going ahead with the plan despite the costs.\n")
    q = _holding(a, "would more than double")
    assert q and "going ahead" not in q[0].text, _shown(a)


# --- Q46: the named object of "called" (quotes._called_object) ------------------------------------

def test_a_called_predicate_keeps_what_it_was_said_of():
    a = analysed(LEAD + "A new game is out. Developer Corvane called 'Harbour Run: Alyx' \"a flagship racing game.\"\n")
    q = _holding(a, "a flagship racing game")
    assert q and "Harbour Run" in q[0].text, _shown(a)


def test_a_called_name_keeps_the_name():
    a = analysed(LEAD + "Senator Jane Roe called Jack Hale \"a total disaster for the farmers.\"\n")
    q = _holding(a, "a total disaster")
    assert q and q[0].text.startswith("Jack Hale"), _shown(a)


def test_twin_called_for_and_a_pronoun_keep_the_quotation_alone():
    a = analysed(LEAD + "Senator Jane Roe called for \"an end to the subsidies for the farms.\"\n")
    q = _holding(a, "an end to the subsidies")
    assert q and q[0].text.startswith("an end"), _shown(a)
    a = analysed(LEAD + "Senator Jane Roe called it \"a total disaster for the farmers.\"\n")
    q = _holding(a, "a total disaster")
    assert q and q[0].text.startswith("a total"), _shown(a)


# --- Q76: a present-tense clause after a backshifted report (quotes._present_after_backshift) ----

def test_a_present_clause_after_a_past_report_is_the_reporters():
    a = analysed(LEAD + "Mr. Hale has since said that a signing would take place in farm country, but the Chinese "
                 "have been reluctant to commit to a meeting until a deal is finalized.\n")
    q = _holding(a, "a signing would take place")
    assert q and "reluctant" not in q[0].text, _shown(a)


def test_twin_a_present_report_goes_on_over_its_but_clause():
    a = analysed(LEAD + "The harbour master says it could take weeks, but the crews will have the road open "
                 "again by Friday.\n")
    q = _holding(a, "it could take weeks")
    assert q and "road open" in q[0].text, _shown(a)


# --- Q50: a thing as an object cue's subject (quotes._thing_stresses) ------------------------------

def test_what_a_product_emphasizes_is_no_statement():
    a = analysed(LEAD + "The new Corvane sets emphasize durability whereas the older sets focus on price.\n")
    assert not _holding(a, "durability"), _shown(a)


def test_twin_what_a_report_or_a_person_emphasizes_stays():
    a = analysed(LEAD + "The report emphasized the need for reform. The governor emphasized safety at the briefing.\n")
    assert _holding(a, "the need for reform") and _holding(a, "safety"), _shown(a)


# --- Q77: a thing's name as an object (quotes._named_thing) ---------------------------------------

def test_an_announced_things_name_is_no_content():
    a = analysed(LEAD + "The president announced the Phase 1 trade deal during a meeting with the envoy.\n")
    assert not _holding(a, "trade deal"), _shown(a)


def test_twin_an_announced_resignation_of_someone_and_ones_support_stay():
    a = analysed(LEAD + "The mayor announced the resignation of the police chief. She also announced her support "
                 "for the governor.\n")
    assert _holding(a, "the resignation of the police chief") and _holding(a, "her support for the governor"), _shown(a)


# --- Q78: a slogan named before its quotation (quotes._slogan_named) -------------------------------

def test_a_tagline_set_out_after_its_noun_is_no_quote():
    a = analysed(LEAD + "The ad campaign was led by the governor.\n\nThe tagline? \"Rivers. We're on it.\"\n\n"
                 "The governor launched the campaign on Monday.\n")
    assert not _holding(a, "We're on it"), _shown(a)


def test_twin_a_quotation_after_a_persons_noun_stays():
    a = analysed(LEAD + "The ad campaign was led by the governor.\n\nThe governor? \"Rivers are everywhere and we "
                 "are on it.\"\n")
    assert _holding(a, "we are on it"), _shown(a)


# --- F53: a version number after a name opening the sentence (figures._name_at_sentence_start) ---

def test_a_version_number_after_a_name_written_before_is_no_count():
    a = analysed(LEAD + "If you need more ports, buy a Thunderbolt dock. Thunderbolt 3 docks start at $199 retail.\n")
    assert [f.text for f in a.figures] == ["$199"], [(f.text, f.unit) for f in a.figures]


def test_twin_a_count_after_an_opening_word_never_written_as_a_name_stays():
    # the boundary of the rule: a capitalised word met only as a sentence's first tells no name,
    # so the number is read as before (a count), whatever the word may be
    a = analysed(LEAD + "Buy a dock soon. Thunderbolt 3 docks start at $199 retail.\n")
    assert "3" in [f.text for f in a.figures], [(f.text, f.unit) for f in a.figures]
