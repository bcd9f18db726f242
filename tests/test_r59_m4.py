"""Round fifty-nine, mender m4: the quotes left on the seed-174 audit of three Timeline17 dev
topics (issue 18: speakers, contents and spans).

H1N1_bbc Q15 (a source's title in apposition after "According to <name>," opened the content),
H1N1_bbc Q3 ("The fact that ... It suggests that ...": the reporter's inference), H1N1_bbc Q7
(a minister's content run on into ", but as the BBC's <name> reports from <city> there is ..."),
haiti_bbc Q14 (", according to the agency (IOM), with limited shelter ...": the claim's last
phrase after the source), bpoil_washingtonpost Q8 ('Paradoxically, "talking tough" about ...':
a scare-quoted phrase after a comma), bpoil_washingtonpost Q12 ('attempting to "politicize the
spill."': a predicate without its subject), haiti_bbc Q13 ('told the agency that they had called
out to him and to their surprise, he responded': the that clause's last conjunct read as a tag).

Each rule has a test that fails on the base code and a must-not-fire twin, on short texts written
for the test (a name or a figure like the article's at most). Every text here is invented.
"""

from __future__ import annotations

from pipeline_helpers import analysed, shown_speaker
from pipeline_helpers import quotes_holding as _holding

LEAD = "Port news\n\nThe mayor met the crews on Monday.\n\n"


def _shown(a):
    return [(q.text, q.cue, q.kind, shown_speaker(a, q)) for q in a.quotes]


# --- H1N1_bbc Q15: a title in apposition after "According to <name>," ----------------------------

def test_a_title_after_according_to_a_name_is_no_content():
    a = analysed(LEAD + "According to Professor Jane Kessel, Director of Research at the Health Agency, we "
                 "are not there yet: \"The number of cases remains small.\n\nThese are confirmed cases\".\n")
    q = [q for q in a.quotes if q.cue and q.cue.lower() == "according to"]
    assert q and q[0].text == "we are not there yet", _shown(a)


def test_twin_according_to_a_name_with_no_title_keeps_its_clause():
    a = analysed(LEAD + "According to Professor Jane Kessel, the number of cases remains small in the city.\n")
    q = [q for q in a.quotes if q.cue and q.cue.lower() == "according to"]
    assert q and q[0].text == "the number of cases remains small in the city", _shown(a)


# --- H1N1_bbc Q3: "The fact that ... It suggests that ..." --------------------------------------

def test_what_a_fact_suggests_is_no_statement():
    a = analysed(LEAD + "The fact that all the cases elsewhere have been mild is encouraging.\n\n"
                 "It suggests that the outbreak in the city may have a local cause.\n")
    assert not _holding(a, "may have a local cause"), _shown(a)


def test_twin_what_a_report_suggests_stays():
    a = analysed(LEAD + "The health agency published its report on the outbreak on Monday.\n\n"
                 "It suggests that the outbreak in the city may have a local cause.\n")
    assert _holding(a, "may have a local cause"), _shown(a)


# --- H1N1_bbc Q7: ", but as <someone> reports ..." after a content ------------------------------

def test_a_content_stops_before_another_reporters_lead_in():
    a = analysed(LEAD + "The health minister says there has been a drop in the number of people admitted to "
                 "hospital, but as the BBC's John Gibbs reports from the capital there is still a lot of anxiety.\n")
    q = [q for q in a.quotes if q.cue == "says"]
    assert q and q[0].text == "there has been a drop in the number of people admitted to hospital", _shown(a)


def test_twin_a_content_with_its_own_second_clause_goes_on():
    a = analysed(LEAD + "The health minister says there has been a drop in the number of people admitted to "
                 "hospital, but there is still a lot of anxiety.\n")
    q = [q for q in a.quotes if q.cue == "says"]
    assert q and q[0].text.endswith("still a lot of anxiety"), _shown(a)


# --- haiti_bbc Q14: a "with" phrase after ", according to <source>," ----------------------------

def test_a_with_phrase_after_the_source_is_the_claims():
    a = analysed(LEAD + "At least 500 people are living in camps in the city, according to the aid agency (IOM), "
                 "with limited shelter and access to water.\n")
    q = [q for q in a.quotes if q.cue == "according to"]
    assert q and q[0].text.endswith("access to water"), _shown(a)


def test_twin_a_with_phrase_on_the_source_stays_out():
    a = analysed(LEAD + "Prices rose 5 percent in the city, according to the bank, with its headquarters in Geneva.\n")
    q = [q for q in a.quotes if q.cue == "according to"]
    assert q and q[0].text == "Prices rose 5 percent in the city", _shown(a)


# --- bpoil_washingtonpost Q8: a short phrase the sentence runs on past ---------------------------

def test_a_scare_quoted_phrase_after_a_comma_is_no_quote():
    a = analysed(LEAD + "Jane Roe spoke on Friday.\n\nParadoxically, \"talking tough\" about this crisis also "
                 "makes the government look weak.\n")
    assert not _holding(a, "talking tough"), _shown(a)


def test_twin_a_short_answer_with_its_tag_stays():
    a = analysed(LEAD + "I ask him where he sleeps.\n\n\"On the ground,\" he answers.\n")
    assert _holding(a, "On the ground"), _shown(a)



def test_twin_a_short_piece_of_a_tagged_sentence_stays():
    # the integrator's narrowing (PolNeAR 301-840): the sentence says who said the words around the
    # marks, so the short piece is that speaker's, not the writer's phrase
    a = analysed(LEAD + "Jimmy Roe, 41, a visitor to the port with his family, told local radio that he had been "
                 "watching the boats when he heard a loud bang.\n\n\"A huge lorry\" plowed through the barriers that "
                 "had been put up for the festival, he said, and \"everyone started running.\"\n")
    assert _holding(a, "A huge lorry"), _shown(a)

# --- bpoil_washingtonpost Q12: a quoted predicate after an infinitive's "to" ---------------------

def test_a_quoted_predicate_after_to_of_a_plain_verb_is_no_quote():
    a = analysed(LEAD + "The pitch laid out plans for a team to counter criticism from groups attempting to "
                 "\"politicize the spill in the gulf.\"\n")
    assert not _holding(a, "politicize the spill"), _shown(a)


def test_twin_a_quoted_predicate_after_a_cues_to_stays():
    a = analysed(LEAD + "Jane Roe, the council leader, vowed on Friday to \"fight this plan in every court.\"\n")
    assert _holding(a, "fight this plan"), _shown(a)



def test_twin_a_quoted_predicate_after_a_noun_a_cue_governs_stays():
    # the integrator's narrowing (PolNeAR 301-840): 'declared a determination to "..."' -- the
    # noun's verb is a cue, so the marks hold the declarer's words
    a = analysed(LEAD + "Jane Roe, the council leader, condemned the attack and declared a determination to "
                 "\"keep our market open to every visitor.\"\n")
    assert _holding(a, "keep our market open"), _shown(a)

# --- haiti_bbc Q13: "told X that ... and to their surprise, he responded" ------------------------

def test_a_that_clauses_last_conjunct_is_no_tag():
    a = analysed(LEAD + "The team which rescued the young man told the Associated Press that they had called out "
                 "to him near his home and to their surprise, he responded.\n")
    assert not [q for q in a.quotes if q.cue == "responded"], _shown(a)
    q = [q for q in a.quotes if q.cue == "told"]
    assert q and q[0].text.endswith("to their surprise, he responded"), _shown(a)


def test_twin_an_inverted_tag_after_a_plain_clause_stays():
    a = analysed(LEAD + "The rescue teams will stay in the city for another week, the mayor said.\n")
    q = [q for q in a.quotes if q.cue == "said"]
    assert q and q[0].text == "The rescue teams will stay in the city for another week", _shown(a)


# --- haiti_bbc Q15: an unnamed person the reporter meets, carried over by "I ask him" ------------

SCENE = ("We track down John Clermont, the official in charge of the new camps.\n\n"
         "\"It is on the outskirts of the city, there is running water,\" Mr Clermont says.\n\n"
         "Intrigued, I take down the details and head out of town.\n\n"
         "Hundreds of people are camping in the open.\n\n")


def test_he_after_i_ask_him_is_the_unnamed_man_met():
    a = analysed(LEAD + SCENE + "One young man speaks English.\n\nI ask him where he sleeps.\n\n"
                 "\"On the ground,\" he answers, pointing to a patch of dirt.\n")
    q = _holding(a, "On the ground")
    assert q and shown_speaker(a, q[0]) is None, _shown(a)


def test_twin_with_no_one_met_he_stays_the_official():
    a = analysed(LEAD + SCENE + "The camp is not there.\n\nI ask him where it is.\n\n"
                 "\"On the other side of the hill,\" he answers, pointing to a patch of dirt.\n")
    q = _holding(a, "On the other side")
    assert q and shown_speaker(a, q[0]) == "Clermont", _shown(a)
