"""The corpus stage's role lookup: "Shell's new boss" is not the boss the corpus knows (issue
18, round thirty-one; a whole-story read of seed 127's bbc story, where "BP's new boss ... has
told" was given to the former boss). Invented texts; the company is a real name so that the
tagger types it."""

from __future__ import annotations

from storyline.pipeline import analyse_record, build_story
from storyline.types import Record

_KNOWN = ("Shell boss Jim Roe said the plant would reopen in May.\n\n"
          "Jim Roe told staff on Monday that the repairs were done.\n\n"
          "Shell boss Jim Roe has led the firm since 2004.")


def _speaker_of(second: str) -> str | None:
    story = build_story([analyse_record(Record(source=f"d{i}.txt", text=t)) for i, t in enumerate([_KNOWN, second])])
    names = {e.id: e.name for e in story.entities}
    texts = {d.id: d.text for d in story.documents}
    for q in story.quotes:
        if "safety would come first" in texts[q.span.doc][q.span.start:q.span.end]:
            return names.get(q.speaker) if q.speaker else None
    raise AssertionError("quote not found")


def test_a_new_holder_of_the_role_is_not_the_known_one():
    assert _speaker_of("Shell's new boss said on Tuesday that safety would come first at the plant.") is None


def test_twin_the_role_alone_is_the_known_holder():
    assert _speaker_of("Shell's boss said on Tuesday that safety would come first at the plant.") == "Jim Roe"
