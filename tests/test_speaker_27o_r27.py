"""Issue 18, round twenty-seven (27o): an open speaker that must stay open.

Timeline17's copy puts a sentence to a line and its splitter breaks after a party-state
label (a congressman's name and "D-Mass." on one line, the comma and the cue on the next), so the cue of the second speaker
opens a paragraph with no subject of its own. The he/she of the quotation after it is then
scored between the speaker of the quote before and the congressman; the one before is the
better-scored but wrong one (bpoil_foxnews-73 Q20, left open by the tool, rightly). This
pins the abstention: never the speaker before, on an invented text of the same shape.
"""

from storyline.analyse import speakers
from storyline.pipeline import analyse_record
from storyline.types import Record

_SPLIT = ('"The harbour levy is far too high," Dale Barrow said.\n\n'
          "But Rep. Tom Harlan, D-Mass.\n\n"
          ', replied that the levy is "a fair price."\n\n'
          '"Every boat owner on the quay pays the same small sum," he said.')


def _who(a, q) -> str | None:
    i = q.speaker_mention if q.speaker_mention is not None else q.antecedent_mention
    return None if i is None else a.mentions[i].text


def test_a_he_after_a_split_party_label_is_never_the_speaker_before():
    a = analyse_record(Record(source="x.txt", text=_SPLIT))
    q = next(q for q in a.quotes if q.text.startswith("Every boat owner"))
    assert _who(a, q) != "Dale Barrow" or q.speaker_confidence < speakers.threshold()


def test_twin_the_speaker_before_keeps_a_he_with_no_one_between():
    # the twin: no second person between, the he is Barrow's
    text = ('"The harbour levy is far too high," Dale Barrow said.\n\n'
            '"Every boat owner on the quay pays the same small sum," he said.')
    a = analyse_record(Record(source="x.txt", text=text))
    q = next(q for q in a.quotes if q.text.startswith("Every boat owner"))
    assert _who(a, q) == "Dale Barrow" and q.speaker_confidence >= speakers.threshold()
