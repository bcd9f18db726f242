"""The page's head run into the lead, read by case and by the text below it (issue 16, round
thirty-one): a BBC page saved as text opens with one line that holds the headline, a picture
caption and the lead with no stop between. The whole-clause seam (head_captions.clause_seam,
27k) now reads an acronym or a month before the seam as a name, not a stop word ("... in the
US | The ...", "... in May | Acme says ..."), a word the text writes elsewhere apart from the
word before it as the end of that word's phrase ("... along the bank | Acme officials ...",
with "Acme" standing alone below), and it is read
again on the rest of the line after a headline or byline is cut off it, and on a span the
run-in seam split off unsure. Every text is invented; each must-cut shape has must-keep twins."""

from __future__ import annotations

import re

from storyline.clean import head_captions
from storyline.clean.head_captions import CLAUSE_SEAM_REASON
from storyline.clean.noise import clean_text

TAIL = ("\n\nAcme said the new wall would be finished by Friday, weather permitting."
        "\n\nDivers will check the seal twice a day until the autumn storms begin.")


def _tools():
    from storyline.clean import noise

    return noise._seam_tools()


def _cut(c) -> list[str]:
    return [r.text for r in c.removed if r.reason == CLAUSE_SEAM_REASON]


def test_a_caption_ending_on_an_acronym_before_the_is_cut():
    caption = "Pictures of oiled pelicans are stirring anger across the US"
    lead = "The state government has given Acme three days to explain its plans for the coast."
    c = clean_text(f"{caption} {lead}{TAIL}")
    assert _cut(c) == [caption]
    assert c.text.startswith(lead)


def test_a_caption_ending_on_a_month_is_cut():
    caption = "Acme started digging two relief tunnels in May"
    lead = "Acme says its work to reach the trapped miners is slightly ahead of schedule."
    c = clean_text(f"{caption} {lead}{TAIL}")
    assert _cut(c) == [caption]
    assert c.text.startswith(lead)


def test_a_caption_before_a_name_the_text_writes_alone_is_cut():
    # "Acme" stands alone below (TAIL): "bank" and "Acme" are no one phrase in this text
    caption = "Crews are laying sandbags along the river bank"
    lead = "Acme officials trying to stop the flood will build a second wall, it is reported."
    c = clean_text(f"{caption} {lead}{TAIL}")
    assert _cut(c) == [caption]
    assert c.text.startswith(lead)



def test_a_whole_clause_span_the_runin_seam_was_unsure_of_is_cut():
    caption = "Mr Roe has been the public face of the company's response to the flood"
    lead = "Acme will announce a record loss, having put aside millions to cover the cost of the flood."
    c = clean_text(f"{caption} {lead}{TAIL}")
    assert caption in [r.text for r in c.removed]
    assert c.text.startswith(lead)
    assert head_captions.clause_seam(f"{caption} {lead}", _tools(), TAIL) == (caption, len(caption) + 1)


def test_an_apposition_noun_before_a_name_is_no_seam():
    # twin: "firm | Acme" is one phrase ("Drilling firm Acme"); the lead's words stay
    line = ("The blast at the harbour killed three workers and injured 17 Drilling firm Acme branded "
            "the report unfair while its partner said it held errors.")
    c = clean_text(f"{line}{TAIL}")
    assert _cut(c) == []
    assert "Drilling firm Acme branded the report unfair" in c.text


def test_a_preposition_taking_the_next_words_is_no_seam():
    # twin: "inside | Acme's centre": the preposition's object is across the seam
    line = ("Jane Roe looks at the work inside Acme's flood centre to stop the water "
            "Behind the plain front of an office block, I step into a control room.")
    c = clean_text(f"{line}{TAIL}")
    assert not any(piece.endswith("inside") for piece in _cut(c))
    assert "inside Acme's flood centre" in c.text


def test_a_name_the_text_never_writes_alone_is_no_seam():
    # twin: "wall | Harbex Marine": nothing below writes "Harbex" apart (an apposition or a compound)
    line = "The storm damaged the harbour wall Harbex Marine engineers will inspect it on Monday before it reopens."
    c = clean_text(f"{line}{TAIL}")
    assert _cut(c) == []


def test_a_month_before_a_fronted_report_is_kept():
    # twin: "<clause> <source> said on Tuesday" is one sentence whose comma was lost
    line = "The wall was built in May Acme engineers said on Tuesday morning at the harbour."
    c = clean_text(f"{line}{TAIL}")
    assert _cut(c) == []


def test_an_expletive_lead_is_kept_whole():
    # twin: a lead opening on "There" with no seam in it stays
    line = "There are fears the flood waters will reach the old town of Port Ellery by Friday evening."
    c = clean_text(f"{line}{TAIL}")
    assert _cut(c) == []
    assert line in c.text


def test_names_apart_reads_the_rest_of_the_text():
    rest = "Officials at Acme said on Monday. The Marota board met in Port Ellery."
    assert head_captions._names_apart("bank", "Acme", rest)
    assert not head_captions._names_apart("bank", "Harbex", rest)
    # a capitalised last word must itself stand apart below ("Marota board", not "Marota Acme")
    assert head_captions._names_apart("Marota", "Acme", rest)
    assert not head_captions._names_apart("Ellery", "Acme", "Acme met. Port Ellery Acme office.")


def test_a_caption_ending_on_a_place_before_a_common_word_is_cut():
    # "Oil" opens the lead: the text below writes "oil" in lower case, so no name goes on into it
    caption = "Sea otters coated in oil are being cleaned in Marota"
    lead = "Oil leaking from the broken pipe may reach the northern beaches by Sunday, the coast guard has said."
    c = clean_text(f"{caption} {lead}\n\nThe oil has spread along forty miles of coast.{TAIL}")
    assert _cut(c) == [caption]
    assert c.text.startswith(lead)


def test_a_title_case_name_of_common_words_is_no_seam():
    # twin: "International | Search and Rescue Team": a name of common words goes on across the seam
    line = ("Jane Roe is operations chief for the Marota International Search and Rescue Team "
            "Emergency crews and charities are working together to reach the valley after the flood.")
    c = clean_text(f"{line}\n\nThe search went on through the night.{TAIL}")
    assert not any(piece.endswith("International") for piece in _cut(c))
    assert "Search and Rescue Team" in c.text


# the page's headline or caption that the lead says again (head_captions.restated_seam)

RESTATED_TAIL = ("\n\nThe relief effort is run by the Marota council, and Anna Lee said she hoped to raise more."
                 + TAIL)


def _restated(c) -> list[str]:
    return [r.text for r in c.removed if r.reason == head_captions.RESTATED_REASON]


def test_a_headline_phrase_the_lead_restates_is_cut():
    headline = "Relief for children in Marota flood"
    lead = "Relief workers say children in the Marota flood zone need clean water most urgently."
    c = clean_text(f"{headline} {lead}{RESTATED_TAIL}")
    assert headline in [r.text for r in c.removed]
    assert c.text.startswith(lead)
    assert head_captions.restated_seam(f"{headline} {lead}", _tools(), RESTATED_TAIL) == (headline, len(headline) + 1)


def test_a_fronted_phrase_sharing_two_words_with_its_sentence_is_kept():
    # twin: a span opening on a preposition needs three words said again; a fronted phrase of
    # the lead shares one or two with its own sentence
    line = "In the wake of the Marota flood Marota's council has opened three flood shelters for families."
    c = clean_text(f"{line}{RESTATED_TAIL}")
    assert _restated(c) == []
    assert line in c.text


def test_a_seam_inside_a_name_the_text_writes_whole_is_no_seam():
    # twin: "Anna | Lee": the text below writes "Anna Lee" together, one name
    line = "Anna and the Marota band on flood single Anna Lee and the Marota band have confirmed they will sing on a flood single."
    c = clean_text(f"{line}{RESTATED_TAIL}")
    assert not any(piece.endswith("Anna") for piece in _restated(c))
    assert "Anna Lee and the Marota band have confirmed" in c.text


def test_a_span_ending_on_a_verb_is_no_restated_seam():
    # twin: "Aid workers have reached | Port Ellery ...": the verb's object is across the seam
    line = "Aid workers have reached Port Ellery Aid workers from the Marota council are helping the rescue there."
    assert head_captions.restated_seam(line, _tools(), RESTATED_TAIL) is None


def test_two_words_the_text_writes_together_are_no_seam():
    # twin: "Harbour | Board": the text writes "Harbour Board" again below, one name
    line = ("Acme keeps steady sales at Harbour Board despite new checks The Harbour Board has kept "
            "buying fuel from Acme even as the inquiry went on.")
    c = clean_text(f"{line}\n\nThe Harbour Board said it had no other supplier.{TAIL}")
    assert not any(piece.endswith("Harbour") for piece in _cut(c))
    assert "Board despite new checks" not in c.text.split("\n\n")[0][:30]


def test_integrator_a_name_of_the_form_x_of_the_y_is_not_split_at_the_head():
    # round thirty-one (integrator): "of the US | Coast Guard" goes on as one name; no seam there
    from storyline.clean import head_captions, noise
    line = ("Footage shows the slick in the bay as Admiral Jane Roe of the US Coast Guard explains how the leak began "
            "Acme says it has put a new cap on its broken well in the bay after a robot knocked the old one loose.")
    rest = "US officials said the cap was holding. The coast was quiet."
    seams = [w for _, _, _, _, w in head_captions._head_seams(line, noise._seam_tools(), rest, (3, 40), re.compile(r"[.;!?]"))]
    assert "Coast" not in seams and "Acme" in seams


def test_integrator_twin_a_name_not_after_of_still_seams():
    # the guard reads only "of (the) <Capitalised>": a caption ending on a name after "in" keeps its seam
    from storyline.clean import head_captions, noise
    line = ("Crews laid booms along the beaches in Louisiana Acme says it has put a new cap on its broken well "
            "in the bay after a robot knocked the old one loose.")
    rest = "Louisiana officials said the cap was holding. Oil reached the coast."
    seams = [w for _, _, _, _, w in head_captions._head_seams(line, noise._seam_tools(), rest, (3, 40), re.compile(r"[.;!?]"))]
    assert "Acme" in seams
    line2 = line.replace("in Louisiana", "of the Gulf")
    seams2 = [w for _, _, _, _, w in head_captions._head_seams(line2, noise._seam_tools(), rest, (3, 40), re.compile(r"[.;!?]"))]
    assert "Acme" not in seams2
