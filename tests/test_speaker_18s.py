"""Wrong speakers of the held-out seed-37 audit (issue 18, round fifteen, 18s): a sentence whose
reporting clause is a trailing "<content>, <title> <Name>, said" taken as its first verb's
(an attitude verb: "Acme Corp hopes ...") with the content running on over the speaker's name;
and a "she said" given to a name before a quotation opened with no punctuation after a clause
(a caption run into a paragraph: the words before the mark are not the quotation's sentence).

Each rule has a test on a short invented text and a must-not-fire twin (bench/RESULTS.md,
round fifteen, 18s)."""

from __future__ import annotations

from scenes import quote_starting as _quote
from scenes import who as _who

from storyline.pipeline import analyse_record
from storyline.types import Record


def _analyse(text: str):
    return analyse_record(Record(source="x.txt", text=text))


# --- "<content>, <title run> <Name>, said": the trailing tag's subject speaks ----------------

_MINE = "Acme Corp runs the old mine at Port Ellery.\n\n"
_HOPE = "Acme Corp hopes to keep the old mine shut until a new shaft reaches it and drains the mine by mid-August"


def test_a_trailing_title_and_name_before_said_is_the_speaker():
    a = _analyse(_MINE + _HOPE + ", Acme Corp's chief operating officer of mining and safety Jane Roe, said on Sunday.")
    q = _quote(a, "Acme Corp hopes to keep")
    assert q.text.endswith("by mid-August"), q.text
    assert _who(a, q) == "Jane Roe", q.speaker_evidence
    for other in a.quotes:
        assert "Jane Roe" not in other.text, other.text  # no content holds its own speaker's name and cue
        assert _who(a, other) != "Acme Corp", (other.text, other.speaker_evidence)


def test_twin_a_hope_with_no_trailing_tag_stays_the_organisation_s():
    a = _analyse(_MINE + _HOPE + ", when the rains end.")
    q = _quote(a, "to keep the old mine shut")
    assert _who(a, q) == "Acme Corp", q.speaker_evidence


def _tag(text: str):
    from storyline.analyse import entities, parse, quotes
    from storyline.analyse.nlp import load
    from storyline.schema import Document
    from storyline.types import DocAnalysis

    sdoc = load()(text)
    a = DocAnalysis(version="t", document=Document(id="x", text=text, language="en"))
    a.sentences = parse.sentences(sdoc, [])
    a.mentions, a.descriptions = entities.extract(sdoc, a)
    ctx = quotes._Ctx(sdoc, a, quotes.find_direct(text))
    return [quotes._trailing_tag(ctx, t) for t in sdoc if t.lower_ in ("said", "says", "told")]


def test_twin_no_trailing_tag_without_a_title_or_with_a_subject_or_a_quotation():
    # a name alone between commas: no title to read an apposition from
    assert _tag(_HOPE + ", Jane Roe, said on Sunday.") in ([None], [])
    # a cue with its own subject is the ordinary path
    assert _tag("Acme Corp hopes to reopen the plant by mid-August, Acme Corp's chief executive Jane Roe "
                "said on Sunday.") == [None]
    # a direct quotation's own attribution is the quotation finder's
    assert _tag('"We hope to keep the old mine shut until the new shaft reaches it by mid-August," Acme Corp\'s '
                "chief operating officer of mining and safety Jane Roe, said on Sunday.") in ([None], [])


# --- a quotation opened right after a clause with no punctuation: a lost boundary ----------

_CLINIC = ("Dr Jane Roe of the Port Ellery clinic says many of those hurt in floods never reach care.\n\n"
           "Being trapped can lead to shock, she says.\n\nWhen the water drops, the body is unable to cope.\n\n")
_QUOTE = ("\"It causes great pain and people are in agony and need urgent care within hours,\" she said.\n\n"
          "Dr Roe says such cases are rare.")


def test_a_name_before_a_run_in_quotation_is_not_its_she():
    a = _analyse(_CLINIC + "Mary Poe spent nine days on the roof of her home " + _QUOTE)
    q = _quote(a, "It causes great pain")
    assert _who(a, q) in ("Jane Roe", None), q.speaker_evidence  # the doctor the passage is about, or open


def test_twin_a_stop_before_the_quotation_keeps_the_name_before():
    a = _analyse(_CLINIC + "Mary Poe spent nine days on the roof of her home. " + _QUOTE)
    q = _quote(a, "It causes great pain")
    assert _who(a, q) == "Mary Poe", q.speaker_evidence  # her own sentence just before: the scorer's to weigh


def _lost(text: str):
    from scenes import scene

    from storyline.analyse import quotes, speakers

    sdoc, sc = scene(text)
    sc.quoted = [(d.start, d.end) for d in quotes.find_direct(text)]
    she = [t for t in sdoc if t.lower_ == "she"][-1]
    return speakers.lost_boundary(sc, she)


def test_lost_boundary_only_without_punctuation_before_a_full_quotation():
    run_in = "Mary Poe spent nine days on the roof of her home \"It causes great pain and people need care within hours,\" she said."
    assert _lost(run_in) is not None
    assert _lost(run_in.replace("her home \"", "her home: \"")) is None  # a colon: a boundary kept
    assert _lost(run_in.replace("her home \"", "her home, \"")) is None  # a comma
    # a quoted fragment inside the sentence, in lower case, is that sentence's
    assert _lost("Mary Poe called the flood \"a disaster for everyone who lives along the river in town,\" she said.") is None
    assert _lost("Mary Poe called the flood \"A disaster,\" she said.") is None  # too short to be a sentence of its own


def test_twin_no_trailing_tag_after_a_name_or_on_a_company():
    # the run is the apposition of the person named before its comma: the ordinary path
    assert _tag("Acme Corp hopes to reopen the old mine by mid-August, Jane Roe, chief operating officer of mining "
                "company Ellery Jones, said on Sunday.") in ([None], [])
    # a body's name after "company" is no person, whatever the tagger says
    assert _tag(_HOPE + ", the chief executive of mining company Ellery Jones, said on Sunday.") in ([None], [])
