"""Round seventeen (16n): a wire picture's caption opening the text, a Reuters picture
credit ("REUTERS/<photographer>") glued to the next line and the caption above it; each
rule with a must-keep twin. Invented texts."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.clean.noise import clean_text

AFTER = ("\n\nAcme Corp said on Thursday it would pay for the clean-up of the marsh, which lies south of the town.\n\n"
         "The company gave no figure for the cost, and the council said it would ask again next week.\n")


def _cut(text: str) -> list[tuple[str, str]]:
    return [(r.reason.split(":")[0], r.text) for r in clean_text(text).removed]


# ------------------------------------------------------------ a picture's caption over the story

def test_present_tense_caption_ending_on_its_date_is_cut():
    cap = "Jane Roe, a volunteer with Acme Relief, takes a sample of water in an oiled marsh near Port Ellery, Louisiana, May 20, 2010."
    c = clean_text(cap + AFTER)
    assert ("caption", cap) in _cut(cap + AFTER)
    assert c.text.startswith("Acme Corp said on Thursday")


def test_caption_with_the_date_after_the_scene_is_cut():
    cap = "Two supply ships burn off gas near the disaster site June 24, 2010."
    assert ("caption", cap) in _cut(cap + AFTER)


def test_caption_with_a_weekday_before_the_date_is_cut():
    cap = "Mayor Jane Roe briefs reporters at the town hall in Port Ellery, Wednesday, May 5, 2010."
    assert ("caption", cap) in _cut(cap + AFTER)


def test_present_tense_lead_with_a_date_after_a_preposition_stays():
    # must keep: an article's first sentence in the present tense tells its date after "by"
    lead = "Acme Corp says it will close its Port Ellery plant by June 30, 2011."
    assert clean_text(lead + AFTER).text.startswith(lead)


def test_present_tense_lead_dated_today_stays():
    lead = "Acme Corp opens its new plant in Port Ellery today, June 1, 2011."
    assert clean_text(lead + AFTER).text.startswith(lead)


def test_lead_mentioning_a_picture_stays():
    # must keep: a sentence about a picture, not a caption (the date after "on")
    lead = "A photograph released by the agency shows the rig burning on April 21, 2010."
    assert clean_text(lead + AFTER).text.startswith(lead)


def test_past_tense_first_sentence_ending_on_a_date_stays():
    lead = "Oil covered the sea when Jane Roe's boat nudged up against the tanker on Friday, March 24, 1989."
    assert clean_text(lead + AFTER).text.startswith(lead)


def test_pronoun_line_ending_on_a_date_stays():
    # a transcript's line ("This is ...") is no picture's caption
    lead = 'This is a transcript from "Evening With Jane Roe," May 3, 2010.'
    assert lead in clean_text(lead + AFTER).text


def test_caption_alone_without_article_after_stays():
    cap = "Two supply ships burn off gas near the disaster site June 24, 2010."
    assert cap in clean_text(cap + "\n").text


# ------------------------------------------------------------ a Reuters picture credit

BODY = "The town council met on Monday to discuss the spill and agreed to meet again.\n\n"


def test_reuters_credit_glued_to_the_next_line_is_split_off():
    text = BODY + "REUTERS/John Doe Come on people, this is your backyard and we must act now!\n\nIt can be stopped.\n"
    c = clean_text(text)
    assert ("caption", "REUTERS/John Doe") in _cut(text)
    assert "Come on people, this is your backyard" in c.text


def test_reuters_credit_with_an_escaped_slash_is_split_off():
    text = BODY + "REUTERS\\/John Doe Come on people, this is your backyard and we must act now!\n\nIt can be stopped.\n"
    assert ("caption", "REUTERS\\/John Doe") in _cut(text)


def test_reuters_credit_alone_on_its_line_is_cut():
    text = BODY + "REUTERS/Petty Officer 1st Class Jane Roe/U.\n\nBut it is a chancy proposition for a company to rely on one well.\n"
    c = clean_text(text)
    assert ("caption", "REUTERS/Petty Officer 1st Class Jane Roe/U.") in _cut(text)
    assert "But it is a chancy proposition" in c.text


def test_caption_ending_on_its_date_above_the_credit_is_cut():
    cap = "A protester holds a sign outside the council offices in Port Ellery June 16, 2010."
    text = BODY + cap + "\n\nREUTERS/John Doe Come on people, this is your backyard and we must act now!\n\nIt can be stopped.\n"
    assert ("caption", cap) in _cut(text)
    assert BODY.strip() in clean_text(text).text


def test_sentence_above_the_credit_not_ending_on_a_picture_date_stays():
    # must keep: an article sentence above a credit (its date after "on") is no caption
    above = "The council agreed to a plan drawn up on June 16, 2010."
    text = BODY + above + "\n\nREUTERS/John Doe Come on people, this is your backyard and we must act now!\n\nIt can be stopped.\n"
    assert above in clean_text(text).text


def test_short_line_above_the_credit_stays():
    above = "Should the council pay for the clean-up?"
    text = BODY + above + "\n\nREUTERS/John Doe The executives who knew should be fired at once.\n\nIt can be stopped.\n"
    assert above in clean_text(text).text


def test_title_case_pollster_name_stays():
    # must keep: "Reuters/Ipsos" in prose is not the credit's capitals
    line = "Reuters/Ipsos Poll Finds the race close, and more people are undecided than last month."
    assert line in clean_text(BODY + line + "\n\nIt can be stopped.\n").text


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(["Jane", "John", "Mary", "Ali"]), st.sampled_from(["Roe", "Doe", "Smith", "Khan"]),
       st.sampled_from(["Come on people, this is your backyard and we must act now!",
                        "The executives who knew should be fired at once, all of them."]))
def test_reuters_credit_split_keeps_the_line_after_it(first, last, line):
    text = BODY + f"REUTERS/{first} {last} {line}\n\nIt can be stopped.\n"
    c = clean_text(text)
    assert line in c.text
    assert f"REUTERS/{first} {last}" not in c.text


def test_credit_glued_to_a_short_line_splits_and_keeps_the_line():
    # a short line after the credit is a reader's or the article's: only the credit goes
    text = BODY + "REUTERS/John Doe We must learn from this.\n\nIt can be stopped.\n"
    c = clean_text(text)
    assert ("caption", "REUTERS/John Doe") in _cut(text)
    assert "We must learn from this." in c.text


def test_headline_standfirst_and_caption_run_together_stay():
    # must keep: over 60 words, a headline, a standfirst and a caption in one line (the
    # standfirst is article text): the line is not taken for a caption
    line = ("Acme's new plan to stop the Port Ellery leak The process pumps mud into the well and forces the oil back "
            "down but could make the leak worse if it goes wrong, engineers warn, and the company says a second well "
            "is weeks away Oil floats on the water close to the site of the leak as a drill ship is seen on the horizon "
            "about 35 miles off the coast of Louisiana May 19, 2010.")
    assert not any(r.reason.startswith("caption: a wire picture's caption over the story") for r in clean_text(line + AFTER).removed)


# ------------------------------------------------------------ a crosshead in capitals in quotes

HEAD = "Acme Corp said on Monday it would pay for the clean-up of the marsh south of the town.\n\n"
TAIL = "\n\nThe company gave no figure for the cost, and the council said it would ask again next week.\n"


def test_quoted_caps_crosshead_glued_to_its_paragraph_is_split_off():
    line = "\"A STRING OF BAD NEWS\" Acme's failure to gauge the leak early has cost it dearly, analysts say."
    c = clean_text(HEAD + line + TAIL)
    assert ("heading", "\"A STRING OF BAD NEWS\"") in _cut(HEAD + line + TAIL)
    assert "Acme's failure to gauge the leak early has cost it dearly, analysts say." in c.text


def test_quoted_caps_crosshead_with_capitals_after_the_quote_is_split_off():
    line = "\"BOOT ON THE NECK\" OF ACME \"Our job is to keep the pressure on,\" Jane Roe said."
    c = clean_text(HEAD + line + TAIL)
    assert ("heading", "\"BOOT ON THE NECK\" OF ACME") in _cut(HEAD + line + TAIL)
    assert "\"Our job is to keep the pressure on,\" Jane Roe said." in c.text


def test_shouted_quotation_the_sentence_attributes_stays():
    line = "\"WE WANT JUSTICE\" Jane Roe shouted as she left the court in Port Ellery."
    assert line in clean_text(HEAD + line + TAIL).text


def test_slogan_a_sentence_goes_on_about_stays():
    line = "\"NO MORE OIL\" signs hung from every window in Port Ellery on Monday."
    assert line in clean_text(HEAD + line + TAIL).text


def test_name_ending_in_capitals_stays():
    # must keep: capitals inside a sentence (an agency's name), no quoted heading
    line = "\"HELP US NOW\" was painted on the roof of the NASA building in Port Ellery."
    assert line in clean_text(HEAD + line + TAIL).text
    line = "Jane Roe of NASA Said the launch was late, the agency told reporters in Port Ellery."
    assert line in clean_text(HEAD + line + TAIL).text
