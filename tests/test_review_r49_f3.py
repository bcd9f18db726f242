"""Round forty-nine review's items 1, 2 and 5 (misfires the round added), mended by narrowing the
rules; each text here is invented and failed on the merged code before the mend."""

from storyline.clean import clean_record
from storyline.clean.quote_chips import strip as strip_chips
from storyline.resolve import brief
from storyline.types import Record


def test_capitals_after_a_possessive_are_no_quote_chip():
    text = "In Europe, London's FTSE +0.85% and Frankfurt's DAX -0.40% were mixed at midday."
    assert strip_chips(text)[0] == text


def test_capitals_after_a_possessive_are_no_quote_chip_twin():
    out, cut = strip_chips("Acme Corp. ACME +2.00%  plans to split in two.")
    assert out == "Acme Corp. plans to split in two." and cut


def _clean(text: str) -> str:
    return clean_record(Record(source="t.txt", text=text)).text


_BODY = (
    "The river burst its banks on Tuesday night, flooding more than 200 homes in the town.\n\n"
    "Emergency crews worked through the night to move families to the school hall, the council said.\n\n"
)


def test_an_appeal_for_witnesses_answered_by_its_own_if_so_is_still_cut():
    out = _clean(_BODY + "Were you caught up in the floods? If so, we would like to hear from you.\n")
    assert "hear from you" not in out and "burst its banks" in out


def test_an_appeal_for_witnesses_answered_by_its_own_if_so_is_still_cut_twin():
    hook = "Have you ever watched a river rise? If so, you will know how fast the water came up on Tuesday.\n\n"
    out = _clean(hook + _BODY)
    assert "you will know how fast" in out


def test_a_source_not_authorized_to_discuss_the_matter_is_no_dangling_shell_noun():
    s = ("An army officer, who spoke on condition of anonymity because he was not authorized to discuss "
         "the matter publicly, said 40 soldiers had been killed in the attack.")
    assert brief.dangling_shell_noun(s) is None
    assert brief.dangling_shell_noun("Acme, which declined to comment on the matter, is expected to cut 3,000 jobs.") is None


def test_a_source_not_authorized_to_discuss_the_matter_is_no_dangling_shell_noun_twin():
    assert brief.dangling_shell_noun('"There are solutions to this problem," said the airline\'s manager.') is not None
