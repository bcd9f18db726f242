"""Issue 16, round sixteen (16i): an interviewer's questions to "you" in a transcript are
article text, not reader prompts. Every text is invented; each given-back case has a
must-cut twin of the same surface (the same question without the turn structure, or a
question that names a reader channel)."""

from __future__ import annotations

import pytest

from storyline.clean.noise import clean_text

BROADCAST = (
    "ROE: Welcome back. The spill off Port Ellery is in its fortieth day.\n\n"
    "Governor Doe joins us from the coast.\n\n"
    "{q}\n\n"
    "DOE: Well, the booms are holding along most of the beaches.\n\n"
    "We have crews working through the night.\n\n"
    "ROE: And the fishermen?\n\n"
    "DOE: They are angry, and they have every right to be.\n\n"
    "SMITH, ACME CORP SPOKESMAN: We are paying every claim we receive.\n\n"
    "ROE: Thank you both.")

CHAT = (
    "Jane Roe: Good morning, everyone. Let's get to your questions about the spill.\n\n"
    "Port Ellery, Md.: {q}\n\n"
    "Jane Roe: Probably not for another month; the relief well is still being drilled.\n\n"
    "Acme City, Maine: Will the beaches be open in August?\n\n"
    "Jane Roe: Some of them, the state park service says.\n\n"
    "Dale Town, Va.: How much oil has reached the marshes?\n\n"
    "Jane Roe: Nobody knows yet.\n\n"
    "Ellery Falls, Pa.: Is the water safe to swim in?\n\n"
    "Jane Roe: Not near the booms.")

PLAIN = (
    "The spill off Port Ellery is in its fortieth day, the coast guard said on Tuesday.\n\n"
    "Crews worked through the night to hold the booms along the beaches.\n\n"
    "{q}\n\n"
    "Officials said more skimmers would arrive on Friday.")


def _kept(shape: str, q: str) -> bool:
    c = clean_text(shape.format(q=q))
    return q in c.text and not any(q in r.text for r in c.removed)


@pytest.mark.parametrize("q", [
    "What do you think of the new cover?",
    "Why don't you tell us what you have come up with?",
    "I know you back him, but what is your own view?",
])
def test_a_hosts_question_in_a_broadcast_transcript_stays(q):
    assert _kept(BROADCAST, q)


@pytest.mark.parametrize("q", [
    "What do you think?",
    "Why don't you tell us what you have come up with?",
])
def test_the_same_question_without_turns_is_still_a_prompt(q):
    # must-cut twin: no transcript, so a question to "you" is put to the reader
    assert not _kept(PLAIN, q)


def test_a_chat_readers_question_stays():
    assert _kept(CHAT, "Do you think this effort will work?")


@pytest.mark.parametrize("q", [
    "What do you think? Leave your comments below.",
    "What do you think? Share your thoughts?",
    "Are you affected by the spill? Tell us by e-mail?",
])
def test_a_prompt_naming_a_channel_is_cut_even_in_a_transcript(q):
    # must-cut twin: a reader channel keeps a question a prompt
    assert not _kept(BROADCAST, q)


def test_a_live_blog_with_time_stamps_is_no_transcript():
    # must-cut twin: "1928:" stamps and one repeated "UPDATE:" label are no turns
    blog = ("1930: The president will speak from the Oval Office tonight.\n\n"
            "1928: Staff hope the address will be a turning point.\n\n"
            "What do you think?\n\n"
            "UPDATE: The address has been moved to 2000.\n\n"
            "UPDATE: Officials say it will last 18 minutes.\n\n"
            "1917: A recovery czar is to be appointed, officials said.")
    assert not _kept(blog, "What do you think?")


def test_a_q_and_a_with_two_labels_only_abstains():
    # Q./A. alone are two labels: not enough to call a transcript (abstain, cut as before)
    text = ("Q. What is the relief well?\n\nA. A second well drilled to meet the first.\n\n"
            "Q. When will it be finished?\n\nA. In August, the company said.\n\n"
            "What do you think?\n\nOfficials said more skimmers would arrive on Friday.")
    assert not _kept(text, "What do you think?")


# ---- round thirty-two (issue 16): a host's words to the guest that end on no question mark

@pytest.mark.parametrize("q", [
    "Now to your plan: tell us what you have come up with.",
    "To begin, what do you make of the -- it is maddening, since none of this stops the leak.",
    "Do you think there is an agenda here -- DOE: I think it is plain incompetence.",
])
def test_a_hosts_words_without_a_question_mark_stay_in_a_transcript(q):
    assert _kept(BROADCAST, q)


@pytest.mark.parametrize("q", [
    # must-cut twins: no transcript, the same words are put to the reader
    "Now to your plan: tell us what you have come up with.",
    "To begin, what do you make of the -- it is maddening, since none of this stops the leak.",
])
def test_the_same_words_without_turns_are_still_a_prompt(q):
    assert not _kept(PLAIN, q)


def test_a_call_naming_a_channel_in_a_transcript_is_still_cut():
    # must-cut twin: a reader channel keeps a line a prompt, question mark or not
    assert not _kept(BROADCAST, "Tell us what you think in the comments below.")


# ---- round thirty-two (issue 16): a questionnaire's or interview's "Q." question

POLL = (
    "Most adults rate the company's response to the spill as poor, a new poll finds.\n\n"
    "The poll was conducted among a random national sample of 1,000 adults.\n\n"
    "{q}\n\n"
    "Seven in ten say the company took unnecessary risks.")


@pytest.mark.parametrize("q", [
    "Q. Do you think the government should or should not pursue charges against the company?",
    "Q: How much blame, if any, do you think the company deserves for the spill?",
    "Net Poor 54 81 Q: How much blame, if any, do you think the company deserves?",
])
def test_a_polls_labelled_question_stays(q):
    assert _kept(POLL, q)


@pytest.mark.parametrize("q", [
    # must-cut twins: no label, or a label with a reader channel
    "Do you think the government should or should not pursue charges against the company?",
    "Q. What do you think? Leave your comments below.",
])
def test_an_unlabelled_question_or_a_labelled_call_is_still_a_prompt(q):
    assert not _kept(POLL, q)


# ---- round thirty-two (issue 16): "tell us" asked in a question

@pytest.mark.parametrize("q", [
    "Tell us about the second well, and what you have ready if it fails?",
    "What are you trying to tell us?",
])
def test_tell_us_asked_in_a_question_stays(q):
    assert _kept(PLAIN, q)


@pytest.mark.parametrize("q", [
    # must-cut twins: the call said (a full stop), or asked but naming a channel
    "Tell us about the second well where you live.",
    "Tell us your stories by filling in the form below?",
    "Is the water safe where you live? Tell us.",
    "Could you please tell us what you saw on the beach?",
])
def test_tell_us_said_or_naming_a_channel_is_still_a_prompt(q):
    assert not _kept(PLAIN, q)
