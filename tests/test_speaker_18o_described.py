"""A he/she whose antecedent is a name the tagger typed as an organisation although the text
describes it as a person (issue 18, round twenty, 18o): "Nicola Sturgeon [ORG], the health
secretary, said ... / '...,' she said". The role word the document gives the name lets it
be a candidate (speakers.described_person); a role of the other gender, a first name of the
other gender, no person's role, an organisation's word in the name or a name after a
determiner keep it out, and so the pronoun open.

The scenes are tagged by hand (the small model tags invented names differently from run to
run); the texts are invented."""

from __future__ import annotations

from storyline.analyse import speakers


def _hand_scene(text: str, names: list[tuple[str, str, int, list[str]]]):
    """A scene over hand-tagged mentions: (words, label, which occurrence, role words)."""
    from storyline.analyse.nlp import load
    from storyline.types import Mention

    sdoc = load()(text)
    ms = []
    for words, label, nth, roles in names:
        a = -1
        for _ in range(nth + 1):
            a = text.index(words, a + 1)
        ms.append(Mention(start=a, end=a + len(words), text=words, label=label, context={"roles": roles}))
    return sdoc, speakers.Scene(sdoc, ms)


def _pronoun(sdoc, word: str):
    return [t for t in sdoc if t.lower_ == word][-1]


_TEXT = ("{name}, the regional {role}, said more wards would open in Port Ellery.\n\n"
         "\"We have enough beds for the winter,\" {p} said on Tuesday.")


def _resolve(name: str, label: str, role: str, p: str, roles: list[str] | None = None):
    text = _TEXT.format(name=name, role=role, p=p)
    sdoc, sc = _hand_scene(text, [(name, label, 0, [role] if roles is None else roles), ("Port Ellery", "GPE", 0, [])])
    return sc, speakers.resolve_pronoun(sc, _pronoun(sdoc, p), 0)


def test_a_she_takes_the_name_typed_org_the_text_calls_a_secretary():
    sc, res = _resolve("Nicola Sturgeon", "ORG", "health secretary", "she", ["secretary"])
    assert res.resolved and res.mention == 0
    assert res.confidence >= speakers.threshold()
    assert "describes as secretary" in res.evidence


def test_a_he_for_a_name_typed_org_with_a_mostly_mans_first_name_and_a_role():
    # "Terry" is given to boys in about four births of five: not enough for a bare name
    # (mistyped_name_share), enough once the text calls him the minister
    sc, res = _resolve("Terry Ota", "ORG", "minister", "he", ["minister"])
    assert res.resolved and res.mention == 0
    assert "describes as minister" in res.evidence


# --- must not fire ---------------------------------------------------------------------------


def test_no_person_role_keeps_an_org_typed_name_out():
    # "Nicola Sturgeon" typed ORG with no role the text gives it: the name alone (a first
    # name shared by men and women) does not make it a she's
    sc, res = _resolve("Nicola Sturgeon", "ORG", "health secretary", "she", [])
    assert not res.resolved


def test_a_first_name_of_the_other_gender_stays_out():
    # "Peter" is a man's name: a "she" does not take him, whatever his role
    sc, res = _resolve("Peter Hale", "ORG", "health secretary", "she", ["secretary"])
    assert not res.resolved


def test_a_role_of_the_other_gender_stays_out():
    sc, res = _resolve("Nicola Sturgeon", "ORG", "spokeswoman", "he", ["spokeswoman"])
    assert not res.resolved


def test_an_organisation_word_in_the_name_stays_out():
    # "Nicola Harbor Trust, the clinic's owner": a trust, not a person
    sc, res = _resolve("Nicola Harbor Trust", "ORG", "owner", "she", ["owner"])
    assert not res.resolved


def test_a_name_the_tagger_types_as_a_person_is_unchanged():
    sc, res = _resolve("Nicola Sturgeon", "PERSON", "health secretary", "she", ["secretary"])
    assert res.resolved and res.mention == 0
    assert "describes as" not in res.evidence


def test_described_person_reads_only_person_roles():
    text = _TEXT.format(name="Nicola Sturgeon", role="health secretary", p="she")
    sdoc, sc = _hand_scene(text, [("Nicola Sturgeon", "ORG", 0, ["subsidiary"])])
    assert speakers.described_person(sc, 0, "f") is None
    sdoc, sc = _hand_scene(text, [("Nicola Sturgeon", "ORG", 0, ["secretary"])])
    assert speakers.described_person(sc, 0, "f") == "secretary"
    assert speakers.described_person(sc, 0, None) is None
