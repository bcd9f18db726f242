"""Round fifty-one, engineer e3 (issues 16 and 18): verbs of saying the cue lexicon missed
(checked against VerbNet's classes of saying), a web page's teaser line under a kicker in
capitals ("SHOCK: ...") that is no transcript turn, and a reader comment thread whose first
comments carry no stamp above the first "Posted by:" footer. Every rule has a test that
fires and a must-not-fire twin, each on a short invented text."""

from __future__ import annotations

import pytest
from pipeline_helpers import quoted_analysis

from storyline.analyse import quotes


def _speaker_of(text: str, part: str) -> str | None:
    a = quoted_analysis(text)
    qs = [q for q in a.quotes if part in q.text]
    assert len(qs) == 1, [q.text for q in a.quotes]
    q = qs[0]
    return a.mentions[q.speaker_mention].text if q.speaker_mention is not None else q.speaker_text


# --- verbs of saying (data/reporting_verbs.txt, round fifty-one) ---

_ADDED = ["averred", "avowed", "blurted", "confessed", "confided", "divulged", "proclaimed",
          "grumbled", "griped", "groused", "bragged", "whined", "muttered", "murmured",
          "mumbled", "whispered", "stammered", "stuttered",
          "exhorted", "scoffed", "sneered"]


@pytest.mark.parametrize("verb", _ADDED)
def test_added_verb_of_saying_gives_the_quote_its_speaker(verb):
    text = f"The council met on Tuesday.\n\n\"The bridge will never open on time,\" Marta Quillon {verb}.\n"
    name = _speaker_of(text, "bridge will never open")
    assert name is not None and "Quillon" in name, (verb, name)


@pytest.mark.parametrize("verb", ["exhorted", "scoffed"])
def test_added_verb_is_a_cue(verb):
    from storyline.analyse.quotes import cue_lemmas

    assert verb[:-2].rstrip("e") in {w.rstrip("e") for w in cue_lemmas()}


def test_a_crowd_that_shouted_stays_open_twin():
    # "shout" is a chant verb (chant_cues.txt), no verb of saying: a group's shout stays open
    text = ("Protesters gathered at Temple University on Monday.\n\n"
            "\"Power to the people!\" the group shouted from the street outside a church.\n")
    a = quoted_analysis(text)
    qs = [q for q in a.quotes if "Power to the people" in q.text]
    assert qs and all(q.speaker_confidence == 0.0 for q in qs), [(q.speaker_text, q.speaker_evidence) for q in qs]
    assert "shout" not in quotes.cue_lemmas(mental=True)


def test_left_out_manner_verb_is_no_cue_twin():
    # "gush" (manner of speaking in VerbNet, oil in news) stays out: no quote from it
    a = quoted_analysis("The council met on Tuesday.\n\nOil gushed that the well was broken for weeks.\n")
    assert not any("well was broken" in q.text for q in a.quotes), [q.text for q in a.quotes]
    assert "gush" not in quotes.cue_lemmas(mental=True)


# --- a teaser under a one-word kicker in capitals is no transcript turn ---

_TEASERS = ("Officials in Arbela said on Monday that the dam had held.\n\n"
            "\"The water is falling,\" said Tomas Reyes, the mayor.\n\n"
            "SHOCK: Flood waters sweep cars off a bridge in Arbela\n\n"
            "RESCUE: Boy pulled alive from river after two days\n")


def test_teaser_kicker_is_no_transcript_turn():
    assert quotes.find_transcript(_TEASERS) == []
    a = quoted_analysis(_TEASERS)
    assert not any("sweep cars" in q.text or "pulled alive" in q.text for q in a.quotes), [q.text for q in a.quotes]


def test_transcript_label_naming_the_speaker_stays_a_turn_twin():
    text = ("Chris Wallace spoke to the senator on Sunday.\n\n"
            "WALLACE: Senator, will the bill pass this week\n\n"
            "WALLACE: And if it does not, what then?\n")
    turns = quotes.find_transcript(text)
    assert len(turns) == 2


def test_kicker_over_a_full_sentence_stays_a_turn_twin():
    # a turn that ends on a stop is a speaker's words, whatever its label
    text = "The hearing opened at nine.\n\nHORNE: We will not accept the offer.\n"
    assert len(quotes.find_transcript(text)) == 1


# --- a reader thread whose first comments carry no stamp above the first footer stamp ---

from storyline.clean import noise  # noqa: E402

_ARTICLE = ("The city council of Arbela voted on Tuesday to close the old river bridge for repairs, "
            "a year after engineers found cracks in two of its piers.\n\n"
            "The repairs will cost about $4 million and take eight months, the council's public works "
            "office said in a statement.\n\n"
            "Traffic will be sent over the new bridge to the north, which carries about 12,000 cars a day.\n\n"
            "Shop owners near the old bridge have asked the council for help while it is closed.\n\n"
            "The council will take up their request at its next meeting in June.\n\n")
_UNSTAMPED = ("The mayor lied to all of us!\n\n"
              "Why should anyone trust these people now?\n\n"
              "I have paid my taxes here for forty years.\n\n"
              "The roads are still broken.\n\n"
              "Nothing has changed in this town.\n\n"
              "It could be fixed and it will not be.\n\n"
              "Do you really think they care?\n\n"
              "I doubt it very much.\n\n")
_STAMPED = ("You people never learn! Posted by: riverfan12 | May 3, 2021 9:15 PM | Report abuse "
            "I agree with the last post.\n\n"
            "Shame on them. Posted by: oldtimer77 | May 3, 2021 9:02 PM | Report abuse\n")


def test_thread_cut_from_its_first_unstamped_comment():
    c = noise.clean_text(_ARTICLE + _UNSTAMPED + _STAMPED)
    assert c.text.rstrip().endswith("next meeting in June."), c.text[-200:]
    assert "The mayor lied" not in c.text and "forty years" not in c.text


def test_column_in_its_own_voice_keeps_its_end_twin():
    # the writer's own voice above (questions, "I", "you" throughout): no change of register,
    # so only the stamped part goes; the unstamped comments stay as the column's
    column = ("Why do I still drive over the old bridge every day?\n\n"
              "I have asked myself that for a year, and you may have too.\n\n"
              "The council voted on Tuesday to close it for repairs, which will cost about $4 million.\n\n"
              "Do you trust the council to finish on time?\n\n"
              "I do not, and I doubt you do either.\n\n"
              "Traffic will be sent over the new bridge to the north, which carries about 12,000 cars a day.\n\n")
    c = noise.clean_text(column + _UNSTAMPED + _STAMPED)
    assert "Why do I still drive" in c.text and "next meeting" not in c.text
    assert "I doubt you do either." in c.text


def test_article_ending_in_plain_prose_keeps_every_sentence_twin():
    # an article whose thread below is stamped from its first comment: nothing above is cut
    c = noise.clean_text(_ARTICLE + _STAMPED)
    assert "The council will take up their request at its next meeting in June." in c.text
    assert "Shop owners near the old bridge" in c.text


# --- a list's run-in heads (a name and a firm) ---

_LIST = ("Port Ellery's flood suits are drawing lawyers from the capital, and here is a look at the key players.\n\n"
         "Margaret L. Tolland, Harrow & Vane The chair of Harrow & Vane's litigation group will represent the port "
         "authority in the suits brought by shop owners.\n\n"
         "She has argued environmental cases for twenty years.\n\n"
         "Robert J. Amsel and Linda Corr, Dunmore, Pike & Hale The two partners will represent the dredging firm "
         "before the state's inquiry.\n\n"
         "Amsel joined the firm from a rival last year.\n\n"
         "Peter Lowell, Lowell & Sons Consulting\n")


def test_list_heads_run_into_their_paragraphs_are_cut():
    c = noise.clean_text(_LIST)
    assert "The chair of Harrow & Vane's litigation group will represent" in c.text
    assert "The two partners will represent the dredging firm" in c.text
    assert "Tolland, Harrow & Vane The" not in c.text and "Linda Corr, Dunmore" not in c.text
    assert "Peter Lowell, Lowell & Sons Consulting" not in c.text
    reasons = [r.reason for r in c.removed if r.reason.startswith("heading: a list item's head")]
    assert len(reasons) == 3, [r.reason for r in c.removed]


def test_one_name_and_firm_seam_is_no_list_twin():
    text = ("Port Ellery's flood suits are drawing lawyers from the capital.\n\n"
            "Margaret L. Tolland, Harrow & Vane The chair of Harrow & Vane's litigation group will represent the port "
            "authority in the suits brought by shop owners.\n\n"
            "She has argued environmental cases for twenty years.\n")
    c = noise.clean_text(text)
    assert not any(r.reason.startswith("heading: a list item's head") for r in c.removed)


def test_name_and_firm_in_a_sentence_stays_twin():
    text = ("Margaret Tolland, Harrow & Vane's chair, said the suits would take years.\n\n"
            "Robert Amsel, Dunmore Pike's partner, said the firm would appeal.\n\n"
            "Linda Corr, Dunmore Officials said the hearing would resume on Monday.\n")
    c = noise.clean_text(text)
    assert not any(r.reason.startswith("heading: a list item's head") for r in c.removed)
    assert "Margaret Tolland, Harrow & Vane's chair, said" in c.text


def test_reader_signatures_are_no_list_heads_twin():
    text = ("Readers wrote to us about the flood in Arbela.\n\n"
            "Peter Nolan, Arbela, Marotia I think the council waited far too long to act on the bridge.\n\n"
            "Anna Brook, Port Ellery, Marotia The river has flooded every spring since I was a child here.\n")
    c = noise.clean_text(text)
    assert not any(r.reason.startswith("heading: a list item's head") for r in c.removed), [r.reason for r in c.removed]


def test_no_second_reading_below_a_header_that_says_no_comments_twin():
    # the thread rule's second reading needs a reader's stamp below: a header saying there are
    # no comments is no evidence that the first-person lines above are readers'
    text = (_ARTICLE + _UNSTAMPED + "No comments to display yet.\n")
    c = noise.clean_text(text)
    assert "The mayor lied to all of us!" in c.text or not any("reader's register" in r.reason for r in c.removed)
