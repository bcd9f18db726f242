"""Round forty-two, issue 18: shapes of the FNC-1 audit (scraped rumour copy) and their
must-not-fire twins. A name that is only the object or the addressee of its sentence loses a
later "he" to that sentence's unnamed subject ("the teacher gave an interview to ..."); a
person's name run on into a number names a programme ("Cooper 360"), never the person. Every
text here is invented for the test."""

from __future__ import annotations

from pipeline_helpers import analysed, shown_speaker


def _one(text: str, words: str):
    a = analysed(text)
    hits = [q for q in a.quotes if words in q.text]
    assert len(hits) == 1, [q.text for q in a.quotes]
    return shown_speaker(a, hits[0]), hits[0]


def test_a_he_after_a_sentence_whose_name_is_only_the_addressee_is_open():
    who, q = _one("A school in Leeds hit the news this week.\n\nThe teacher gave a long interview to Tom Baxter "
                  "on Monday. He told the paper that the letter had moved him.", "the letter had moved him")
    assert who is None
    assert "teacher" in (q.speaker_evidence or "")


def test_a_he_after_a_sentence_whose_name_is_its_subject_keeps_the_name():
    # twin: the named man is the subject and the teacher the addressee: he is the named man
    who, _ = _one("A school in Leeds hit the news this week.\n\nTom Baxter gave a long interview to the teacher "
                  "on Monday. He told the paper that the letter had moved him.", "the letter had moved him")
    assert who == "Tom Baxter"


def test_a_name_run_on_into_a_number_is_a_programme_not_a_person():
    who, q = _one("The claim spread fast on Tuesday.\n\nAnderson Cooper 360 revealed that the video had been "
                  "staged in a studio.", "staged in a studio")
    assert who is None
    assert q.speaker_text == "Anderson Cooper 360"


def test_a_name_with_an_age_between_commas_still_speaks():
    # twin: the number is an age set off by commas: the person speaks
    who, _ = _one("The claim spread fast on Tuesday.\n\nAnderson Cooper, 47, said that the video had been "
                  "staged in a studio.", "staged in a studio")
    assert who == "Anderson Cooper"


def test_a_she_after_an_unnamed_mother_of_a_named_man_is_open():
    # the name inside "of ..." is the son, not the woman described: she stays unnamed
    who, q = _one("Acme Oil was fined in June. Ann Lee, a lawyer, had said it would be.\n\nThe mother of James Roe "
                  "spoke to CNN on Friday. She said the fine was far too small.", "far too small")
    assert who is None
    assert "The mother" in (q.speaker_evidence or "")


def test_a_she_after_a_named_mother_keeps_her_name():
    # twin: the subject is the woman's own name, the description in apposition: she is named
    who, _ = _one("Acme Oil was fined in June.\n\nAnn Lee, the mother of James Roe, spoke to CNN on Friday. "
                  "She said the fine was far too small.", "far too small")
    assert who == "Ann Lee"


def test_a_he_after_an_unnamed_fighter_subject_is_open():
    # "fighter" names one unnamed person (data/person_nouns.tsv): the nearer subject wins over the
    # man named further back
    who, q = _one("Tom Baxter was killed in Syria last year.\n\nThe rebel fighter, who met the family twice, called "
                  "the talks a duty since he believes that the family deserves the truth.", "deserves the truth")
    assert who is None
    assert "fighter" in (q.speaker_evidence or "") or q.speaker_text == "The rebel fighter"


def test_a_he_after_a_named_fighter_keeps_his_name():
    # twin: the fighter is named: he is the fighter
    who, _ = _one("Tom Baxter was killed in Syria last year.\n\nRebel fighter Sam Ortiz, who met the family twice, "
                  "called the talks a duty since he believes that the family deserves the truth.", "deserves the truth")
    assert who == "Sam Ortiz"


def test_what_stories_would_have_us_believe_is_no_statement():
    a = analysed("Acme launched a phone.\n\nStories circulating online would have us believe that the phone "
                 "can read minds.")
    assert not [q for q in a.quotes if "read minds" in q.text]


def test_a_saying_verb_under_have_stays_a_statement():
    # twin: "had him testify that ...": a saying, not a belief; the quote stays
    a = analysed("Acme launched a phone.\n\nThe lawyers had him testify that the phone can read minds.")
    assert [q for q in a.quotes if "read minds" in q.text]


OUTPOST = ("Reza Gul lives near the outpost.\n\nShe told the paper she saw her {} Oruzgani shot dead. Then, she said, "
           "she took up a rifle.")


def test_a_she_is_never_a_name_in_apposition_with_son():
    who, _ = _one(OUTPOST.format("son"), "took up a rifle")
    assert who != "Oruzgani"


def test_a_she_may_be_a_name_in_apposition_with_daughter():
    # twin: "her daughter Oruzgani" agrees with a she: the rule rules nothing out
    who, _ = _one(OUTPOST.format("daughter"), "took up a rifle")
    assert who == "Oruzgani"


def test_a_he_after_a_head_of_an_inquiry_named_in_apposition_keeps_the_name():
    # twin: the parse may hang the name on a noun of the "of" phrase; it still names the subject
    who, _ = _one("Acme Oil was fined in June.\n\nThe head of the fraud inquiry in Leeds, Ken Roe, said the firm "
                  "had helped. \"Right now my evidence is scant, and I will not draw conclusions,\" he said.",
                  "evidence is scant")
    assert who == "Ken Roe"



# the integrator's mend (seed 157, in-sample): a letter sent to someone asks what its writer asks

def test_a_letter_sent_to_a_named_person_asking_something_is_the_writer_s_not_the_addressee_s():
    who, q = _one("Senator John Miller has opposed the plan for years.\n\nLast week Miller wrote Governor Ann Price "
                  "a letter asking her to delay the vote, and she refused.", "delay the vote")
    assert who in ("Miller", "John Miller")  # the mention the cue's subject names; the entity is the senator
    assert "addressee" in (q.speaker_evidence or "")


def test_a_letter_from_unnamed_writers_to_a_named_person_leaves_the_speaker_open():
    who, q = _one("The boy lives in a small town.\n\nHis parents wrote Ann Price a letter asking her to become "
                  "his godmother, and she agreed.", "become his godmother")
    assert who is None
    assert q.speaker_text == "His parents"


def test_the_named_writer_of_a_letter_to_unnamed_addressees_speaks():
    # the named person is the letter's writer (the subject), the addressees unnamed
    who, _ = _one("The boy lives in a small town.\n\nAnn Price wrote the parents a letter asking them to visit "
                  "her office in May.", "visit her office")
    assert who == "Ann Price"


def test_twin_a_letter_with_no_addressee_is_not_read_by_the_sent_letter_rule():
    # must not fire: no addressee (no dative), so the rule says nothing and the evidence names none
    a = analysed("Senator John Miller has opposed the plan for years.\n\nLast week Miller wrote a long letter "
                 "asking the governor to delay the vote.")
    assert all("addressee" not in (q.speaker_evidence or "") for q in a.quotes)


# the integrator's mend (seed 157, in-sample): a quotation a comma lead-in hands over is no tag's
# of the next sentence

_VIDEO = ("The reporter's mother released a video last week pleading for his release.\n\n"
          "In the video, a masked man {lead} \"I'm back, Smith, and I'm back because of your policy.\" He cites "
          "recent air strikes against the group.\n\nThe masked man speaks with a British accent.")


def test_a_quotation_handed_over_by_saying_comma_keeps_that_cue_not_the_next_sentence_s():
    a = analysed(_VIDEO.format(lead="denounces the Smith government, saying,"))
    q = next(q for q in a.quotes if "because of your policy" in q.text)
    assert q.cue == "saying"
    assert shown_speaker(a, q) is None


def test_twin_with_no_saying_verb_before_the_comma_the_cue_after_still_tags_it():
    # must not fire: the comma follows no saying verb, so nothing hands the quotation over
    a = analysed(_VIDEO.format(lead="stands before a flag in a field,"))
    q = next(q for q in a.quotes if "because of your policy" in q.text)
    assert q.cue == "cites"


# the review's mend: a name in apposition that its noun's gender rules out for the pronoun does not
# name the subject phrase it sits in

def test_a_she_after_a_lawyer_for_a_named_father_is_open():
    who, q = _one("Maria Lopez, the mayor, opened the inquiry in March. The lawyer for the boy's father, Kim Jones, "
                  "spoke outside the court on Friday. \"We want the truth,\" she said.", "We want the truth")
    assert who is None
    assert "lawyer" in (q.speaker_text or "")


def test_twin_a_she_after_a_lawyer_for_a_named_mother_is_not_given_to_the_mayor():
    # the name in apposition may be the "she" (a mother): the subject phrase counts as named, as before
    who, q = _one("Maria Lopez, the mayor, opened the inquiry in March. The lawyer for the boy's mother, Kim Jones, "
                  "spoke outside the court on Friday. \"We want the truth,\" she said.", "We want the truth")
    assert who != "Maria Lopez"
    assert "lawyer" not in (q.speaker_evidence or "")
