"""Round twenty-five (25k): the brief's defence in depth against page clutter the cleaner
left in (a dated caption's label, a wire picture's credit, a forum's "Q:"), and a seam
that would start the lead inside its subject; each rule with a twin it must not fire on.
Small texts written here."""

from __future__ import annotations

import pytest
from test_brief import analysis
from test_brief_reads_alone import BACKGROUND, told, with_names

from storyline.resolve import brief


@pytest.mark.parametrize("sentence, reason", [
    ("June 15, 2010: Mayor Jane Roe speaks from her office about the spill in the bay.", "date label"),
    ("AP May 28: Acme chief Jane Roe walks along the oiled beach at Port Ellery today.", "date label"),
    ("Crews lower a dome over the broken pipe near Port Ellery (AP Photo/Jane Roe).", "credit"),
    ("The oil spill and the ethics of the harbour towns Q: What do the churches teach us?", "Q:"),
])
def test_clutter_shapes_are_barred_with_their_reason(sentence, reason):
    why = brief.clutter_shape(sentence)
    assert why is not None and (reason in why or reason.split()[-1] in why)
    a = analysis("aaaa", BACKGROUND + "\n" + sentence)
    assert not any(x.text == sentence for x in told(a))


@pytest.mark.parametrize("sentence", [
    # a date in the sentence's course, not a label opening it
    "By June 2, Acme said, the dome would be over the broken pipe near Port Ellery.",
    "The deadline was moved to June 2: after that, the council said, the beaches would close.",
    # an agency named as a source in brackets, no picture credit
    "Acme shares fell 5 percent in London (Reuters) as the slick spread towards the coast.",
    # "IQ:" and a Q inside a word are no forum markers
    "The test gives each pupil an IQ: a number the council uses to place them in classes.",
])
def test_prose_with_dates_sources_and_colons_is_no_clutter(sentence):
    assert brief.clutter_shape(sentence) is None


def test_a_seam_inside_the_subject_bars_the_sentence_rather_than_cut_it():
    # the seam the glue reader finds at "Acme" falls after "the new", which modifies "flu":
    # cut there, the lead would say the flu itself "climbed to 1,243"
    sent = ("The count of known cases of the new Acme Valley flu climbed to 1,243 on Tuesday while deaths "
            "stayed at nine, the health agency said.")
    seam = sent.index("Acme")
    assert brief._cuts_a_phrase(sent, seam)
    a = with_names(analysis("aaaa", sent + "\n" + BACKGROUND), ("Acme Valley", "ORG"))
    assert not any(x.text.startswith("Acme Valley flu climbed") for x in told(a))


def test_a_headline_ending_on_its_verb_is_no_phrase_cut():
    # must not fire: the headline's last word belongs to the headline
    sent = "Flood waters rise in the valley Relief crews reached the town of Port Ellery on Tuesday night."
    assert not brief._cuts_a_phrase(sent, sent.index("Relief"))
