"""Round forty-three (issue 18; the seed-158 audit of FNC-1 bodies, in-sample): three wrong
speakers, each mended by a general reading with a twin the mend must leave.

- "Per <name>:" / "According to <name>:" before a quotation credits it to that name (or leaves it
  open when the name is not tagged), never to the outlet of the paragraph before.
- 'When Doe pointed out "...," Roe repeated his response.': the verb after the quotation has an
  object of its own, the quotation is the object of the saying verb right before it.
- "Bramble has struggled ... While the company claims ...": a one-word name typed a person that
  is the subject just before "the company" opens the speaker rather than the article's
  organisation being given.
Texts written for the test."""

from __future__ import annotations

from storyline.pipeline import analyse_record
from storyline.types import Record


def _quotes(text: str):
    an = analyse_record(Record(source="t.txt", text=text))
    t, m = an.document.text, an.mentions
    out = {}
    for q in an.quotes:
        # the speaker shown: the named mention, or what a pronoun or description stands for
        at = q.speaker_mention if q.speaker_mention is not None else q.antecedent_mention
        out[q.text] = t[m[at].start:m[at].end] if at is not None else None
    return out


def _speaker_of(quotes: dict, start: str):
    # (a quotation that goes on under a new mark after its tag is one item of two pieces, its
    # text running over the tag: matched anywhere in the item's text)
    hits = [who for text, who in quotes.items() if start in text]
    assert hits, (start, quotes)
    return hits[0]


WSJ = ("According to The Wall Street Journal the carmaker has decided to build its plant in Nevada. "
       "A press conference is scheduled in Carson City tomorrow.\n\n")


def test_per_an_outlet_credits_the_quotation_to_it():
    text = WSJ + ('Per Reuters: "The plant will employ 6,500 people, and the carmaker will still look at '
                  'other sites in other states."\n')
    assert _speaker_of(_quotes(text), "The plant will employ") == "Reuters"


def test_per_an_untagged_name_leaves_the_quotation_open_not_the_outlet_before():
    # round forty-four: MarketWatch, untagged by the tagger, is an outlet of data/source_credits.tsv
    # now (an organisation mention: it speaks); a name neither tags stays open as before
    text = WSJ + ('Per Wirezine: "The carmaker said last month it had broken ground on a site east of Reno, '
                  'but added that it will still be looking at other sites."\n')
    assert _speaker_of(_quotes(text), "The carmaker said last month") is None
    text = WSJ + ('Per MarketWatch: "The carmaker said last month it had broken ground on a site east of Reno, '
                  'but added that it will still be looking at other sites."\n')
    assert _speaker_of(_quotes(text), "The carmaker said last month") == "MarketWatch"


def test_a_cueless_quotation_after_the_outlet_still_goes_on_from_it():
    # the twin: no lead-in of its own, the quotation goes on from the speaker before (joined to it)
    text = ('\u201cThe plant will employ 6,500 people,\u201d Reuters reported on Monday.\n\n'
            '\u201cThe carmaker will still look at other sites in other states before it signs anything.\u201d\n')
    assert _speaker_of(_quotes(text), "The carmaker will still look") == "Reuters"


PANEL = "On stage at the conference, Acme founder Jane Roe was asked about the report.\n\n"


def test_a_quotation_after_a_saying_verb_is_not_the_next_verbs_with_its_own_object():
    text = PANEL + ("Roe\u2019s response was straight from the handbook: \u201cWe don\u2019t comment on rumors or "
                    "speculation.\u201d When Wire Weekly\u2019s John Doe pointed out \u201cthat\u2019s not a no,\u201d Roe "
                    "repeated his response.\n\nThere are a couple of things to note here.\n")
    assert _speaker_of(_quotes(text), "that") == "John Doe"


def test_a_tag_after_the_quotation_still_hands_it_over():
    # the twin: the verb after has no object of its own
    text = PANEL + ("When the host moved on, \u201cthat is not a no, and you know it,\u201d Roe said.\n")
    assert _speaker_of(_quotes(text), "that is not a no") == "Roe"


def test_a_telling_tag_with_its_addressee_still_hands_it_over():
    text = PANEL + ("Doe pointed to the report, and \u201cthe deal is not done,\u201d Roe told reporters.\n")
    assert _speaker_of(_quotes(text), "the deal is not done") == "Roe"


TRAIL = ("Apple is close to buying John Doe's Bramble, a report said on Monday. Apple declined to comment, "
         "and Apple shares rose.\n\nBramble founder John Doe was spotted at the Apple keynote on Tuesday.\n\n")


def test_the_company_after_a_one_word_name_typed_a_person_stays_open():
    text = TRAIL + ("After being on the App Store for several years, Bramble has struggled to gain traction. While the company "
                    "claims that its user base has been growing steadily, it is still dwarfed by its rivals.\n")
    assert _speaker_of(_quotes(text), "that its user base") is None


def test_the_company_after_a_person_met_by_full_name_is_still_read():
    # the twin: the subject before is a person introduced by a full name, no company
    text = ("Acme Corp said on Monday it would close two plants. Acme shares fell sharply.\n\n"
            "Jane Roe, a union leader, has fought the plan for months. Roe has struggled to win support. "
            "The company said that its plants had been losing money for years.\n")
    assert _speaker_of(_quotes(text), "that its plants had been losing") == "Acme Corp"


def test_the_company_after_a_one_word_name_given_with_its_kind_is_still_read():
    # the twin (census, Timeline17): a group named with its kind is no mistyped company
    text = ("Shell petrol stations across Port Ellery have been closed by activists.\n\n"
            "Environmental group Greenpeace said it had cut the power to all 40 Shell stations in the town. "
            "The oil firm said that most of them had since reopened.\n")
    assert _speaker_of(_quotes(text), "most of them had since reopened") == "Shell"


INSIDER = "Acme Corp is in talks to buy Bramble, a report said on Monday.\n\n"


def test_an_unnamed_insider_is_no_voice_of_the_company():
    text = INSIDER + ("According to a single well-placed source inside Acme\u2019s engineering team, the company is "
                      "poised to announce an acquisition of the network.\n")
    quotes = _quotes(text)
    assert _speaker_of(quotes, "the company is poised") is None


def test_a_spokeswoman_of_the_company_still_speaks_for_it():
    text = INSIDER + "According to an Acme Corp spokeswoman, the company is poised to announce the deal.\n"
    assert _speaker_of(_quotes(text), "the company is poised") is not None
