"""Issue 16, round sixteen (16x): live-blog handovers and "For more, follow/see ..." pointer
lines cut when they stand alone as a line (written from the held-out seed-41 audit,
H1N1_guardian K8/K9). Every text is invented; each must-cut case has a must-keep twin of
the same surface."""

from __future__ import annotations

import pytest

from storyline.clean.noise import clean_text

BODY = ("The flood appeal raised $2m in two days, the charity said on Tuesday.\n\n"
        "Volunteers in Port Ellery sorted parcels through the night.\n\n")
END = "\n\nOfficials said more relief flights would leave on Friday."


def _kept(line: str) -> bool:
    c = clean_text(BODY + line + END)
    return line in c.text and not any(r.text == line for r in c.removed)


# ---- live-blog handovers (H1N1_guardian seed 41 K8, K9)

@pytest.mark.parametrize("lines", [
    ["Jane Roe in Port Ellery, taking over.", "Thanks John and Jane."],
    ["(This is Jane Roe, I have taken over from John Doe while he takes a break)."],
    ["This is Jane Roe taking over from John Doe."],
    ["This is Jane Roe in the Acme Post's Port Ellery office, taking over from John Doe for the rest of the day."],
    ["5.30 pm: Good afternoon, this is Jane Roe in the Acme Post's Port Ellery bureau, taking over from John's excellent work."],
])
def test_handover_lines_are_cut(lines):
    c = clean_text(BODY + "\n\n".join(lines) + END)
    assert [r.text for r in c.removed] == lines
    assert all(r.reason.startswith("byline: a live blog's handover") for r in c.removed)


@pytest.mark.parametrize("line", [
    # must-keep twins: sentences of the story that open the same way
    "Jane Roe in Port Ellery, taking over the agency next month, said the budget would grow.",
    "Jane Roe here, from the Port Ellery bureau, said the talks had failed.",
    "This is Jane Roe, I have taken over the company and I will keep its workers.",
    '"This is Jane Roe, I have taken over from John Doe," the new mayor told the council.',
    "Thanks John and Jane.",  # thanks with no handover above
    "This is Jane Roe taking over from John Doe as chief executive of Acme Corp.",
    "John Doe, senior vice president of Acme's drilling business, is taking over.",
    # tried, not shipped (each fired only on the text it was written from): they stay
    "Jane Roe here, from the Port Ellery bureau.",
    "That's it from me, my Port Ellery colleague, Jane Roe, will be running the blog for the rest of the afternoon.",
])
def test_handover_look_alikes_stay(line):
    assert _kept(line)


# ---- a line sending the reader to other coverage (H1N1_guardian seed 41 K9)

@pytest.mark.parametrize("line", [
    "For more follow John Doe's live coverage of the council debate.",
    "For more, see our guide to the flood.",
    "For more on the appeal, see www.example.org.",
])
def test_pointer_lines_are_cut(line):
    c = clean_text(BODY + line + END)
    assert [(r.text, r.reason.split(" (")[0]) for r in c.removed] == [(line, "promo: a line sending the reader to other coverage")]


@pytest.mark.parametrize("line", [
    # must-keep twins: sentences that open with "For more"
    "For more than a decade, Port Ellery has stored sandbags by the harbour.",
    "For more follow-up tests, doctors sent samples to the capital.",
    "For more, see the report, the minister said.",
    "For more, see the report. The council will meet again on Monday to vote on the budget.",
])
def test_pointer_look_alikes_stay(line):
    assert _kept(line)
