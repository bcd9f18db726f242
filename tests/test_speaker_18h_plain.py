"""Round seventeen (18h): a he/she the scorer left open whose antecedent a reader sees plainly.

quotes._plain_antecedent names (a) the speaker of the quote just before, with only that
person's words between, or (b) the named subject of the sentence before, when no one else who
could be the pronoun is named in the window. Every case on invented text with its must-not-fire
twin: two men and a "he", a woman between, a "he" after an organisation's quote, the chain broken
by another speaker, a role noun between, a gender that disagrees."""

from __future__ import annotations

from storyline.analyse import nlp as a_nlp
from storyline.analyse import quotes, speakers
from storyline.pipeline import analyse_record
from storyline.types import Record


def _scene(text: str):
    """The quote finder's lookups over an analysed invented text (mentions from the pipeline)."""
    a = analyse_record(Record(source="x.txt", text=text))
    sdoc = a_nlp.load()(a.document.text)
    return a, quotes._Ctx(sdoc, a, quotes.find_direct(a.document.text))


def _pronoun(ctx, word: str, nth: int = -1):
    toks = [t for t in ctx.sdoc if t.text == word]
    return toks[nth]


def _mention(a, text: str) -> int:
    return next(i for i, m in enumerate(a.mentions) if m.text == text)


def _last(a, ctx, name: str, words: str, pronoun: str | None = None) -> dict:
    """The speaker of the quote just before, as quotes.extract keeps it: a named speaker, or
    one a he/she was resolved to."""
    start = ctx.text.index(words)
    return {"mention": _mention(a, name), "confidence": 0.95, "span": (start, start + len(words)),
            "named": pronoun is None, "via": "pronoun" if pronoun else None, "pronoun": pronoun}


def _who(a, q) -> str | None:
    i = q.speaker_mention if q.speaker_mention is not None else q.antecedent_mention
    return a.mentions[i].text if i is not None and (q.speaker_confidence or 0) >= speakers.threshold() else None


_PASSED = ("Tom Stone, the harbour master, said the port would reopen on Monday.\n\n"
           "\"We are ready for the boats,\" Stone said.\n\n"
           "The storm had closed the port for a week.\n\n"
           "George Crozier, director of the Port Ellery sea lab, {act} about the marsh as well.\n\n"
           "\"If they don't protect the marsh, it will cause losses for years,\" he said.\n")


# --- (b) the named subject of the sentence before ----------------------------------------------

def test_subject_of_the_sentence_before_named_over_the_speaker_further_back():
    a = analyse_record(Record(source="x.txt", text=_PASSED.format(act="worried")))
    q = next(q for q in a.quotes if q.text.startswith("If they"))
    assert _who(a, q) == "George Crozier"
    assert "the named subject of the sentence before" in (q.speaker_evidence or "")


def test_two_men_and_a_he_stays_open():
    # twin: another man named in the sentence before: two candidates, open
    a = analyse_record(Record(source="x.txt", text=_PASSED.format(act="argued with Bill Hale")))
    q = next(q for q in a.quotes if q.text.startswith("If they"))
    assert _who(a, q) is None
    assert "named from there up to it" not in (q.speaker_evidence or "")


def test_subject_of_the_sentence_before_direct():
    a, ctx = _scene("Tom Stone left the port.\n\nGeorge Crozier, a diver, worried about the marsh.\n\n"
                    "\"It will take years,\" he said.\n")
    got = quotes._plain_antecedent(ctx, _pronoun(ctx, "he"), None)
    assert got is not None and a.mentions[got[0]].text == "George Crozier"


def test_a_role_noun_of_his_gender_between_stays_open():
    # twin: "his son" could be the "he"
    a, ctx = _scene("Tom Stone left the port.\n\nGeorge Crozier worried about the marsh with his son.\n\n"
                    "\"It will take years,\" he said.\n")
    assert quotes._plain_antecedent(ctx, _pronoun(ctx, "he"), None) is None


def test_a_gender_that_disagrees_stays_open():
    # twin: "Jane Roe" is not a "he"
    a, ctx = _scene("Tom Stone left the port.\n\nJane Roe, a diver, worried about the marsh.\n\n"
                    "\"It will take years,\" he said.\n")
    assert quotes._plain_antecedent(ctx, _pronoun(ctx, "he"), None) is None


# --- (a) the speaker of the quote just before -------------------------------------------------

_CHAIN = ("Mary Poe, the governor, visited the pier on Monday.\n\n"
          "The council voted on Tuesday to close the northern pier for the winter.\n\n"
          "Jane Roe, the mayor, told reporters the pier would close.\n\n"
          "{between}"
          "\"We will build a new one in the spring,\" she added.\n")


def test_chain_from_the_speaker_of_the_quote_before():
    a, ctx = _scene(_CHAIN.format(between=""))
    got = quotes._plain_antecedent(ctx, _pronoun(ctx, "she"), _last(a, ctx, "Jane Roe", "the pier would close"))
    assert got is not None and a.mentions[got[0]].text == "Jane Roe"
    assert "the speaker of the quote just before" in got[2]


def test_chain_through_a_he_she_resolved_to_the_same_person():
    a, ctx = _scene(_CHAIN.format(between="\"We have no choice,\" she said.\n\n"))
    last = _last(a, ctx, "Jane Roe", "We have no choice", pronoun="she")
    got = quotes._plain_antecedent(ctx, _pronoun(ctx, "she"), last)
    assert got is not None and a.mentions[got[0]].text == "Jane Roe"


def test_a_woman_between_breaks_the_chain():
    # twin: another woman named between the quote before and the "she"
    a, ctx = _scene(_CHAIN.format(between="Ann Lee, a fisherwoman, had warned of the rot for years.\n\n"))
    assert quotes._plain_antecedent(ctx, _pronoun(ctx, "she"), _last(a, ctx, "Jane Roe", "the pier would close")) is None


def test_the_chain_broken_by_another_speaker_gives_no_earlier_one():
    # twin: a he/she resolved from a different pronoun, or by a description, is no link
    a, ctx = _scene(_CHAIN.format(between="\"We have no choice,\" she said.\n\n"))
    last = _last(a, ctx, "Jane Roe", "We have no choice", pronoun="he")
    assert quotes._plain_antecedent(ctx, _pronoun(ctx, "she"), last) is None


def test_a_he_after_an_organisation_s_quote_stays_open():
    # twin: the quote before is an organisation's, and its subject is no person
    a, ctx = _scene("Paul Ganz, a councillor, left the port on Monday.\n\n"
                    "The storm closed the northern pier for the winter.\n\n"
                    "Acme Corp, which owns the pier, said it would pay for the repairs.\n\n"
                    "\"We will not wait for the council,\" he said.\n")
    org = next(i for i, m in enumerate(a.mentions) if m.text.startswith("Acme"))
    start = ctx.text.index("it would pay")
    last = {"mention": org, "confidence": 0.95, "span": (start, start + 30), "named": True, "via": None, "pronoun": None}
    assert quotes._plain_antecedent(ctx, _pronoun(ctx, "he"), last) is None


def test_a_plain_link_is_not_carried_paragraphs_on():
    # a cueless quotation two or more paragraphs after a he/she named by the rule stays open
    a, ctx = _scene(_CHAIN.format(between=""))
    last = _last(a, ctx, "Jane Roe", "the pier would close")
    start, end = ctx.text.index("The council"), ctx.text.index("Jane Roe")
    assert "not carried" in (quotes._far_carry(ctx, dict(last, plain=True), start, end) or "")
    # twin: a speaker named by a cue is carried as before
    assert "not carried" not in (quotes._far_carry(ctx, dict(last, plain=False), start, end) or "")
