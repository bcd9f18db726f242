"""Round sixty, mender m2: the Fox News and Reuters cleaning and brief items of the seed-175
audit of three Timeline17 dev topics (issue 16: noise kept; issue 23: the brief).

bpoil_foxnews K5, K8, B9 (a wire picture's caption above its credit "(AP Photo)", "(AP)", "AP
Photo/<name>" run into the lead: the credit was cut, the caption kept as the first paragraph,
since the parser read "<Name> waves as ..." and "Oil that leaked ... swirls through ..." with no
present verb and "(l)/(r)" marks a past-tense caption), bpoil_reuters K1 (a page of several wire
leads kept each later lead's dateline), bpoil_foxnews K7 (a crosshead run into "Near the
shoreline, we ..."), bpoil_foxnews B8 (a timeline's rubric "In the Gulf:" opened a brief
sentence), bpoil_foxnews B1 (a photo caption ending "... Thursday, June 3, 2010." read as none).

Each rule has a test that fails on the base code and a must-not-fire twin, on short texts written
for the test (a name or a figure like the article's at most). Every text here is invented.
"""

from __future__ import annotations

from pipeline_helpers import analysed

from storyline.clean import clean_record
from storyline.resolve import brief
from storyline.types import Record

BODY = ("The city council will meet on Monday to weigh the cost of the repairs, officials said.\n\n"
        "The flood closed the port for three days last week.\n")


def _cleaned(text: str):
    return clean_record(Record(source="x.txt", text=text))


def _removed(text: str) -> list[tuple[str, str]]:
    return [(r.reason.split(":")[0], r.text.strip()) for r in _cleaned(text).removed]


# --- bpoil_foxnews K5: "<Name> waves as he walks ..." above "(AP Photo)" ---------------------------

WAVES = "Governor Roe waves as she walks off Air Force One at Port Ellery Air Base June 2, after a trip to the islands."


def test_a_name_waving_above_a_wire_credit_is_its_caption():
    d = _cleaned(WAVES + "\n\n(AP Photo) Arriving in Port Ellery for the third time to see the flood damage, the "
                 "mayor is grappling with a public cry to show she cares.\n\n" + BODY)
    assert "waves as she walks" not in d.text, d.text
    assert ("caption", WAVES) in [(r.reason.split(":")[0], r.text.strip()) for r in d.removed]
    assert d.text.startswith("Arriving in Port Ellery")


def test_twin_a_lead_naming_a_person_waving_above_no_credit_stays():
    d = _cleaned(WAVES + "\n\nArriving in Port Ellery for the third time to see the flood damage, the "
                 "mayor is grappling with a public cry to show she cares.\n\n" + BODY)
    assert d.text.startswith(WAVES), d.text


def test_twin_a_lead_naming_a_person_waving_with_no_credit_stays():
    lead = "Mayor Jane Roe waves off the criticism of her flood response as the city council weighs the cost of the repairs."
    d = _cleaned(lead + "\n\n" + BODY)
    assert d.text.startswith(lead), d.text


def test_twin_a_past_sentence_above_a_wire_credit_stays():
    d = _cleaned("The council met the port chief on Tuesday.\n\n(AP) The mayor's chief of staff and a state senator "
                 "criticised the port chief for taking time off as water keeps rising.\n\n" + BODY)
    assert d.text.startswith("The council met the port chief on Tuesday."), d.text


# --- bpoil_foxnews K8: a caption marking who stands where, "(l)", "(r)" ---------------------------

def test_a_caption_with_position_marks_above_a_wire_credit_is_cut():
    cap = ("Council leader Jane Roe, (l), and Sen. John Doe, R-Ala., (r), criticised the port chief for taking "
           "time off Saturday to attend a yacht race.")
    d = _cleaned(cap + "\n\n(AP) The mayor's chief of staff and a state senator criticised the port chief for "
                 "taking time off as water keeps rising.\n\n" + BODY)
    assert "(l)" not in d.text and d.text.startswith("The mayor's chief of staff"), d.text


# --- bpoil_foxnews B9: a verbless parse ("Oil that leaked ... swirls through ...") -------------------

def test_a_caption_the_parser_reads_verbless_above_a_named_credit_is_cut():
    cap = ("Water that spilled from a broken main following a blast at a plant swirls through the streets of "
           "Port Ellery.")
    d = _cleaned(cap + "\n\nAP Photo/Jane Roe The worst flood in the city's history has largely been cleaned up, "
                 "the council claims.\n\n" + BODY)
    assert "swirls through" not in d.text and d.text.startswith("The worst flood"), d.text


def test_twin_a_verbless_opening_with_no_credit_under_it_stays():
    first = ("Water that spilled from a broken main following a blast at a plant swirls through the streets of "
             "Port Ellery.")
    d = _cleaned(first + "\n\nThe worst flood in the city's history has largely been cleaned up, the council "
                 "claims.\n\n" + BODY)
    assert "swirls through" in d.text, d.text


# --- bpoil_reuters K1: a page of several wire leads, each with its own dateline ---------------------

def test_a_later_wire_items_dateline_is_cut_and_the_first_feeds_the_metadata():
    d = _cleaned("PORT ELLERY (Reuters) -- The port reopened on Thursday after a week of floods closed its "
                 "docks, officials said.\n\nThe council will meet on Monday to weigh the cost of the repairs.\n\n"
                 "HOUSTON, May 8 (Reuters) -- A gas cloud covered an offshore rig leased by Acme and exploded as "
                 "officials visited.\n\nHOUSTON (Reuters) -- For the state's young governor, the spill is another "
                 "chance to show his mettle.\n")
    assert "(Reuters)" not in d.text, d.text
    assert "A gas cloud covered" in d.text and "For the state's young governor" in d.text
    cut = [r.text.strip() for r in d.removed if r.reason.startswith("dateline")]
    assert cut == ["PORT ELLERY (Reuters) --", "HOUSTON, May 8 (Reuters) --", "HOUSTON (Reuters) --"], cut
    assert d.dateline is not None and d.dateline.place == "PORT ELLERY"


def test_twin_a_wire_dateline_inside_a_sentence_or_a_quotation_stays():
    paras = ["The port reopened on Thursday after a week of floods closed its docks, officials said.",
             "The council will meet on Monday to weigh the cost of the repairs.",
             "Crews worked through the night to clear the quays of mud and debris.",
             "Shops along the harbour front stayed shut for a second day.",
             "The ferry company said it would run a reduced timetable until the weekend.",
             "Insurers said the claims could take months to settle.",
             "The first report, filed as HOUSTON (Reuters) -- on the rig, named no cause.",
             "\"HOUSTON (Reuters) -- A gas cloud covered an offshore rig leased by Acme,\" she read aloud to the crowd."]
    d = _cleaned("\n\n".join(paras) + "\n")
    assert "filed as HOUSTON (Reuters) -- on the rig" in d.text, d.text
    assert "\"HOUSTON (Reuters) -- A gas cloud" in d.text, d.text
    assert not [r for r in d.removed if r.reason.startswith("dateline")]


# --- bpoil_foxnews K7: a crosshead run into "Near the coast, we ..." ------------------------------

LEAD = "The port reopened on Thursday after a week of floods closed its docks, officials said.\n\n"


def test_a_crosshead_run_into_a_sentence_opening_on_near_is_cut():
    d = _cleaned(LEAD + "We are laying booms on the open water with the approval of the coast guard.\n\n"
                 "Actions to protect the coast Near the coast, we are carrying out plans to protect the wetlands "
                 "and the beaches.\n\nThe coast guard says it is the biggest effort of its kind.\n")
    assert "Actions to protect the coast" not in d.text, d.text
    assert "Near the coast, we are carrying out plans" in d.text


def test_twin_near_inside_a_sentence_and_a_paragraph_opening_on_near_stay():
    body = ("Crews laid booms near the coast during the night and through the morning, the coast guard said.\n\n"
            "Near the coast, we are carrying out plans to protect the wetlands and the beaches.\n\n"
            "The coast guard says it is the biggest effort of its kind.\n")
    d = _cleaned(LEAD + body)
    assert d.text.strip() == (LEAD + body).strip(), d.text
    assert not d.removed


# --- bpoil_foxnews B8: a timeline's run-in rubric opening a brief sentence -------------------------

def test_a_place_rubric_opening_its_paragraph_is_cut_off_the_brief_sentence():
    t = "The spill went on.\nIn the Gulf: Acme says oil from its broken well has stopped flowing into the sea.\n"
    s = t.index("In the Gulf")
    cut = brief.rubric_end(t, s, len(t) - 1)
    assert t[s + cut :].startswith("Acme says oil"), cut


def test_twin_a_rubric_in_lower_case_a_name_label_or_mid_paragraph_is_not_cut():
    t = "In the end: we lost the boats and the nets and the sheds.\n"
    assert brief.rubric_end(t, 0, len(t) - 1) == 0
    t = "Roe: We will pay for every boat and every net in the port.\n"
    assert brief.rubric_end(t, 0, len(t) - 1) == 0
    t = "The spill went on. In the Gulf: Acme says oil from its broken well has stopped flowing.\n"
    assert brief.rubric_end(t, t.index("In the Gulf"), len(t) - 1) == 0


# --- bpoil_foxnews B1: a caption closing on the picture's weekday and day -------------------------

def _caption_of(a, words: str):
    text = a.document.text
    return [s.caption for s in a.sentences if words in text[s.start : s.end]]


def test_a_present_caption_ending_on_a_weekday_and_day_is_a_caption():
    a = analysed(LEAD + "A pelican is seen on the beach at Port Ellery after being drenched in oil from the "
                 "spill Thursday, June 3, 2010.\n\n" + BODY)
    assert [c for c in _caption_of(a, "A pelican is seen") if c], _caption_of(a, "A pelican is seen")


def test_twin_a_statement_ending_on_a_weekday_and_day_is_none():
    a = analysed(LEAD + "The trial of the port chief starts Thursday, June 3, 2010.\n\n" + BODY)
    assert _caption_of(a, "The trial of the port chief") == [None]


# --- bpoil_foxnews K1: a list of other stories' teasers, each cut off mid-sentence ----------------

def test_a_page_of_teasers_cut_off_mid_word_is_left_with_no_text():
    page = ("The port of Port Ellery vowed Monday to pay all the costs of the flood. The promise came after the Cou... "
            "A state lawyer says the owner of the dredger that sank is blocking the board's efforts to make safety "
            "reco... It was the day before the fair when a team found the seal stranded on the be...\n\n"
            "Officials in Harbour City are holding talks on how to respond to the flood that is believed to "
            "be washing s. . .\n\nThe council has reached a settlement with the owner of the dredger that sank "
            "after a storm killed two workers... The agency says the air in some places poses a risk.\n")
    d = _cleaned(page)
    assert not d.text.strip(), d.text
    assert any(r.reason.startswith("related: a list of other stories' teasers") for r in d.removed)


def test_twin_an_article_with_a_writers_ellipsis_keeps_its_text():
    body = ("The mayor paused before she answered the crowd at the harbour on Monday.\n\n"
            "\"We will rebuild... we must,\" she said, as the crowd fell silent...\n\n"
            "The council will meet on Monday to weigh the cost of the repairs, officials said.\n\n"
            "The flood closed the port for three days last week, and the ferries stayed in their berths.\n")
    d = _cleaned(body)
    assert "We will rebuild" in d.text and "The council will meet" in d.text, d.text
