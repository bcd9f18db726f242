"""Round forty-five, integrator (in-sample, seed 160): a readers' letters page tells no brief
sentence (usa-today B4, B6); a headline's quotation in single marks with its "Name:" label cut
off says nothing of whose it is (politico B4). Each with a twin. Small texts written here."""

from __future__ import annotations

from test_brief import analysis
from test_brief_reads_alone import told

from storyline.resolve import brief
from storyline.types import Sentence

NEWS = ("Acme Shipping said on Tuesday that its tanker had leaked 5,000 tonnes of fuel oil into the bay "
        "after it struck the harbour wall.\n"
        "The harbour board voted on Wednesday to close the old ferry pier at Port Ellery for repairs.\n")
LETTER = ("Harbour readers weigh the pier's future.\n\nLETTERS.\n\n"
          "The harbour board of Port Ellery has failed the town for twenty years and must resign now.\n\n"
          "Jane Roe.\n\nPort Ellery.\n")


def test_a_letters_page_tells_no_brief_sentence():
    story = told(analysis("d1", NEWS, "2016-03-01"), analysis("d2", LETTER, "2016-03-01"), n=5)
    assert story and not any(c.doc == "d2" for s in story for c in s.cites)


def test_twin_a_letters_line_inside_an_article_is_no_letters_page():
    body = NEWS + "\n".join(["A second paragraph tells the board's plan in full detail for readers."] * 4)
    text = body + "\nLETTERS.\nThe harbour board of Port Ellery met readers on Thursday to hear their views on the pier.\n"
    assert not brief.letters_page(text)
    assert brief.letters_page(LETTER)
    assert brief.letters_page("LETTERS TO THE EDITOR\n\nThe board failed us.\n\nJane Q. Roe.\n")
    assert not brief.letters_page("LETTERS TO THE EDITOR\n\nThe board failed us.\n")  # no writer signs: no letters
    assert not brief.letters_page("Letters from the front, a new exhibition, opened in Port Ellery on Monday.\n")


def _with_first_line_whole(doc_id, text):
    a = analysis(doc_id, text, "2016-02-09")
    line = text.index("\n")
    a.sentences = [Sentence(start=0, end=line)] + [s for s in a.sentences if s.start > line]
    return a


def test_a_single_quoted_headline_quotation_is_not_told():
    text = "'Nobody has ever seen a state won like this one in the whole history of Iowa.'\n" + NEWS
    story = told(_with_first_line_whole("d1", text), n=5)
    assert story and not any("Nobody has ever" in s.text for s in story)


def test_twin_a_single_quoted_quotation_with_its_speaker_is_told():
    text = "'Nobody has ever seen a state won like this one in the whole history of Iowa,' Jane Roe said on Tuesday.\n" + NEWS
    assert not brief._SINGLE_QUOTED.match(text.splitlines()[0])
    story = told(_with_first_line_whole("d1", text), n=5)
    assert any("Nobody has ever" in s.text for s in story)


# nyt B6, politico B9: a poll's figure for a group of its sample, torn from the sentence naming the poll
SUB = "Among likely primary voters in the county, about two-thirds, 67 percent, say they will vote for the mayor."


def test_a_subgroup_share_with_no_poll_named_is_not_told():
    story = told(analysis("d1", NEWS + SUB + "\n", "2016-05-26"), n=6)
    assert story and not any("Among likely" in s.text for s in story)


def test_twin_a_subgroup_share_naming_its_poll_is_told():
    from storyline.types import Mention

    text = NEWS + SUB[:-1] + ", the Acme Institute found.\n"
    a = analysis("d1", text, "2016-05-26")
    at = text.index("Acme Institute")
    a.mentions = [Mention(start=at, end=at + len("Acme Institute"), text="Acme Institute", label="ORG")]
    story = told(a, n=6)
    assert any("Among likely" in s.text for s in story)
    assert brief.dependent_opening("Among the things he said, he praised the mayor.") is None  # no share: reads alone
