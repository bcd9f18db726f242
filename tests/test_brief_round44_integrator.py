"""Round forty-four, integrator (in-sample, seed 159's bpoil_guardian B10): a piece with no end stop
that the sentence splitter cut off a headline run into the lead is no brief sentence; a twin keeps a
sentence ending on its stop. Small texts written here."""

from __future__ import annotations

from test_brief import analysis
from test_brief_reads_alone import told

from storyline.types import Sentence

HEAD = "Harbour spill at Port Ellery threatens a costly clean-up and a disaster for the bay"
LEAD = "This was the accident the operator insisted could never happen, officials said on Monday."
MORE = ("Acme Shipping said on Tuesday that its tanker had leaked 5,000 tonnes of fuel oil into the bay "
        "after it struck the harbour wall.")


def _split_at_seam(doc_id: str, text: str, seam: int):
    a = analysis(doc_id, text, "2010-05-02")
    first = a.sentences[0]
    a.sentences[0:1] = [Sentence(start=first.start, end=seam), Sentence(start=seam + 1, end=first.end)]
    return a


def test_a_headline_piece_run_into_the_lead_is_not_told():
    text = f"{HEAD} {LEAD}\n{MORE}\n"
    story = told(_split_at_seam("d1", text, len(HEAD)), n=5)
    assert not any(s.text.startswith("Harbour spill") for s in story)


def test_twin_a_sentence_with_its_stop_before_the_next_one_is_told():
    head = HEAD + "."
    text = f"{head} {LEAD}\n{MORE}\n"
    story = told(_split_at_seam("d1", text, len(head)), n=5)
    assert any(s.text.startswith("Harbour spill") for s in story)
