"""Round forty, issue 18 (pronoun): a he/she cue subject right after a sentence whose main verb
is a saying by a named person goes on in that person's voice, though the fitted (GAP) weights
pick the story's most-named man several sentences back and the hand rules are unsure: a name
inside what was said is its topic, not a second voice. Refused when another person is named
outside the saying before the pronoun, or the sentence before is no saying. Every text here is
invented for the test."""

from __future__ import annotations

from pipeline_helpers import analysed, shown_speaker

from storyline.analyse import speakers

LEAD = ("Senator Hal Brandt wants the party's nomination. Brandt held a rally in Dayton on Monday, and the "
        "crowd cheered for Brandt. Donors praised Brandt.\n\n")
# the tag's own words name another man: what is said, not a voice (an indirect quotation)
LAST = "He is leaning toward Jim Ortiz on the negatives, he said, because donors want a winner."


def _forced(monkeypatch, hand_conf: float = 0.4) -> None:
    """The resolver's answer for the "he" of the last quotation made a disagreement: the fitted
    weights' pick the nearest "Brandt", the hand rules' the nearest "Keller", below the threshold."""
    orig = speakers.resolve_pronoun

    def fake(scene, tok, last=None, **kw):
        res = orig(scene, tok, last, **kw)
        if kw.get("use_model", True) is False or tok.lower_ != "he" or "negatives" not in scene.text[max(0, tok.idx - 120) : tok.idx + 40]:
            return res
        before = [i for i, m in enumerate(scene.candidates) if m.end <= tok.idx]
        model = max(i for i in before if scene.candidates[i].text.endswith("Brandt"))
        hand = max(i for i in before if scene.candidates[i].text.endswith("Keller"))
        return speakers.Resolution(model, 0.3, "forced: open", hand=(hand, hand_conf))

    monkeypatch.setattr(speakers, "resolve_pronoun", fake)


def _last(text: str):
    a = analysed(text)
    hits = [q for q in a.quotes if "on the negatives" in q.text]
    assert len(hits) == 1, [q.text for q in a.quotes]
    return shown_speaker(a, hits[0]), hits[0]


def test_the_sayer_of_the_sentence_before_goes_on_speaking(monkeypatch):
    _forced(monkeypatch)
    who, q = _last(LEAD + "Tom Keller said Brandt was his second choice among the candidates.\n\n" + LAST)
    assert who == "Tom Keller"
    assert "the saying right before" in (q.speaker_evidence or "")
    assert (q.speaker_confidence or 0) <= 0.7


def test_not_when_the_sentence_before_is_no_saying(monkeypatch):
    _forced(monkeypatch)
    who, q = _last(LEAD + "Tom Keller said Brandt was his second choice. Later Brandt met the donors.\n\n" + LAST)
    assert who is None
    assert "the saying right before" not in (q.speaker_evidence or "")


def test_not_when_another_man_is_named_outside_the_saying(monkeypatch):
    _forced(monkeypatch)
    who, q = _last(LEAD + "Tom Keller said Brandt was his second choice, and Jim Ortiz agreed with him.\n\n" + LAST)
    assert who is None
    assert "the saying right before" not in (q.speaker_evidence or "")


def _forced_agree(monkeypatch) -> None:
    """Both the fitted weights and the hand rules pick the nearest "Brandt", unsure."""
    orig = speakers.resolve_pronoun

    def fake(scene, tok, last=None, **kw):
        res = orig(scene, tok, last, **kw)
        if kw.get("use_model", True) is False or tok.lower_ != "he" or "negatives" not in scene.text[max(0, tok.idx - 120) : tok.idx + 40]:
            return res
        before = [i for i, m in enumerate(scene.candidates) if m.end <= tok.idx]
        model = max(i for i in before if scene.candidates[i].text.endswith("Brandt"))
        return speakers.Resolution(model, 0.4, "forced; the hand rules agree (0.40)")

    monkeypatch.setattr(speakers, "resolve_pronoun", fake)


def test_the_pick_named_only_in_what_was_said_gives_way_to_the_sayer(monkeypatch):
    _forced_agree(monkeypatch)
    who, q = _last(LEAD + "Tom Keller predicted that Brandt would lose the primary in June.\n\n" + LAST)
    assert who == "Tom Keller"
    assert "named there only in what was said" in (q.speaker_evidence or "")


def test_not_when_the_pick_is_named_outside_what_was_said(monkeypatch):
    _forced_agree(monkeypatch)
    who, q = _last(LEAD + "Tom Keller predicted that Brandt would lose the primary, and Brandt laughed.\n\n" + LAST)
    assert who is None
    assert "the saying right before" not in (q.speaker_evidence or "")


def test_not_when_someone_else_reports_between(monkeypatch):
    # a saying of another subject (here an unnamed reporter) after the voice: the nearer one
    _forced(monkeypatch)
    who, q = _last(LEAD + "Tom Keller said Brandt was his second choice, as a reporter for the Dayton "
                   "paper wrote.\n\n" + LAST)
    assert who is None
    assert "the saying right before" not in (q.speaker_evidence or "")
