"""Broadcasters' clip furniture the held-out seed-53 audit found kept (issue 16, round
nineteen, 16z): a radio clip's warning to its listeners, a clip teaser on a line of its own
("<Name> reports on ...", "<Name>, <role>, explains ..."), and a clip's or picture's caption
"<Name>: <verbless phrase>" run into the next paragraph. Every text is invented; each
must-cut shape has a must-keep twin of the same surface."""

from __future__ import annotations

import pytest

from storyline.clean.noise import _named_caption, clean_text

LEAD = ("Rescue teams from several countries arrived on Wednesday and began searching the collapsed buildings.\n\n"
        "Officials said the airport was open again for relief flights carrying food and water.\n\n")
TAIL = "\n\nThe government said it would publish a full list of the dead by the end of the week."


def _cut(text: str) -> dict[str, str]:
    return {r.text: r.reason for r in clean_text(text).removed}


# ---- a radio clip's warning to its listeners

@pytest.mark.parametrize("line", [
    "Some listeners may find parts of this report distressing.",
    "Listeners may find parts of the interview upsetting.",
])
def test_a_listeners_warning_is_cut(line):
    text = LEAD + line + TAIL
    assert _cut(text).get(line, "").startswith("promo: teaser of a video or audio clip")
    assert line not in clean_text(text).text


@pytest.mark.parametrize("line", [
    # twin: the warning reported, as the article's account
    "The station said some listeners may find parts of the interview distressing.",
    # twin: listeners and a report in prose, without the warning's shape
    "Many listeners found parts of the report hard to follow, and the station apologised.",
])
def test_a_reported_or_prose_listeners_line_stays(line):
    text = LEAD + line + TAIL
    assert line in clean_text(text).text


# ---- a clip teaser on a line of its own

@pytest.mark.parametrize("line", [
    "Jane Roe reports on the rebuilding of the old harbour, as the first ships return.",
    "John Doe, an engineer at the port authority, explains how the damaged cranes are being repaired.",
    "Mary Major, head of the island's relief agency, discusses the shortage of clean water.",
])
def test_a_clip_teaser_line_is_cut(line):
    text = LEAD + line + TAIL
    assert _cut(text).get(line, "").startswith("promo: a broadcaster's teaser")
    assert line not in clean_text(text).text


@pytest.mark.parametrize("line", [
    # twin: the past tense: the article's account of what someone did
    "John Doe, an engineer at the port authority, explained how the damaged cranes were being repaired.",
    # twin: a reported finding ("that") after a day
    "Jane Roe reports on Monday that the old harbour will reopen within a month.",
    # twin: a one-word subject is an outlet as often as a person
    "Reuters reports on the rebuilding of the old harbour, as the first ships return.",
    # twin: a clause opener before the name
    "As Jane Roe reports on the rebuilding of the harbour, the first ships return.",
])
def test_an_article_sentence_of_the_same_surface_stays(line):
    text = LEAD + line + TAIL
    assert line in clean_text(text).text


def test_a_teaser_followed_by_the_persons_words_stays():
    # twin: the writer introduces the person and the next line gives their words
    line = "John Doe, an engineer at the port authority, explains how the damaged cranes are being repaired."
    text = LEAD + line + '\n\n"We take the smallest cranes apart first," he says.' + TAIL
    assert line in clean_text(text).text


def test_a_teaser_with_a_lead_run_into_it_stays_whole():
    # twin: a sentence runs into the line (a capitalised opener after a lower-case word):
    # cutting the line would cut the lead with it
    line = ("John Doe, an engineer at the port, explains how the funnel should work A steel funnel will be "
            "lowered onto the leaking well on Thursday, the company says.")
    text = LEAD + line + TAIL
    assert "A steel funnel will be lowered" in clean_text(text).text


# ---- "<Name>: <verbless phrase>" run into the next paragraph

OPEN = "Floods swept through the valley towns of Port Ellery on Monday, officials said."
NEXT = "The nurse told me her story as we walked along the ward."


def _clean(piece: str):
    return clean_text(f"{OPEN}\n\n{piece} {NEXT}{TAIL}")


def test_a_named_caption_run_into_the_paragraph_is_cut():
    piece = "Jane Roe: inside a field clinic for children with burns"
    c = _clean(piece)
    assert [r.text for r in c.removed if r.reason.startswith("caption: a clip's or picture's caption")] == [piece]
    assert NEXT in c.text.split("\n\n")


@pytest.mark.parametrize("piece", [
    # twin: a transcript's turn (a finite verb after the colon)
    "Jane Roe: we stayed in the clinic all night",
    # twin: a one-word label before the colon
    "Update: inside a field clinic for children with burns",
    # twin: capitals after the colon (a headline kicker, not this shape)
    "Jane Roe: Inside a field clinic for children with burns",
])
def test_a_named_caption_twin_is_kept(piece):
    c = _clean(piece)
    assert not [r for r in c.removed if r.reason.startswith("caption: a clip's or picture's caption")]
    assert NEXT in c.text


def test_named_caption_reads_only_its_shape():
    assert _named_caption("Jane Roe: inside a field clinic for children with burns")
    assert not _named_caption("Jane Roe: we stayed in the clinic all night")
    assert not _named_caption("Jane Roe inside a field clinic for children with burns")


# ---- a verbless caption ending on a name, run into a sentence opener (the seam after a capital)

VERBLESS = "caption: a verbless caption"
LEAD2 = "The lead sentence of the report said the storm had passed the island by Monday night."


def _clean2(line: str):
    return clean_text(f"{LEAD2}\n\n{line}{TAIL}")


def test_a_verbless_caption_ending_on_a_name_is_cut_before_the_opener():
    line = "Relief teams flying out to Port Ellery In his first speech since the storm, the mayor thanked the volunteers."
    c = _clean2(line)
    assert [r.text for r in c.removed] == ["Relief teams flying out to Port Ellery"]
    assert "In his first speech since the storm, the mayor thanked the volunteers." in c.text.split("\n\n")


@pytest.mark.parametrize("line", [
    # twin: a sentence with its finite verb that lost its stop before the opener: not read
    "Relief teams flew out to Port Ellery In his first speech since the storm, the mayor thanked the volunteers.",
    # twin: a title in title case before the opener
    "Rescue Teams Flying Out To Port Ellery In his first speech since the storm, the mayor thanked the volunteers.",
    # twin: "A" after a name is a letter as often ("Patient A")
    "Doctors treating the man known only as Patient A in the new ward of the hospital were praised.",
])
def test_a_name_end_seam_twin_is_kept(line):
    c = _clean2(line)
    assert not [r for r in c.removed if r.reason.startswith(VERBLESS)]
    assert "Port Ellery" in c.text or "Patient A" in c.text


def test_the_name_end_seam_is_not_read_on_the_texts_first_line():
    # twin: the text's first kept line is the opening rules' to read
    line = "Relief teams flying out to Port Ellery In his first speech since the storm, the mayor thanked the volunteers."
    c = clean_text(line + TAIL)
    assert not [r for r in c.removed if r.reason.startswith(VERBLESS)]
