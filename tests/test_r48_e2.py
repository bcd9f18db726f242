"""Round forty-eight, issue 18 (who said it), engineer e2: speakers the FNC-1 census showed
wrong, opened where the text names someone else, and one the parse hid, filled; each shape
with its must-not-fire twin. Every text here is invented for the test."""

from __future__ import annotations

from pipeline_helpers import analysed, shown_speaker


def _one(text: str, words: str):
    a = analysed(text)
    hits = [q for q in a.quotes if words in q.text]
    assert len(hits) == 1, [q.text for q in a.quotes]
    return shown_speaker(a, hits[0]), hits[0]


# --- a spokesperson after a paper's report (quotes._spokesperson_after_org) --------------------

def test_a_spokesperson_after_a_papers_report_is_not_the_papers():
    who, q = _one("Militants are closing in on the capital.\n\n"
                  "According to the Lubano Relief Fund, fighters were approaching the city on Monday, "
                  "report The Independent.\n\n"
                  '"The fighters are now less than 2km away from the city," a spokesperson said.', "less than 2km")
    assert who is None and q.antecedent_mention is None


def test_twin_a_spokesperson_after_a_body_that_said_so_is_the_bodys():
    who, q = _one("Militants are closing in on the capital.\n\n"
                  "The Lubano Relief Fund said fighters were approaching the city on Monday.\n\n"
                  '"The fighters are now less than 2km away from the city," a spokesperson said.', "less than 2km")
    assert who == "Lubano Relief Fund" and q.speaker_via == "spokesperson"


def test_twin_a_spokesperson_after_a_paper_that_said_so_is_the_papers():
    who, _ = _one("Militants are closing in on the capital.\n\n"
                  "The Independent said on Monday that it would close its bureau in the city.\n\n"
                  '"Our staff are safe," a spokesperson said.', "Our staff are safe")
    assert who == "Independent"


# --- a word before a name the parse split into subjects (quotes._name_split_from_word) ---------

def test_a_word_before_the_name_the_parse_split_off_gives_the_name():
    who, q = _one("Lawmakers in Baghdad accused the coalition of helping the militants.\n\n"
                  "MP Majid al-Gharawi stated that the available information pointed out that US planes are "
                  "supplying the group.", "the available information pointed out")
    assert who == "Majid al-Gharawi" and "split" in q.speaker_evidence and q.speaker_confidence == 0.9


def test_twin_a_title_the_parse_joins_to_the_name_reads_as_before():
    who, q = _one("Lawmakers in Baghdad accused the coalition of helping the militants.\n\n"
                  "Lawmaker Majid al-Gharawi said that US planes are supplying the group.", "US planes")
    assert who == "Majid al-Gharawi" and "split" not in (q.speaker_evidence or "")


def test_twin_a_bare_description_stays_open():
    who, _ = _one("Lawmakers in Baghdad accused the coalition of helping the militants.\n\n"
                  "The MP stated that US planes are supplying the group.", "US planes")
    assert who is None


# --- "exclaim" is a verb of saying (data/reporting_verbs.txt) -------------------------------

def test_an_exclaimed_line_is_its_lead_ins_not_the_last_speakers():
    who, q = _one('Jane Roe says the surgery cost $20,000. "I wanted it," she said.\n\n'
                  "Her look recalls a scene from an old science fiction film.\n\n"
                  'In that scene, one enamoured suitor exclaims: "Baby, you make me wish I had three hands!"\n\n'
                  "The film was remade in 2012.", "three hands")
    assert who is None and q.cue == "exclaims" and q.speaker_text == "suitor"


def test_twin_a_named_person_who_exclaims_speaks():
    who, _ = _one("The vote was counted on Monday.\n\n"
                  'Jane Roe exclaims: "We have won every seat in the valley!"', "every seat")
    assert who == "Jane Roe"


# --- a report by a named author another name describes (quotes._named_apart) -----------------

def test_a_report_by_a_blog_a_company_name_describes_is_not_the_companys():
    a = analysed("Acme stores will get new safes for the gold watches, according to a report by Acme blog "
                 "9to5gadget. The safes will hold the demo watches overnight.\n\n"
                 "Because of the high price, the gold watch is likely to have its own sales process, "
                 "according to the report.")
    first = [q for q in a.quotes if q.text.startswith("Acme stores")]
    later = [q for q in a.quotes if "sales process" in q.text]
    assert first and later
    assert shown_speaker(a, first[0]) is None and shown_speaker(a, later[0]) is None


def test_twin_a_report_by_a_tagged_body_is_its():
    a = analysed("Acme stores will get new safes for the gold watches, according to a report by the Lubano "
                 "Institute. The safes will hold the demo watches overnight.\n\n"
                 "Because of the high price, the gold watch is likely to have its own sales process, "
                 "according to the report.")
    later = [q for q in a.quotes if "sales process" in q.text]
    assert later and shown_speaker(a, later[0]) == "Lubano Institute"


# --- "the company" after "a company named X" (speakers.introduced_named_body) ----------------

def test_the_company_after_a_company_named_an_untagged_name_is_open():
    who, q = _one("Acme unveiled its new Apple Watch dock on Monday.\n\n"
                  "At the trade show, a small company named Standzout will be showing its prototype of the "
                  "Apple Watch dock. The dock in focus is the Bandstand. The aforesaid company calls it the first "
                  "great Apple Watch accessory ever.", "first great")
    assert who is None and "brought in before" in q.speaker_evidence


def test_twin_the_company_named_as_a_tagged_organisation_is_it():
    who, _ = _one("Acme Corp unveiled its new watch dock on Monday.\n\n"
                  "At the trade show, a small company named Acme Corp will be showing its prototype of the watch "
                  "dock. The company says it is the first great watch accessory ever.", "first great")
    assert who == "Acme Corp"


# --- "the company" in a sentence about another name's doings (speakers.subject_possessor) -------

def test_the_company_in_a_sentence_about_another_names_update_is_open():
    who, q = _one("Microsoft is said to be close to buying social network Path, reports a tech site. "
                  "Microsoft has also featured Path in its ads.\n\n"
                  "Path's last major update came in June when the company announced that it would launch its "
                  "own messaging app.", "messaging app")
    assert who is None and "Path" in q.speaker_evidence


def test_twin_the_company_after_the_same_bodys_possessive_is_it():
    who, _ = _one("Microsoft is said to be close to buying social network Path, reports a tech site. "
                  "Microsoft has also featured Path in its ads.\n\n"
                  "Microsoft's last major update came in June when the company announced that it would launch "
                  "its own messaging app.", "messaging app")
    assert who == "Microsoft"


def test_twin_the_company_after_a_common_noun_possessive_is_as_before():
    who, _ = _one("Microsoft is said to be close to buying social network Path, reports a tech site. "
                  "Microsoft has also featured Path in its ads.\n\n"
                  "The network's last major update came in June when the company announced that it would "
                  "launch its own messaging app.", "messaging app")
    assert who == "Microsoft"


# --- a participle opening the sentence after a closed quotation (quotes._cue_near) -------------

def test_a_participle_opening_the_next_sentence_is_no_tag_of_the_quotation():
    who, q = _one("The leaders met in Sicily on Saturday.\n\n"
                  "Speaking of doubt, in a television interview set to air on Sunday, Defense Secretary Jim Roe "
                  'said that he was "quite certain the president is wide open on this issue as he weighs the '
                  'accord." Speaking with the Lubano Times, the president\'s chief adviser, Gary Doe, also made it '
                  "sound as if the president was still making up his mind.", "quite certain")
    assert who == "Jim Roe"


def test_twin_a_participle_after_the_tag_keeps_the_tag():
    who, _ = _one("The leaders met in Sicily on Saturday.\n\n"
                  '"We will decide next week," the president\'s chief adviser, Gary Doe, said, speaking with the '
                  "Lubano Times on Sunday.", "decide next week")
    assert who == "Gary Doe"
