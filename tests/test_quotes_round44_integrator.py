"""Round forty-four, integrator: speaker mends from seed 159's first judging (in-sample, each
naming its item), each with a close text where the rule must not fire. Texts written for the test."""

from __future__ import annotations

from storyline.analyse import names
from storyline.pipeline import analyse_record
from storyline.types import Record


def _quotes(text: str):
    an = analyse_record(Record(source="t.txt", text=text))
    t = an.document.text

    def who(q):
        k = q.speaker_mention if q.speaker_mention is not None else q.antecedent_mention
        return None if k is None else t[an.mentions[k].start : an.mentions[k].end]
    return [(q.text, who(q), q.cue) for q in an.quotes]


FIRST = '"If you drill in deep water you should be ready for a blowout," said Tom Harlan, a lawyer in Mobile.\n\n'
LAST = '\n\n"The way to treat a slick is to spray it early, before it spreads," he said.\n'


def test_a_man_brought_in_as_the_doer_of_a_passive_is_not_passed_over_for_the_speaker_before():
    # bpoil_guardian Q3: the "he" went to the speaker two sentences back
    qs = _quotes(FIRST + "This point was backed by Chris Fell, professor of marine biology at Bayside University." + LAST)
    said = [q for q in qs if q[0].startswith("The way")]
    assert said and said[0][1] != "Tom Harlan"


def test_a_woman_brought_in_as_the_doer_of_a_passive_leaves_he_with_the_man_before():
    qs = _quotes(FIRST + "The hearing was chaired by Senator Jane Fell in the capital on Monday." + LAST)
    said = [q for q in qs if q[0].startswith("The way")]
    assert said and said[0][1] == "Tom Harlan"


def test_a_quotation_is_not_given_to_the_subject_of_a_while_clause_after_it():
    # bpoil_guardian Q30
    qs = _quotes('Rita Palmer mused on her blog that "no human venture is ever without risk", while '
                 'congressman John Culver described the spill as a "statistical anomaly".')
    assert not any(q[0].startswith("no human venture") and q[1] == "John Culver" for q in qs)


def test_a_quotation_inside_the_while_clause_keeps_its_cue():
    qs = _quotes('Rita Palmer called it "a human failure", while congressman John Culver said it was "a statistical anomaly".')
    assert any("statistical anomaly" in q[0] and q[1] == "John Culver" for q in qs)
    assert any("human failure" in q[0] and q[1] == "Rita Palmer" for q in qs)


def test_a_trial_phase_is_no_organisation_and_no_speaker():
    # H1N1_reuters Q12: "a Phase II study had shown" was given to "Phase II"
    assert names.is_junk_name("Phase II") and names.is_junk_name("Stage 3")
    qs = _quotes("The group also said on Thursday a Phase II study had shown that the vaccine protected children.")
    assert not any(q[1] == "Phase II" for q in qs)


def test_a_named_company_study_still_speaks_for_the_company():
    assert not names.is_junk_name("Louis XIV") and not names.is_junk_name("X")
    qs = _quotes("The company said on Thursday a Novartis study had shown that the vaccine protected children.")
    assert any(q[0].startswith("that the vaccine") and q[1] == "Novartis" for q in qs)


def test_a_relative_clause_after_the_cue_is_no_content():
    # H1N1_reuters Q39: "a copy of which was obtained by Reuters" given as what the WHO head said
    qs = _quotes('"The pandemic will be with us for months," Dr. Margaret Chen said in a letter to staff, '
                 "a copy of which was obtained by Reuters.")
    assert not any("copy of which" in q[0] for q in qs)
    assert any(q[0].startswith("The pandemic") and q[1] == "Margaret Chen" for q in qs)


def test_a_clause_with_no_relative_pronoun_after_the_comma_is_still_content():
    qs = _quotes("Dr. Margaret Chen said, a copy of the report was sent to every ministry.")
    assert any("copy of the report" in q[0] and q[1] == "Margaret Chen" for q in qs)


def test_a_relative_clause_inside_the_content_s_subject_leaves_it_content():
    # the census: "pointed out, however, that people from places in which ..." is content
    qs = _quotes("Acme Wire pointed out, however, that people from places in which it is usual to nap on the floor "
                 "may be more at risk.")
    assert any(q[0].startswith("that people from places") for q in qs)


LABELLED = ('A man known only as Geoff, on a ship above the pipeline, asks: "Do you want to try it again?"\n\n'
            'Geoff replies: "We can just spin it."\n\n{label} "Roger that. We will try again."\n\nIt is slow work.')


def test_a_lower_case_label_naming_another_voice_is_not_the_speaker_before():
    # bpoil_guardian Q13 (drawn by the rebuild; the base gave it to Geoff too)
    qs = _quotes(LABELLED.format(label="mission control:"))
    assert not any(q[0].startswith("Roger that") and q[1] == "Geoff" for q in qs)


def test_twin_a_label_naming_the_speaker_before_goes_on_with_him():
    qs = _quotes(LABELLED.format(label="Geoff:"))
    assert any(q[0].startswith("Roger that") and q[1] == "Geoff" for q in qs)
