"""Round fifty-five: narrowings of round fifty-four's no-statement checks (issue 18), from the
Timeline17 census (a spaCy pass over every dev text, firing each check alone):

- ``relative_after_object`` fired on a clause whose subject the parse had taken for the verb's
  object ("officials fear swine flu has already spread"): a clause with no subject of its own is
  the content, so the check now needs one (a relative clause after an object has one: "a party
  Tom missed");
- ``noun_cue`` read any verb form ending in -s as the plural noun ("says", "insists"): it now
  needs the plural of a noun of data/cue_nouns.txt, and no paragraph break before the verb.

Every text here is invented; each rule has a must-fire and a must-not-fire twin.
"""

from __future__ import annotations

from pipeline_helpers import analysed, shown_speaker

from storyline import spacymodel
from storyline.analyse import quotes as q


def _fires(check, sentence: str, cue: str) -> bool:
    doc = spacymodel.load()(sentence)
    tok = next(t for t in doc if t.lower_ == cue)
    comp = [c for c in tok.children if c.dep_ == "ccomp"]
    return bool(comp) and check(tok, comp)


def test_a_relative_clause_with_its_own_subject_after_the_object_still_fires():
    assert _fires(q._relative_after_object, "Roe said she can't think of another party Tom missed.", "think")


def test_twin_a_clause_without_its_own_subject_is_the_content():
    # the parse hangs "frustration" on "knows" as its object and "is growing" on "knows" with no subject
    assert not _fires(q._relative_after_object, "The firm knows frustration is growing among the fishermen.", "knows")
    assert not _fires(q._relative_after_object, "People might imagine a virus is now going to rush in.", "imagine")


def test_the_known_frustration_is_quoted_with_its_speaker():
    a = analysed("Spill costs\n\nThe fishermen met the company on Tuesday.\n\n"
                 "Roe Energy knows frustration is growing among the fishermen.\n")
    hits = [x for x in a.quotes if "is growing" in x.text and x.cue == "knows"]
    assert hits and shown_speaker(a, hits[0]) == "Roe Energy", [(x.text, x.cue) for x in a.quotes]


def test_twin_the_object_relative_clause_is_not_quoted():
    a = analysed("Party row\n\nThe school held a party in June.\n\n"
                 "Tanya Roe said she can't think of another party Tom missed.\n")
    assert not [x for x in a.quotes if x.text.startswith("Tom missed")], [x.text for x in a.quotes]


def test_a_plural_cue_noun_before_a_verb_of_its_own_is_no_cue():
    assert _fires(q._noun_cue, "He added that the US claims that the crates were dropped by mistake were untrue.",
                  "claims")


def test_twin_says_is_no_noun():
    s = "The firm says that most of the 1,500 claims it has received were paid."
    doc = spacymodel.load()(s)
    tok = next(t for t in doc if t.lower_ == "says")
    assert not q._plural_cue_noun(tok)
    assert not _fires(q._noun_cue, s, "says")


def test_plural_cue_noun_reads_the_list():
    doc = spacymodel.load()("claims reports warnings insists knows says")
    got = {t.lower_: q._plural_cue_noun(t) for t in doc}
    assert got == {"claims": True, "reports": True, "warnings": True, "insists": False, "knows": False,
                   "says": False}


def test_a_complete_clause_after_an_object_is_content():
    # round fifty-four's check fired here: the parse hangs "a storm" on "worry" as its object and
    # "this season" as the clause's subject, but the clause is complete (an attribute, "the end")
    assert not _fires(q._relative_after_object, "Farmers worry a storm this season could be the end of the harvest.",
                      "worry")


def test_twin_a_gapped_clause_after_an_object_is_a_relative():
    assert _fires(q._relative_after_object, "I can think of a few bosses we could fire.", "think")


# --- PTB escapes (clean/ptb.py): the slash and the asterisk the Treebank writes with a backslash ---

def test_ptb_escaped_slash_and_asterisk_are_typeset():
    from storyline.clean import ptb

    assert ptb.detok(r"spilled 500 gallons\/1,900 liters , he said .") == "spilled 500 gallons/1,900 liters, he said."
    assert ptb.detok(r"\*\*\* Roe said .") == "*** Roe said."


def test_twin_another_backslash_is_the_copys_own():
    from storyline.clean import ptb

    assert ptb.detok(r"the path C:\temp , he said .") == r"the path C:\temp, he said."


def test_a_tokenised_record_loses_the_escape_in_the_cleaned_text():
    a = analysed("Spill grows\n\nThe leak spilled 500 gallons\\/1,900 liters a day , officials said .\n\n"
                 "The company said it would pay , and it 's working on a fix .\n")
    assert "gallons/1,900" in a.document.text and "\\/" not in a.document.text


# --- clean/noise.py _POINTS_BELOW: "below" closing the pointing sentence (a literal backspace stood for \b) ---

_EMBED = ("Storm hits the coast\n\n"
          "The storm reached the coast on Monday and cut power to thousands of homes across the region.\n\n"
          "{lead}\n\n"
          "Flooded Main Street At Dawn\n\n"
          "Officials said the water would take days to recede, and schools stayed closed for the week.\n")


def _cleaned(text: str) -> str:
    from storyline.clean import clean_record
    from storyline.types import Record

    return clean_record(Record(source="x.txt", text=text)).text


def test_a_label_under_a_sentence_ending_on_below_is_cut():
    assert "Flooded Main Street At Dawn" not in _cleaned(_EMBED.format(lead="A reader shared this photo below:"))


def test_twin_a_heading_under_a_sentence_pointing_to_no_picture_stays():
    assert "Flooded Main Street At Dawn" in _cleaned(_EMBED.format(lead="The details of the relief plan are below:"))


def test_a_complete_clause_after_an_object_with_a_relative_is_still_read_as_split():
    # the parse splits one subject in two: "the information he shared with his lover Jane Doe" is
    # the object, "Jane Doe was highly classified" the clause; read alone, the clause is cut
    s = "Petraeus knew the information he shared with his lover Jane Doe was highly classified."
    assert _fires(q._relative_after_object, s, "knew")


def test_a_clause_with_no_finite_verb_after_an_object_is_no_content():
    s = "The bank kept rates low not because the White House wants it to but because the economy needs it to."
    assert _fires(q._relative_after_object, s, "wants")


# --- figures._quote_claimant: a quote whose own cue is the "according to" keeps its source whole ---

def test_a_figure_in_an_according_to_quote_keeps_the_source_as_written():
    a = analysed("Poll roundup\n\nThe race tightened in the Midwest this week.\n\n"
                 "Roe leads by 15 points in Indiana, according to the 50-state poll, and trails in Ohio.\n")
    f = [g for g in a.figures if g.text == "15 points"]
    assert f and f[0].claimant_text == "the 50-state poll", [(g.text, g.claimant_text) for g in a.figures]


# --- quotes._name_gloss: a ", which ..." clause holding the speaker's quoted words is theirs ---------

def test_a_which_clause_with_quoted_words_stays_in_the_content():
    a = analysed("Health plan\n\nThe rally went on late.\n\nRoe said that he was going to replace the old plan with "
                 "“RoeCare,” which would be both “absolutely great” and “really spectacular.”\n")
    q = [x for x in a.quotes if "RoeCare" in x.text and x.cue == "said"]
    assert q and q[0].text.endswith("spectacular.”"), [(x.text, x.cue) for x in a.quotes]


def test_twin_a_which_gloss_without_marks_is_cut():
    a = analysed("Union vote\n\nThe group asked whether candidates supported the Fair Work Act, which would "
                 "let workers choose a union by signing cards.\n")
    q = [x for x in a.quotes if "candidates supported" in x.text]
    assert q and "signing cards" not in q[0].text
