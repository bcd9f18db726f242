"""Round fifty-six, e3 (issue 16, real copy cleaned): an outlet's plug for itself, a page's
instruction to click its widget, a picture's alt text run into the heading above it, and a
gallery's run of present-tense captions are cut with a reason; each rule's twin, an article
sentence of the same look (a sentence about a site, Twitter, clicking, a list of what a plan
does, a lower-case line of prose), stays. Texts written for the test."""

from __future__ import annotations

import pytest

from storyline.clean import clean_record
from storyline.types import Record


def _clean(text: str):
    return clean_record(Record(source="t.txt", text=text))


BODY = [
    "The council approved the new budget on Tuesday after a long debate over school funding.",
    "The mayor said the plan would protect jobs and keep libraries open through the winter.",
    "Opponents argued that the tax rise would hurt small businesses across the county.",
    "The vote was seven to four, with two members absent from the chamber that evening.",
]


def _with(line: str) -> str:
    return "\n\n".join(BODY[:2] + [line] + BODY[2:]) + "\n"


# ---- an outlet's plug for its own channel, a comment notice, a click instruction ----------

@pytest.mark.parametrize("line, reason", [
    ("For updates on the stories covered on our broadcasts, pls visit our facebook page.", "outlet's plug"),
    ("For more news, visit our website.", "outlet's plug"),
    ("For more news visit dailycourier.com.", "outlet's plug"),
    ("Harbour Forum is on Twitter.", "outlet's plug"),
    ("Please email us to report offensive comments.", "email it about comments"),
    ("Click NEXT to continue.", "click the page's widget"),
    ("Click image for full graphic.", "click the page's widget"),
])
def test_a_plug_or_widget_line_is_cut(line, reason):
    d = _clean(_with(line))
    assert line not in d.text
    assert any(r.text.strip() == line and r.reason.startswith("promo") and reason in r.reason for r in d.removed)
    for s in BODY:
        assert s in d.text


@pytest.mark.parametrize("line", [
    "Residents can visit the council's website to read the budget in full.",
    "For all his faults, voters would visit our website in their thousands, the editor said.",
    "She urged visitors to come and visit our town this summer.",
    "Donald Trump is on Twitter.",
    "The company said it would follow up on Twitter with a longer statement.",
    "Users who click the image are sent to a fraudulent site that asks for their password.",
    "Readers who signed up for the newsletter received the report a day early.",
    "The mayor wrote on Facebook that the library would stay open.",
])
def test_an_article_sentence_about_a_site_or_a_network_stays(line):
    d = _clean(_with(line))
    assert line in d.text


# ---- a picture's alt text run into the heading above it ----------------------------------

LISTICLE = (
    "Inside sources say the streaming service is closing. Here is what you need to know.\n\n"
    "1. Several Sources Confirm the End of the Service\n"
    "{alt}\n\n"
    "A technology site reports that several sources have confirmed the plan to close the service next year.\n\n"
    "2. The Headphones Will Continue\n\n"
    "The headphone business is still doing well, and the company has no plans to sell it, analysts said.\n"
)


@pytest.mark.parametrize("alt", [
    "streaming-music-phone-app",
    "phone, phone 6, apple, apple keynote, phone event, new phone",
])
def test_an_alt_text_line_under_a_heading_is_cut(alt):
    d = _clean(LISTICLE.format(alt=alt))
    assert alt not in d.text
    assert "1. Several Sources Confirm the End of the Service" in d.text
    assert any(r.text.strip() == alt and "alt text" in r.reason for r in d.removed)


@pytest.mark.parametrize("tail", [
    "and the service will close",  # a lower-case line of prose: no picture's shape
    "the end of an era",
])
def test_a_lower_case_line_of_prose_under_a_heading_stays(tail):
    d = _clean(LISTICLE.format(alt=tail))
    assert tail in d.text


def test_a_wrapped_paragraph_ending_on_a_stop_is_not_split():
    text = LISTICLE.format(alt="streaming-music-phone-app").replace(
        "1. Several Sources Confirm the End of the Service\nstreaming-music-phone-app",
        "The service, which was bought in May, had few subscribers\nand lost money every month.")
    d = _clean(text)
    assert "The service, which was bought in May, had few subscribers\nand lost money every month." in d.text


# ---- a gallery's run of present-tense captions ---------------------------------------------

GALLERY_ABOVE = [
    "A new television show has filmed men whistling at women in the street, only to find they were their own mothers.",
    "The producers disguised two mothers with wigs and sunglasses and sent them past their sons.",
]
GALLERY_BELOW = [
    "In the first case, the mother wore a short black dress and walked past her son in the street.",
    "The son made a remark, and she removed her sunglasses before confronting him.",
    "The mother then went over to confront her child, who was still unaware that the woman was his parent.",
    "The show's producers said the episode had been watched by two million people.",
]
CAPTIONS = [
    "A mother in a blonde wig walks past her unsuspecting son and his friend on a busy corner",
    "The mother then goes over to confront her child, who is still unaware the woman is his parent",
    "She then takes off her wig to reveal herself and throws it on the pavement in front of him",
]


def test_a_run_of_present_tense_captions_is_cut():
    d = _clean("\n\n".join(GALLERY_ABOVE + CAPTIONS + GALLERY_BELOW) + "\n")
    for c in CAPTIONS:
        assert c not in d.text
    for s in GALLERY_ABOVE + GALLERY_BELOW:
        assert s in d.text
    assert any("gallery's captions" in r.reason for r in d.removed)


def test_a_list_of_what_a_plan_does_under_a_colon_stays():
    items = [
        "The bill raises the age at which young people can buy cigarettes in every county of the state",
        "The bill bans the sale of flavoured tobacco products near schools and playgrounds across the state",
        "The bill gives local health boards new powers to inspect shops that sell tobacco to children",
    ]
    lead = "Under the new law, passed on Tuesday by a wide margin, three things change:"
    d = _clean("\n\n".join(GALLERY_ABOVE + [lead] + items + GALLERY_BELOW) + "\n")
    for s in items:
        assert s in d.text


def test_two_captions_alone_are_no_run():
    d = _clean("\n\n".join(GALLERY_ABOVE + CAPTIONS[:2] + GALLERY_BELOW) + "\n")
    for c in CAPTIONS[:2]:
        assert c in d.text


def test_a_run_with_a_line_in_the_first_person_stays():
    lines = CAPTIONS[:2] + ["I walk past my son every morning on the way to the market near the station"]
    d = _clean("\n\n".join(GALLERY_ABOVE + lines + GALLERY_BELOW) + "\n")
    for c in lines:
        assert c in d.text


# ---- a credit's two-word name glued to a lead opening on the article's speaker -------------

CREDIT_ABOVE = [
    "The company admitted on Tuesday that it had altered a picture of its command centre.",
    "The spokesman Tom Dean said a staff photographer had added images to three blank screens.",
]


def test_a_credit_before_a_named_speaker_is_cut_off_the_sentence():
    lead = "Dean says the company put the original picture back up on Monday after a blogger noticed."
    d = _clean("\n\n".join(CREDIT_ABOVE + [f"Illustration: Acme LLC {lead}", BODY[2]]) + "\n")
    assert lead in d.text
    assert "Acme LLC" not in d.text


def test_a_photographers_third_name_is_not_taken_for_a_speaker():
    # "Moss" is named nowhere else: the line is not cut before it (no speaker is made of a
    # photographer's name)
    line = "Photograph: Jane Lee Moss says the company put the original picture back up on Monday."
    d = _clean("\n\n".join(CREDIT_ABOVE + [line, BODY[2]]) + "\n")
    assert not any(r.text.strip() == "Photograph: Jane Lee" for r in d.removed)
    assert not any(line.strip().startswith("Moss says") for line in d.text.split("\n"))


def test_a_run_no_paragraph_retells_stays():
    # the story's paragraphs tell nothing the captions show: no sign the lines are its pictures'
    below = ["The show's producers said the episode had been watched by two million people.",
             "A second series is planned for next year, the channel said on Monday.",
             "Critics have called the format cruel, but viewers have written in to praise it."]
    d = _clean("\n\n".join(GALLERY_ABOVE + CAPTIONS + below) + "\n")
    for c in CAPTIONS:
        assert c in d.text
