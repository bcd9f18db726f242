"""Round forty-eight, mender m1: in-sample mends of the seed-163 audit's wrong quote items.
Every rule has a test that fails on the base code and a twin it must not fire on, each on a
short invented text run through the whole per-document stage."""

from __future__ import annotations

from pipeline_helpers import quoted_analysis, speaker_words


def _antecedent(a, q) -> str | None:
    return a.mentions[q.antecedent_mention].text if q.antecedent_mention is not None else None


def _by_text(text: str, part: str):
    a = quoted_analysis(text)
    return a, [q for q in a.quotes if part in q.text]


# --- c011 Q9: a he/she never stands for an acronym ("ISIS"), whatever first name it spells ---

_ACRONYM = (
    "Mary Cole, whose son Tom was killed in the raid, spoke to reporters on Monday.\n\n"
    "\"We miss him every day,\" Mrs. Cole said.\n\n"
    "{org} has held the town since June. The army said {org} had lost ground. {org} denied it.\n\n"
    "And in a pointed attack on the plan to 'crush and defeat' {org} she said that answering "
    "force with force may not work.\n"
)


def test_she_is_never_an_acronym_organisation():
    a, qs = _by_text(_ACRONYM.format(org="ISIS"), "answering force")
    assert len(qs) == 1
    assert _antecedent(a, qs[0]) != "ISIS"
    assert "-> ISIS" not in (qs[0].speaker_evidence or "")


def test_she_still_goes_to_the_woman_named_before():
    a, qs = _by_text(_ACRONYM.format(org="ISIS"), "answering force")
    assert _antecedent(a, qs[0]) in ("Cole", "Mary Cole") and qs[0].speaker_confidence > 0.5


# --- c028 Q9: the pronoun's own gender hint, and an appositive role noun of the name ---

_BRIDE = (
    "Jugal Lamb{appos} and his bride were to marry in the village on Sunday.\n\n"
    "Lamb fell to the ground during the ceremony and was taken to a hospital.\n\n"
    "The sudden event angered the bride who felt deceived that the groom and his family had "
    "hidden Lamb's illness from her, and led her to leave him at once.\n\n"
    "She declared she would marry any man among the guests who would accept her.\n"
)


def test_a_pronouns_own_hint_still_genders_a_plain_name_in_its_own_sentence_twin():
    # round forty-eight's final census: leaving the pronoun's own hint out opened five right
    # speakers on Timeline17 (a plain name whose only gender is that hint); the hint stands, and a
    # role noun in apposition outranks it (the groom test below). A twin that holds either way: the
    # census texts' longer contexts, not reproduced in a short invented text, were the evidence
    text = ("Kent Wells spoke of the cap on Thursday.\n\nThe engineers worked through the night.\n\n"
            "Thad Allen would not budge on Friday from the forecast of a finish in August, but he said "
            "the relief well is a week ahead of schedule.\n")
    a, qs = _by_text(text, "relief well")
    assert len(qs) == 1 and _antecedent(a, qs[0]) == "Thad Allen"


def test_a_gender_hint_from_another_pronoun_still_counts():
    text = ("Jugal Lamb spoke to the press on Sunday.\n\nLamb said the vote was fair. She said she "
            "would stay in the party.\n\nLamb met the board on Monday.\n\nShe said the plan would work.\n")
    _a, qs = _by_text(text, "plan would work")
    assert len(qs) == 1
    assert "gender f" in (qs[0].speaker_evidence or "")


def test_an_appositive_groom_is_no_she_in_any_of_his_mentions():
    a, qs = _by_text(_BRIDE.format(appos=", the 25-year-old groom,"), "marry any man")
    assert len(qs) == 1
    assert qs[0].antecedent_mention is None and qs[0].speaker_confidence == 0.0
    assert "Lamb" not in (qs[0].speaker_evidence or "")


def test_an_appositive_bride_is_still_a_she():
    text = ("Anita Lamb, the 23-year-old bride, married in the village on Sunday.\n\n"
            "Lamb danced with the guests after the ceremony.\n\nShe said the day had been perfect.\n")
    a, qs = _by_text(text, "day had been perfect")
    assert len(qs) == 1 and _antecedent(a, qs[0]) in ("Lamb", "Anita Lamb") and qs[0].speaker_confidence > 0.5


# --- c030 Q2: a paper's source is not the paper ---

_SOURCE = ("The Herald said that a guard at the jail had seen the men leave.\n\n"
           "The prisoners were then taken to the border town of Kell, according to the Herald's {noun}.\n")


def test_the_papers_source_is_not_the_paper():
    a, qs = _by_text(_SOURCE.format(noun="source"), "border town")
    assert len(qs) == 1
    assert qs[0].speaker_mention is None and qs[0].speaker_confidence == 0.0


def test_the_papers_report_is_still_the_paper():
    a, qs = _by_text(_SOURCE.format(noun="report"), "border town")
    assert len(qs) == 1 and speaker_words(a, qs[0]) == "Herald"


# --- c033 Q2, Q11: the noun-phrase object of "cite" naming sources is no content ---

def test_cited_sources_who_suggest_are_no_content():
    _a, qs = _by_text("Storage may change too.\n\nKDN cites factory sources who suggest Zephyr will keep "
                      "the two screen sizes.\n", "factory sources")
    assert qs == []


def test_cited_sources_on_a_topic_are_no_content():
    _a, qs = _by_text("The report also cites factory sources on battery cells which Zephyr is said to use "
                      "in the next phone.\n", "factory sources")
    assert qs == []


def test_cited_reasons_stay_content():
    a = quoted_analysis("The mayor Jane Roe cited rising costs of fuel and a shortage of drivers as the "
                        "reasons for the cut.\n")
    assert any("rising costs" in q.text for q in a.quotes)


# --- c028 Q2: a gerund of knowing in an adverbial phrase is no cue ---

def test_upon_realising_inside_a_report_is_no_cue():
    a = quoted_analysis("Several papers reported that the bride, upon realising that the groom had hidden "
                        "his illness from her, was furious.\n")
    assert not any(q.cue == "realising" for q in a.quotes)


def test_a_said_realisation_stays_the_speakers():
    a = quoted_analysis("Jane Roe said she realised that the groom had hidden his illness from her.\n")
    assert any("hidden his illness" in q.text and q.cue == "said" for q in a.quotes)


# --- c033 Q1: an object question after "discuss" is a topic ---

def test_discusses_what_we_might_expect_is_a_topic():
    a = quoted_analysis("Phone rumours never stop, and today there is a new one that discusses what we might "
                        "be able to expect from the next Zephyr phone later this year.\n")
    assert not any("expect from" in q.text for q in a.quotes)


def test_says_what_we_need_is_still_a_statement():
    a = quoted_analysis("Phone rumours never stop, and today there is a new one that says what we need is "
                        "a bigger screen on the next Zephyr phone.\n")
    assert any("bigger screen" in q.text for q in a.quotes)


# --- c011 Q3: a head in single marks on a page that quotes in double marks ---

_HEAD = ("The mother of Tom Reed said on Friday that the government had failed her son.\n\n"
         "{o}I guess all I am trying to say is that our leaders need to be smarter,{c} Ann Reed said. "
         "{o}We can find better ways.{c}\n\n"
         "Video shows the raid on the camp\n\n"
         "'He was driven to tell the truth'\n\n"
         "After her son's death, Ann Reed wrote on the family page that {o}we have never been prouder "
         "of our son.{c}\n")


def test_a_single_marked_head_on_a_double_marked_page_is_dropped():
    a = quoted_analysis(_HEAD.format(o='"', c='"'))
    assert not any("driven to tell" in q.text for q in a.quotes)


def test_a_single_marked_paragraph_on_a_single_marked_page_stays_open():
    a = quoted_analysis(_HEAD.format(o="'", c="'"))
    qs = [q for q in a.quotes if "driven to tell" in q.text]
    assert all(q.speaker_mention is None for q in qs)


# --- c033 Q5: a short capitalised name in marks inside the writer's sentence ---

_NAME = ("Zephyr is said to be planning a new phone for the autumn.\n\n"
         "In addition, {q} the touch system which will launch with the Zephyr watch, could also be "
         "included in the new phone.\n")


def test_a_feature_name_in_marks_is_no_quote():
    a = quoted_analysis(_NAME.format(q='"Quick Press,"'))
    assert not any("Quick Press" in q.text for q in a.quotes)


def test_a_sentence_in_marks_stays_a_quote():
    a = quoted_analysis(_NAME.format(q='"We will win the market this year,"'))
    assert any("win the market" in q.text for q in a.quotes)


# --- c028 Q10, c033 Q14: a place label opening the text is a dateline ---

_LABEL = ("{label}: All was going well at the wedding of 25-year-old Jugal Lamb and his bride Anita from "
          "Kellford. That is until the ceremony began.\n\nLamb fell to the ground in front of the guests.\n")


def test_an_opening_place_label_is_no_speaker():
    a = quoted_analysis(_LABEL.format(label="LEEDS"))
    assert not any("going well" in q.text for q in a.quotes)


def test_an_opening_name_label_is_still_a_transcript_turn():
    a = quoted_analysis(_LABEL.format(label="WALLACE"))
    assert any("going well" in q.text and q.speaker_text == "WALLACE" for q in a.quotes)


# --- c033 Q4: a trailing ", according to website X" with its grounds after it ---

def test_a_trailing_according_to_website_is_cut_before_its_citing_grounds():
    a = quoted_analysis("Rumors out of Taiwan are suggesting that Zephyr is considering a new camera for the "
                        "smartphone's back, according to website KDN, citing sources from Zephyr's supply chain in Asia.\n")
    qs = [q for q in a.quotes if q.cue == "suggesting"]
    assert len(qs) == 1 and qs[0].text.endswith("smartphone's back")


def test_an_according_to_with_no_source_stays_in_the_content():
    a = quoted_analysis("Officials are suggesting that the aid will be shared among the agencies, according "
                        "to a running review of needs, citing the floods in the south.\n")
    qs = [q for q in a.quotes if q.cue == "suggesting"]
    assert len(qs) == 1 and "running review" in qs[0].text


# --- the reduced relative the tagger calls a past ("a source claimed to be tied to ...") ---

def test_a_reduced_relative_tagged_past_is_no_cue():
    a = quoted_analysis("Then the news comes from French website Phonote, citing a source claimed to be tied "
                        "to Zephyr. The person said engraving will come.\n")
    assert not any("tied to Zephyr" in q.text for q in a.quotes)


def test_a_finite_claim_stays_a_cue():
    a = quoted_analysis("The officials claimed the plant would close in May.\n")
    assert any("plant would close" in q.text for q in a.quotes)


def test_a_husband_in_the_surnames_cluster_is_no_bar_to_her_twin():
    # round forty-eight's final PolNeAR census: a "husband" in apposition to the husband's name,
    # clustered with the widow's by their surname, opened her "she" quotes when the role noun
    # outranked every hint; it outranks only a gender the resolved pronoun alone hinted
    text = ("Martha Reed, whose husband, Army Sergeant Tom Reed, was killed in the 2011 attack on the base, "
            "discussed the dispute with radio host Ben Gray on Thursday.\n\nThough moved by their grief, Reed "
            "said she does not believe the critics should be spared.\n\n\"First and foremost,\" she told Gray, "
            "\"I would never want anyone to lose a husband.\"\n")
    a, qs = _by_text(text, "First and foremost")
    assert len(qs) == 1 and _antecedent(a, qs[0]) in ("Reed", "Martha Reed")
