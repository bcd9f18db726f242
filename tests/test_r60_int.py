"""Round sixty, the integrator: a run of words the wire repeats is no run-in box when a name
runs across its bound (resolve/furniture.py, ``_run_ok``; seed 175 bpoil_reuters K1: the tail
of a background sentence, "Obama to rethink plans to ...", was cut after "President Barack"
because the words before it differed in each copy). Every text here is invented."""

from __future__ import annotations

from storyline import schema
from storyline.analyse.parse import minhash
from storyline.resolve import duplicates, furniture
from storyline.types import DocAnalysis, Mention

TAIL = "Roe to rethink the plans to open more coastal waters to drilling"
BODIES = ("The Port Ellery council approved a new harbour wall on Tuesday after months of debate among its members.",
          "Acme Corp sold more garden tools in the third quarter than in any quarter before, lifting its revenue.",
          "A rail strike halted trains across the eastern valley for a second day on Monday.")
LEADS = ("It has forced Governor Jane", "The spill pushed Judge Jim", "Critics want Mayor Ann")
NAMES = ("Jane Roe", "Jim Roe", "Ann Roe")
AFTER = ("Her office had no comment.", "Lawyers for the firm declined to speak.", "The vote comes next week.")


def doc(doc_id: str, text: str, names: list[str]) -> DocAnalysis:
    mentions = []
    for name in names:
        i = text.index(name)
        mentions.append(Mention(start=i, end=i + len(name), text=name, label="PERSON"))
    return DocAnalysis(version="t", document=schema.Document(id=doc_id, text=text), minhash=minhash(text),
                       mentions=mentions)


def texts() -> list[str]:
    return [f"{body}\n\n{lead} {TAIL}. {after}" for body, lead, after in zip(BODIES, LEADS, AFTER, strict=True)]


def runs(docs: list[DocAnalysis]) -> dict[str, list[str]]:
    got = furniture.find_runs(docs, duplicates.groups(docs, furniture.settings().related))
    return {d: [f.text for f in items] for d, items in got.items()}


def test_a_repeated_sentence_tail_after_a_first_name_stays():
    docs = [doc(f"d{i}", t, [name]) for i, (t, name) in enumerate(zip(texts(), NAMES, strict=True))]
    assert runs(docs) == {}


def test_the_same_words_glued_with_no_name_across_the_seam_are_still_a_run():
    # the twin: the same copies with no name read across the seam are a box run into each line
    docs = [doc(f"d{i}", t, []) for i, t in enumerate(texts())]
    assert runs(docs) == {f"d{i}": [TAIL + "."] for i in range(3)}


# --- the reviewer's finding on analyse/entities._bare_before: a relative's cue is a whole word ------

def _bare_refs(lead: str) -> list:
    from pipeline_helpers import analysed

    a = analysed("President Obama met the crews on Monday. Obama said the spill was bad.\n\n"
                 f"Guests at the picnic included {lead} Michelle Obama and two senators.\n")
    return [a.mentions[m.context.ref].text if m.context.ref is not None else None for m in a.mentions if m.text == "Obama"]


def test_a_name_ending_in_a_kin_noun_is_no_relative_cue():
    # "Jackson" ends in "son": the bearer after it is not brought in as a relative, so the bare
    # surnames read as they do after any other name
    assert _bare_refs("Tom Jackson,") == _bare_refs("Tom Smith,")


def test_twin_a_kin_noun_before_the_bearer_is_still_a_relative_cue():
    assert _bare_refs("his wife,") != _bare_refs("Tom Smith,")


# --- a possessive that lost its apostrophe ends the name (bpoil_foxnews E1: "BP s public relations
# problem" shown as an alias of BP) ------------------------------------------------------------------

def _mention_texts(text: str) -> list[str]:
    from pipeline_helpers import analysed

    return [m.text for m in analysed(text).mentions]


def test_a_name_before_a_lost_apostrophe_s_is_the_name_alone():
    got = _mention_texts("Critics said BP s public relations problem was its own making. BP declined to comment.")
    assert "BP s public relations problem" not in got and "BP" in got, got


def test_twin_a_name_with_no_lone_s_stays_whole():
    got = _mention_texts("Critics said BP Exploration and Production was at fault. BP declined to comment.")
    assert "BP Exploration and Production" in got, got
