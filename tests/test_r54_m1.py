"""Round fifty-four, mender m1: in-sample mends of the seed-169 audit's wrong speakers (issue 18):
FNC-1 c060 Q7 (a bare surname with a "he" linked to the one full name of the text, a woman's; and a
second "and said" run into the first content), c060 Q10 (a relative clause after "can't think of
another party" taken as a statement), c063 Q7 (the noun "claims" read as the cue of "... were
untrue"), c076 Q10 and F1 ("and it's said that ...": the report given to the subject of the verb
before), c086 Q3 ("they" -> "Washington police" given to Washington), c076 Q6 (a translated verb
run into the speaker's name).

Each rule has a test that fails on the base code and a must-not-fire twin, on short texts written
for the test (a name like the article's at most). Every text here is invented.
"""

from __future__ import annotations

from pipeline_helpers import analysed, shown_speaker
from pipeline_helpers import quote_holding as _quote


def _mention(a, text: str, nth: int = 0):
    hits = [m for m in a.mentions if m.text == text]
    assert len(hits) > nth, [m.text for m in a.mentions]
    return hits[nth]


# --- c060 Q7: a bare surname whose "he" the bearer's first name contradicts (entities._pronoun_bar) --

FAMILY = ("School row over party bill\n\n"
          "Derek Lawrence has threatened to go to court if the family does not pay. The school said it "
          "would look at its policy.\n\n"
          "Roe has said {p} understood the concerns about the cost.\n\n"
          "Tanya Roe was upset when the bill arrived.\n")


def test_a_bare_surname_with_a_he_is_not_the_one_full_name_a_womans():
    a = analysed(FAMILY.format(p="he"))
    m = _mention(a, "Roe")
    assert m.context.ref is None
    assert m.context.ambiguous and m.context.ambiguous[0] == "Tanya Roe"


def test_twin_a_bare_surname_with_a_she_keeps_the_womans_full_name():
    a = analysed(FAMILY.format(p="she"))
    m = _mention(a, "Roe")
    assert m.context.ref is not None and a.mentions[m.context.ref].text == "Tanya Roe"


def test_twin_a_full_name_written_first_keeps_the_bare_surname_with_a_he():
    # "Haley Barbour ... Barbour said he": the man introduced in full, whatever his first name's
    # share of girls in the birth lists
    a = analysed("Spill talks\n\nMississippi Governor Haley Barbour spoke on Sunday.\n\n"
                 "Barbour has said he understood the concerns about the cost.\n")
    m = _mention(a, "Barbour")
    assert m.context.ref is not None and a.mentions[m.context.ref].text == "Haley Barbour"


def test_twin_a_mans_full_name_keeps_the_bare_surname_with_a_he():
    a = analysed(FAMILY.format(p="he").replace("Tanya Roe", "Thomas Roe"))
    m = _mention(a, "Roe")
    assert m.context.ref is not None and a.mentions[m.context.ref].text == "Thomas Roe"


def test_twin_a_she_outside_the_reported_clause_leaves_the_link():
    a = analysed("Party claims\n\nThe actor Bill Cosby denied the claims on Monday.\n\n"
                 "In one interview, Jane Doe told reporters that when she was 19, Cosby took her to his house and "
                 "gave her a drink, after which she passed out.\n")
    m = _mention(a, "Cosby", 0)
    assert m.context.gender_hint == "f"  # the "she" after it votes, but is no subject of its report
    assert m.context.ref is not None and a.mentions[m.context.ref].text == "Bill Cosby"


# --- c060 Q7 (whole): a second "and said" after a belief verb's noun object ends the content --------

SAID_AGAIN = ("Party bill\n\n"
              "Thomas Roe has said he understood the concerns about the cost and said it was the tone of the letter that offended.\n")


def test_a_second_and_said_after_a_belief_verbs_object_ends_the_first_content():
    a = analysed(SAID_AGAIN)
    q = _quote(a, "understood the concerns")
    assert "and said" not in q.text and q.text.endswith("the cost")
    assert any(x.text.startswith("it was the tone") for x in a.quotes)


def test_twin_a_content_with_no_second_saying_runs_to_its_end():
    a = analysed(SAID_AGAIN.replace(" and said it was the tone of the letter that offended", " and the delay"))
    q = _quote(a, "understood the concerns")
    assert q.text.endswith("the delay")


# --- c060 Q10: a relative clause after a belief verb's noun object is no statement ------------------

PARTY = ("Party bill\n\n"
         "Tanya Roe was upset when the bill came. Julie Lawrence sent it on Monday.\n\n"
         "Roe responds that she can't think of another party Tom missed where there was a formal card, and the "
         "pushes back against the tone of the letter.\n")


def test_a_relative_clause_after_think_of_a_noun_is_no_statement():
    a = analysed(PARTY)
    assert not [q for q in a.quotes if q.text.startswith("Tom missed")], [q.text for q in a.quotes]
    assert not [q for q in a.quotes if q.cue and "think" in q.cue]


def test_twin_a_belief_verb_with_that_keeps_its_clause():
    a = analysed(PARTY.replace("she can't think of another party Tom missed", "she knew of reports that Tom missed the party"))
    assert any(q.text.startswith("Tom missed") or "Tom missed" in q.text for q in a.quotes)


# --- c063 Q7: a noun "claims" before the verb of its own clause is no cue (quotes._noun_cue) ---------

CLAIMS = ("Crates row\n\n"
          "The group took the town in August after a long siege.\n\n"
          "In October, a senior Iranian commander criticised the US for helping the group, adding that the "
          "US claims that the crates were dropped by mistake{tail}.\n")


def test_a_noun_claims_before_were_untrue_is_no_cue():
    a = analysed(CLAIMS.format(tail=" were untrue"))
    assert not [q for q in a.quotes if q.cue == "claims"], [(q.text, q.cue) for q in a.quotes]
    q = _quote(a, "were untrue")
    assert q.cue == "adding"


def test_twin_the_verb_claims_keeps_its_speaker():
    a = analysed(CLAIMS.format(tail=""))
    q = [x for x in a.quotes if x.cue == "claims"]
    assert q and shown_speaker(a, q[0]) == "US"


def test_twin_a_singular_has_after_the_clause_keeps_the_verb_reports():
    a = analysed("Arrests at the station\n\nPolice held sixteen people on Tuesday.\n\n"
                 "KMOV reports that an arrest warrant has been issued for Lee and a bond has been set at $50,000.\n")
    q = [x for x in a.quotes if x.cue == "reports"]
    assert q and shown_speaker(a, q[0]) == "KMOV"


# --- c076 Q10, F1: "and it's said that": the "it" the parse hung on "'s" is the impersonal subject ----

SAID = ("Pilot's first raid\n\n"
        "Mariam Roe was the first woman to fly for the air force.\n\n"
        "Roe led three other pilots in the first airstrike and {cue} that when the “tanker crews called in "
        "for fuel and heard a voice on the radio they paused for 20 seconds.” They then went on to strike "
        "targets near the city.\n")


def test_an_impersonal_its_said_has_no_speaker_and_no_claimant():
    a = analysed(SAID.format(cue="it’s said"))
    q = _quote(a, "paused for 20 seconds")
    assert shown_speaker(a, q) is None and q.speaker_text is None
    assert "impersonal" in (q.speaker_evidence or "")
    f = [x for x in a.figures if x.text == "20"]
    assert f and f[0].claimant_mention is None and f[0].claimant_text is None


def test_twin_a_said_of_the_subject_keeps_the_subject():
    a = analysed(SAID.format(cue="said"))
    q = _quote(a, "paused for 20 seconds")
    assert shown_speaker(a, q) == "Roe"


# --- c086 Q3: a place before a group noun that is no source noun speaks for no one (_group_before) ---

POLICE = ("Case unsolved\n\n"
          "Seth Roe, who worked for the party, was 27 when he was killed near his Washington home. Ten months "
          "later, the case remains open, though Washington police have said they believe it was likely a "
          "botched robbery.\n")

POLICE_TWIN = ("Case unsolved\n\n"
               "Seth Roe was killed near his Washington home. Ten months later, the case remains open. "
               "Washington {group} have met the family. They said it was likely a botched robbery.\n")


def test_they_after_washington_police_is_not_washington():
    a = analysed(POLICE)
    q = [x for x in a.quotes if x.text.startswith("it was likely")][0]
    assert shown_speaker(a, q) is None
    assert q.speaker_mention is None and q.antecedent_mention is None
    a = analysed(POLICE_TWIN.format(group="police"))
    q = [x for x in a.quotes if x.text.startswith("it was likely")][0]
    assert shown_speaker(a, q) is None


def test_twin_they_after_washington_officials_is_washington():
    a = analysed(POLICE_TWIN.format(group="officials"))
    q = [x for x in a.quotes if x.text.startswith("it was likely")][0]
    assert shown_speaker(a, q) == "Washington"


# --- c076 Q6: a past participle the tagger ran into a person's name at a line's start (_lead_verb) ---

COUSIN = ("Family denies report\n\n"
          "The family denied the report on Monday.\n\n"
          '{first} Jane Al Roe, her cousin, on Twitter, saying: "We are all proud of her."\n')


def test_a_participle_before_a_full_name_is_trimmed_from_the_speaker():
    a = analysed(COUSIN.format(first="Suspended"))
    q = _quote(a, "proud of her")
    assert shown_speaker(a, q) == "Jane Al Roe"
    assert not [m for m in a.mentions if m.text.startswith("Suspended")]


def test_twin_a_first_name_of_the_birth_lists_is_kept():
    from storyline.analyse.entities import _lead_verb
    from storyline.analyse.nlp import load

    nlp = load()
    doc = nlp("Said Ali Khan spoke on Monday.")
    doc[0].tag_, doc[0].lemma_ = "VBD", "say"
    assert _lead_verb(doc, 0, 3, "PERSON") == (0, 3)
    doc = nlp("Suspended Ali Khan spoke on Monday.")
    doc[0].tag_, doc[0].lemma_ = "VBN", "suspend"
    assert _lead_verb(doc, 0, 3, "PERSON") == (1, 3)
    assert _lead_verb(doc, 0, 2, "PERSON") == (0, 2)  # no full name left
