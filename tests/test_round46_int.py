"""Round forty-six's in-sample mends (seed 161 over six FNC-1 claims), each with a twin that must not fire."""
from storyline.clean.noise import clean_text


def test_first_line_closing_on_a_colon_is_the_opening_not_the_title():
    text = ("From a reader in Lisbon:\n\n"
            "I walked past the square this morning and saw the crowd growing by the hour. "
            "Nobody I spoke to expected the police to move in before nightfall.\n")
    cleaned = clean_text(text)
    assert cleaned.text.startswith("From a reader in Lisbon:")
    assert not any(r.kind == "headline" for r in cleaned.removed)


def test_first_line_with_a_colon_inside_is_still_the_title():
    text = ("Lisbon protests: a reader's view\n\n"
            "I walked past the square this morning and saw the crowd growing by the hour. "
            "Nobody I spoke to expected the police to move in before nightfall.\n")
    cleaned = clean_text(text)
    assert not cleaned.text.startswith("Lisbon protests")
    assert any(r.kind == "headline" for r in cleaned.removed)


from pipeline_helpers import analysed, shown_speaker  # noqa: E402


def _one(text: str, words: str):
    a = analysed(text)
    hits = [q for q in a.quotes if words in q.text]
    assert len(hits) == 1, [q.text for q in a.quotes]
    return shown_speaker(a, hits[0]), hits[0]


def test_a_place_name_run_on_into_a_number_is_a_channel_not_the_place():
    who, q = _one("A mayor in Brittany resigned on Monday.\n\nThe mayor had been ill for months, "
                  "France 3 reported. According to France 3, the mayor suffered from exhaustion.", "suffered from exhaustion")
    assert who is None
    assert q.speaker_text == "France 3"


def test_a_place_name_with_its_comma_before_a_number_still_speaks():
    # twin: the place is the named source, the number a new clause's
    who, _ = _one("A mayor in Brittany resigned on Monday.\n\nAccording to France, the mayor suffered from "
                  "exhaustion and 3 aides quit too.", "suffered from exhaustion")
    assert who == "France"


def test_sources_with_ties_to_a_group_are_not_the_group():
    who, _ = _one("The militia has held the town since May.\n\nSources with ties to the Northern Front told "
                  "Reuters that the group wants a ransom for the pilot.", "wants a ransom")
    assert who != "Northern Front"


def test_sources_in_contact_with_a_group_are_not_the_group():
    who, _ = _one("The militia has held the town since May.\n\nThree sources in contact with the Northern Front "
                  "told Reuters that the group wants a ransom for the pilot.", "wants a ransom")
    assert who != "Northern Front"


def test_the_groups_own_sources_still_speak_for_it():
    # twin: sources of the group itself are its voice, as before
    who, _ = _one("The militia has held the town since May.\n\nNorthern Front sources told Reuters that the "
                  "group wants a ransom for the pilot.", "wants a ransom")
    assert who == "Northern Front"


def test_a_he_after_a_pets_name_goes_to_the_owner_not_the_pet():
    # the subject just before is a kitten: no rival of the owner's "he"
    who, q = _one("Tom Baxter found his cat Rex in the road last week. \"I was so shocked,\" Baxter said.\n\n"
                  "\"We were close,\" Baxter said.\n\nRex was a kitten from his sister's cat. He said the vet bill "
                  "would be paid by friends.", "vet bill")
    assert who in ("Baxter", "Tom Baxter")
    assert "Rex" not in (q.speaker_evidence or "")


def test_a_he_after_a_persons_name_between_stays_open():
    # twin: the subject just before is a builder, a man who could be "he": open, as before
    who, _ = _one("Tom Baxter found his cat Rex in the road last week. \"I was so shocked,\" Baxter said.\n\n"
                  "\"We were close,\" Baxter said.\n\nRex was a builder from his sister's town. He said the vet bill "
                  "would be paid by friends.", "vet bill")
    assert who is None
