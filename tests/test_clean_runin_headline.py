"""Round sixteen (16h): a page's headline run into the lead at the very start of the text,
before a name or a subject noun phrase (clean/runin.py). Invented text only."""

from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.clean import runin
from storyline.clean.noise import _is_name_cue, clean_text, english_stopwords

BODY = ("\n\nThe council met on Tuesday to hear the engineers, who said the work would take a month."
        "\n\nShops along the quay stayed shut for a second day.")


def _headlines(c):
    return [r.text for r in c.removed if r.reason.startswith("headline: the page's headline run into")]


def test_headline_before_a_name_and_verb_is_cut():
    # the place is said again in the line, so its last word ends a name of its own here
    # (the lead in the past: "<Name> reports on ..." in the present is a clip teaser, cut since round nineteen, 16z)
    c = clean_text("Acme closes its plant in Port Ellery Jane Roe reported on how the workers of the "
                   "Acme plant in Port Ellery lost their jobs after the flood." + BODY)
    assert _headlines(c) == ["Acme closes its plant in Port Ellery"]
    assert c.text.startswith("Jane Roe reported on how")


def test_headline_before_a_subject_noun_phrase_is_cut():
    # restated: "Acme", "Port", "Ellery" said again in the lead
    c = clean_text("Acme workers reach Port Ellery Acme crews are landing food and water in the Port Ellery "
                   "docks on Monday." + BODY)
    assert _headlines(c) == ["Acme workers reach Port Ellery"]
    assert c.text.startswith("Acme crews are landing")


def test_unsure_noun_phrase_headline_is_split_off_not_cut():
    text = "Aid ships reach Port Ellery Acme crews are landing food and water in the Port Ellery docks on Monday." + BODY
    c = clean_text(text)
    assert _headlines(c) == [] and c.removed == []
    assert c.text.startswith("Aid ships reach Port Ellery\n\nAcme crews are landing")
    assert [(h.start, h.end) for h in c.headings] == [(0, len("Aid ships reach Port Ellery"))]


def test_a_line_cut_whole_by_a_line_rule_is_not_split():
    # a widget's notice run after a headline: the line rules cut the whole line; no split keeps its head
    c = clean_text("Acme flood: shop owners of Port Ellery count the cost You must have the latest Flash Player "
                   "installed to view this gallery." + BODY)
    assert c.text.startswith("The council met")


def test_a_span_ending_on_a_verb_or_a_figure_is_kept():
    # "... faces | Port Ellery council" and "... since 20 | April": the span goes on across the seam
    for line in ("Acme boss Jane Roe faces Port Ellery council members who asked on Monday why the plant had shut.",
                 "Water has been rising in the harbour since 20 April Jane Roe has told the council of Port Ellery."):
        c = clean_text(line + BODY)
        assert _headlines(c) == [], line
        assert "\n\n" not in c.text.split(BODY.strip()[:10])[0].strip(), line


def test_a_name_said_once_is_not_split():
    # "Port Ellery" stands once: the seam could split the name, so none is read
    text = ("Acme closes its plant in Port Ellery Jane Roe reports on how the workers lost their jobs "
            "after the flood." + BODY)
    c = clean_text(text)
    assert _headlines(c) == [] and c.text.split() == text.split()


def test_unsure_headline_is_split_off_not_cut():
    # the span's words are not said again and it is not in title case: split, nothing removed
    text = ("Storm leaves town in darkness Jane Roe says the power lines on the coast road came down "
            "overnight." + BODY)
    c = clean_text(text)
    assert _headlines(c) == []
    assert c.text.split() == text.split()
    assert c.text.startswith("Storm leaves town in darkness\n\nJane Roe says")


def test_lead_opening_on_a_name_is_kept():
    text = "Jane Roe, the mayor, said the Port Ellery bridge would reopen on Monday after repairs." + BODY
    c = clean_text(text)
    assert _headlines(c) == [] and c.text.split() == text.split()


def test_lead_with_a_fronted_phrase_is_kept():
    for lead in ("Across the city residents queued for water on Monday as the pumps failed.",
                 "Across the old harbour district Jane Roe said the boats had been lost in the night."):
        c = clean_text(lead + BODY)
        assert _headlines(c) == [], lead
        assert c.text.split() == (lead + BODY).split()


def test_one_line_text_is_kept():
    text = "Heavy rain in the north of Port Ellery forced Acme Corp to close its plant on Monday."
    c = clean_text(text)
    assert _headlines(c) == [] and c.text == text


def test_dateline_lead_is_not_read():
    c = clean_text("PORT ELLERY, Jan 5 (Reuters) - Acme Corp said on Monday it would close the plant "
                   "after the flood." + BODY)
    assert _headlines(c) == []
    assert "Acme Corp said on Monday" in c.text


def test_question_lead_is_kept():
    text = "Is the old harbour of Port Ellery ready Jane Roe asked the council on Monday?" + BODY
    c = clean_text(text)
    assert _headlines(c) == []
    # the question stays whole (kept, or taken whole as the title by the older title rule)
    assert "\n\nJane Roe asked" not in c.text
    assert all(r.text.startswith("Is the old harbour") for r in c.removed if "Jane Roe asked" in r.text)


def test_only_the_head_of_the_text_is_read():
    # the same shape in the middle of the text is never split
    text = ("The council met on Tuesday to hear the engineers.\n\nAcme plant shuts after Port Ellery flood "
            "Jane Roe reports on how the workers of the Acme plant lost their jobs.")
    c = clean_text(text)
    assert _headlines(c) == [] and "flood Jane Roe reports" in c.text


def test_title_case_and_said_again():
    small = frozenset({"of", "the", "at", "in", "for", "a"})
    assert runin.title_case("Acme Plant Shuts After Port Ellery Flood", small)
    assert not runin.title_case("Acme plant shuts after flood", small)
    stop = english_stopwords()
    assert runin.said_again("Acme plant shuts after flood", "the Acme plant closed", stop)
    assert not runin.said_again("Storm leaves town in darkness", "Jane Roe says the lines came down", stop)


_WORDS = st.sampled_from(["acme", "Port", "Ellery", "the", "flood", "Jane", "Roe", "said", "of", "plant", "mayor", "It", "rain,"])


@settings(max_examples=200, deadline=None)
@given(st.lists(_WORDS, min_size=1, max_size=30))
def test_candidates_leave_a_span_and_a_lead(words):
    s = " ".join(words) + "."
    for at in runin._candidates(s, english_stopwords(), _is_name_cue):
        assert s[at].isupper()
        assert runin.HEAD_MIN_WORDS <= len(s[:at].split()) <= runin.HEAD_MAX_WORDS
        assert len(s[at:].split()) >= runin.TAIL_MIN_WORDS
        assert s[:at].split()[-1].lower() not in english_stopwords()


def test_a_lead_whose_that_clause_opens_in_the_span_is_not_split():
    # must-keep twin: "<Officials> said that <First> <Middle> | <Last> had left": the clause's "that"
    # stands before the seam, so the span and the clause are one sentence (the seam would cut a name)
    text = "Officials said on Tuesday that Jane al-Roe Doe had left the city with her guards."
    c = clean_text(text + BODY)
    assert c.text.startswith(text) and not c.removed
