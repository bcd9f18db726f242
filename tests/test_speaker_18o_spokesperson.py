"""An organisation's spokesperson whose organisation is named in the phrase but not reached
(issue 18, round twenty, 18o): a one-word company name the parser hangs on "spokesman" as an
adjective ("A Waitrose spokesman said"), and a name the tagger tags ORG once in the document
and leaves untagged before the role word ("A Health Protection Agency spokeswoman said").
Both are the organisation's official words, as "a BP spokesman" already is. Twins: a former
spokesman, a name never tagged as an organisation, a name with another word before it.

Texts are invented; the organisations' names are real ones, as news copy has them."""

from __future__ import annotations

from storyline.pipeline import analyse_record
from storyline.types import Record


def _quotes(text: str):
    a = analyse_record(Record(source="t", text=text))
    out = []
    for q in a.quotes:
        i = q.speaker_mention if q.speaker_mention is not None else q.antecedent_mention
        named = a.mentions[i].text if i is not None and (q.speaker_confidence or 0) >= 0.6 else None
        out.append((q.text, q.speaker_text, named, q.speaker_evidence or ""))
    return a, out


def _one(out, start: str):
    hits = [q for q in out if q[0].startswith(start)]
    assert len(hits) == 1, out
    return hits[0]


_SHOP = "Shoppers bought more soap this week. {phrase} said: \"Sales of hand gel have doubled since Monday.\""


def test_a_company_name_parsed_as_an_adjective_of_spokesman_speaks():
    a, out = _quotes(_SHOP.format(phrase="A Waitrose spokesman"))
    assert any(m.text == "Waitrose" and m.label == "ORG" for m in a.mentions)
    _, words, named, ev = _one(out, "Sales of hand gel")
    assert words == "A Waitrose spokesman"
    assert named == "Waitrose" and "spokesperson of organisation Waitrose" in ev


def test_a_former_spokesman_of_that_company_stays_open():
    a, out = _quotes(_SHOP.format(phrase="A former Waitrose spokesman"))
    _, words, named, ev = _one(out, "Sales of hand gel")
    assert named is None


_AGENCY = ("Two more pupils at a school in Leeds have tested positive for the virus, the Health "
           "Protection Agency said on Friday.\n\n"
           "{phrase} said: \"The pupils are being treated at home and their families are well.\"")


def test_an_untagged_repeat_of_a_tagged_organisation_before_spokeswoman_speaks():
    a, out = _quotes(_AGENCY.format(phrase="A Health Protection Agency spokeswoman"))
    _, words, named, ev = _one(out, "The pupils are being treated")
    assert named == "Health Protection Agency"
    assert "untagged in the phrase" in ev


def test_a_former_spokeswoman_of_that_agency_stays_open():
    # not the agency's words now
    a, out = _quotes(_AGENCY.format(phrase="A former Health Protection Agency spokeswoman"))
    _, words, named, ev = _one(out, "The pupils are being treated")
    assert named is None


def test_a_name_never_tagged_as_an_organisation_stays_open():
    text = ("Shoppers bought more soap this week, the Leeds Trading Standards office said.\n\n"
            "A Leeds Trading Standards spokesman said: \"Sales of hand gel have doubled since Monday.\"")
    a, out = _quotes(text)
    _, words, named, ev = _one(out, "Sales of hand gel")
    assert named is None
