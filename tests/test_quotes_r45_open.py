"""Round forty-five, issue 18 (who said it): open speakers the text itself settles, each shape
with its must-not-fire twin. A news medium named for what it is ("the site says", "according
to the outlet", "the network said") reads back to the one news outlet the text named last as a
source; a live page's time stamp before a name is page furniture; a bare "the man", "the teen"
names again the main subject of the sentence before. (A second "who" clause conjoined to the
first was tried and reverted: on the PolNeAR census the speaker it settled made a later "he"
of another man go to it.) Every text here is invented for the test."""

from __future__ import annotations

from pipeline_helpers import analysed, shown_speaker


def _one(text: str, words: str):
    a = analysed(text)
    hits = [q for q in a.quotes if words in q.text]
    assert len(hits) == 1, [q.text for q in a.quotes]
    return shown_speaker(a, hits[0]), hits[0]


# --- a news medium named for what it is (speakers.resolve_nominal, kind OUTLET) -----------------

def test_the_network_is_the_outlet_credited_before():
    who, q = _one("The mayor of Port Ellery will step down next month, according to CNN.\n\n"
                  "The mayor had told aides of the plan in March, the network said.", "told aides")
    assert who == "CNN" and q.speaker_via == "nominal"


def test_the_site_is_the_outlet_that_reported_before():
    who, _ = _one("The council plans to sell the old harbour, the Wall Street Journal reports. "
                  "A deal could be signed this week, the site says.", "signed this week")
    assert who == "Wall Street Journal"


def test_twin_the_site_after_a_company_only_stays_open():
    who, _ = _one("Acme Corp plans to sell its harbour unit. A deal could be signed this week, the site says.",
                  "signed this week")
    assert who is None


def test_twin_the_site_when_the_last_source_is_not_the_listed_outlet_stays_open():
    # the singer spoke to TMZ; the source the text named last is Pop Buzz, which no list holds
    who, q = _one("According to Pop Buzz, the singer told TMZ that she had left the band. "
                  "The site claims that the tour was cancelled.", "tour was cancelled")
    assert who is None and "last source" in (q.speaker_evidence or "")


def test_twin_the_site_after_two_outlets_stays_open():
    who, _ = _one("The council plans to sell the old harbour, the Wall Street Journal reports, and Axios "
                  "reports the same. A deal could be signed this week, the site says.", "signed this week")
    assert who is None


# --- a live page's time stamp hung on a name subject (quotes._live_stamp_children) -------------

_LIVE = ("Live: the storm over the island.\n\n{} Troy Livesay tweets: \"The roads are still closed and the "
         "water is rising.\"")


def test_a_live_stamp_before_a_name_is_page_furniture():
    a = analysed(_LIVE.format("1428"))
    q = next(q for q in a.quotes if q.text.startswith("The roads"))
    assert q.speaker_text == "Troy Livesay" and q.speaker_via == "name"


def test_twin_a_number_that_is_no_clock_stays_part_of_the_phrase():
    # 1998 is no valid time of day (no minute 98): no stamp, the phrase is read as before
    a = analysed(_LIVE.format("1998"))
    q = next(q for q in a.quotes if q.text.startswith("The roads"))
    assert q.speaker_text != "Troy Livesay"


# --- a bare "the man", "the teen" for the person the sentence before was about ---------------
# (quotes._epithet_subject with data/analyse/bare_epithet_nouns.txt)

_BEAR = ("Ian Fowler was fishing on the lake when a bear attacked him, according to the Lake Times.\n\n"
         "The man told the paper that his phone rang and the bear ran away.")


def test_the_man_is_the_person_the_sentence_before_was_about():
    who, q = _one(_BEAR, "his phone rang")
    assert who == "Ian Fowler" and q.speaker_via == "nominal"


def test_twin_the_man_after_a_man_brought_in_stays_open():
    who, _ = _one("A man was saved by his phone this week. " + _BEAR, "his phone rang")
    assert who is None


def test_twin_the_man_after_a_woman_stays_open():
    who, _ = _one(_BEAR.replace("Ian Fowler", "Ann Fowler").replace("attacked him", "attacked her"), "his phone rang")
    assert who is None
