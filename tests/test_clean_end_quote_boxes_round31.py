"""End-quote boxes whose speaker's end round thirteen could not see (issue 16, round
thirty-one, by census of the BBC dev texts): an opener word with its comma ("However,"), a
subordinate clause opening the sentence ("If ..."), a quotation with its attribution, an
honorific opening a new name, a lower-case role word or a capitalised role noun before the
next sentence's subject, a role longer than ten words. Every text here is invented; each
shape has a must-keep twin."""

from __future__ import annotations

import pytest

from storyline.clean.noise import _END_QUOTE_REASON, clean_text

BODY = ("\n\nOfficials said the airport was open again for relief flights carrying food and water."
        "\n\nThe government has asked neighbouring countries for tents, doctors and fuel.")
OPEN = "Floods have cut off the north of Port Ellery, and relief teams are trying to reach it by boat."
BOX = 'The harbour wall will hold until the spring tides" End Quote '


def _removed(text: str) -> list[str]:
    return [r.text for r in clean_text(text).removed if r.reason == _END_QUOTE_REASON]


@pytest.mark.parametrize(("speaker", "sentence"), [
    # (a) an opener with its comma, or a subordinator opening the sentence
    ("Jane Roe Acme trade committee", "However, the pumps at the north harbour have failed twice since Monday."),
    ("John Doe Port Ellery mayor on a visit to the harbour", "Meanwhile, the council voted to close the ferry until Friday."),
    ("Jane Roe Acme president", "If the wall holds through the night, the boats will go out again on Tuesday."),
    ("Jane Roe Port Ellery Commission on the North Harbour Floods and Coastal Defence Works",
     "Among the claims, two fishermen said the council had ignored their warnings for years."),
    # (b) a quotation and its attribution
    ("John Doe Acme Chief Operations Officer", '"Everyone is tired," he added.'),
    ("Jane Roe Acme's managing director", '"The boats will go out once the wind drops," said John Doe, a fisherman.'),
    # (c) an honorific opening a new name
    ("Jane Roe Port Ellery University", "Dr John Doe of the Acme Institute, who led the survey, said the water was falling."),
    # (d) a lower-case role word, or a role noun in capitals, before the next sentence's subject
    ("Jane Roe Acme governor", "Port Ellery Governor John Doe said the pumps had arrived a week late."),
    ("Jane Roe Co-chair of the harbour commision", "Mayor John Doe has asked the panel to report by the end of June."),
    ("John Doe Acme Business Editor", "Acme is set to publish its repair bill on Tuesday."),
    ("Jane Roe Acme president", "Acme Coast Guard Adm John Doe, the harbour master, said the wall had been repaired."),
])
def test_an_end_quote_box_is_cut_where_the_next_sentence_opens(speaker, sentence):
    text = f"{OPEN}\n\n{BOX}{speaker} {sentence}{BODY}"
    assert _removed(text) == [f"{BOX}{speaker}"]
    assert f"\n\n{sentence}" in clean_text(text).text


@pytest.mark.parametrize("line", [
    # two roles, one behind a comma: where the second belongs nothing says
    "Jane Roe Acme shareholder, Port Ellery, UK Acme business editor John Doe said the tides were late.",
    # a place after a comma, then a capitalised subject: the place may be the speaker's or the sentence's
    "Jane Roe Port Ellery, Maine Acme said on Monday that the pumps had arrived.",
    # a title of several role words, then a name: whose roles they are nothing says
    "Jane Roe Acme Chief Executive Officer John Doe Boats left the harbour at dawn on Monday.",
    # "The" before a capitalised word after a lower-case word: the sentence may have begun
    # before it (round forty-five's kind (e) reads an article only after a capitalised word)
    "Jane Roe Acme Harbour Company Shares in The Port Ellery Bank fell by a fifth on Monday.",
    # no clause after the seam: an opener that does not open a whole sentence
    "Jane Roe Acme president However, on Monday.",
])
def test_an_end_quote_box_with_no_evidence_of_the_seam_stays(line):
    text = f"{OPEN}\n\n{BOX}{line}{BODY}"
    assert not _removed(text)
    assert line in clean_text(text).text


def test_a_sentence_saying_end_quote_with_a_name_and_if_stays():
    # twin: the words inside a sentence, not at a line's head after a quotation
    line = "The play ends with a card saying End Quote Jane Roe Acme president If the wall holds, all is well."
    text = f"{OPEN}\n\n{line}{BODY}"
    assert not _removed(text)
    assert line in clean_text(text).text
