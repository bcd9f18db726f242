"""Live-blog furniture and mangled bullets in Guardian copy (H1N1_guardian K3, K5, K8):
reader calls, handovers between writers, a related-links run glued to the lead; each
with a must-keep twin."""

from __future__ import annotations

import pytest

from storyline.clean.noise import clean_text

BODY = ("The virus has spread to five more states, officials said on Tuesday.\n\n"
        "Schools in Texas were closed as a precaution after two pupils fell ill.\n\n")
END = "\n\nHealth officials said more cases were expected in the coming days."


@pytest.mark.parametrize("call", [
    "To join in, just log in to your Twitter account and send @AcmeNewsDesk your view.",
    "And of course, you are free to comment below this blog post.",
    "Thank you for contributing.",
    "Please keep your messages coming.",
])
def test_reader_call_is_cut(call):
    c = clean_text(BODY + call + END)
    assert call not in c.text
    assert any(r.text == call for r in c.removed)


@pytest.mark.parametrize("sentence", [
    # the same words quoted from someone in the story
    "\"Thank you for contributing,\" the minister told donors at the gala on Tuesday.",
    "\"Keep your messages coming,\" the senator told supporters at the rally.",
    # the words about a third party, not the reader
    "The minister said donors who comment on the scheme would be heard.",
])
def test_reader_call_words_in_a_sentence_stay(sentence):
    assert sentence in clean_text(BODY + sentence + END).text


def test_live_blog_handover_and_thanks_are_cut():
    text = BODY + "Jane Roe here in Washington, taking over.\n\nThanks again Matthew and Haroon." + END
    c = clean_text(text)
    assert "taking over" not in c.text and "Thanks again" not in c.text
    assert [r.reason.split(" (")[0] for r in c.removed] == ["byline: a live blog's handover"] * 2


@pytest.mark.parametrize("text", [
    # thanks with no handover before: a sentence of the story
    "Thanks again Matthew and Haroon.",
    # "taking over" as news
    "Jane Roe here in Washington is taking over the department next week, officials said.",
    # thanks that say more than names
    "Jane Roe here in Washington, taking over.\n\nThanks to Matthew's quick thinking, the crew escaped.",
])
def test_handover_look_alikes_stay(text):
    c = clean_text(BODY + text + END)
    assert "Matthew" in c.text or "department" in c.text


def test_mangled_bullet_links_glued_to_the_lead_are_cut():
    lead = "An airline pilot is being cared for on a closed ward at a Leeds hospital after falling ill."
    text = "cents Pilot on closed ward cents Peru orders new measures " + lead + "\n\n" + BODY.strip() + END
    c = clean_text(text)
    assert c.text.replace("\n\n", " ").startswith(lead)  # nothing cut (a lost boundary may be split since round fifteen, 16r)
    assert any(r.text.startswith("cents Pilot") for r in c.removed)


def test_cents_as_a_word_is_not_a_bullet():
    # must-keep twin: "cents" in prose, and a line opening with it in lower case
    lead = "cents a share was the dividend The board said on Tuesday it would pay more next year."
    c = clean_text(lead + "\n\n" + BODY.strip() + END)
    assert c.text.replace("\n\n", " ").startswith(lead)  # nothing cut (a lost boundary may be split since round fifteen, 16r)
