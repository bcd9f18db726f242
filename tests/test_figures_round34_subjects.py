"""Round thirty-four: figure subjects and units in political copy (issue 20, item 5).

A figure's subject is never a title's portfolio ("Secretary of State"), the pollster before
its poll word, a name the tagger ran into a share, nor a list's head phrase when the figure is
the bracket of one item; a spaced em dash restates a figure, it joins no range; a small sum
hyphenated to a rate ("$15-an-hour") or written as a minimum wage is a rate per hour. Each
rule has a twin where it must not fire."""

from __future__ import annotations

from test_figures_round33_polls import _analysis, _figure, _subject  # the same helpers

from storyline.analyse import quantities

# ---------------------------------------------------------------- em dash restatement

def test_spaced_em_dash_is_no_range():
    qs = quantities.parse("Among them, nearly four in 10 — 38 percent — said they could change.")
    assert not any(q.kind == "range" for q in qs)
    assert any(q.value == 38 and q.unit == "%" for q in qs)


def test_twin_unspaced_dash_is_a_range():
    qs = quantities.parse("Between 30-38 percent said they could change.")
    assert any(q.kind == "range" and q.low == 30 and q.high == 38 for q in qs)


# ---------------------------------------------------------------- a list item's bracket

LIST = ("Mostly rural states like Ohio (79 percent), Kansas (81 percent) and Vermont "
        "(94 percent) top the list of likely gains.")


def test_list_item_share_is_the_item():
    a, f = _figure(LIST, "81 percent")
    assert _subject(a, f) == "Kansas"


def test_list_item_without_a_name_stays_open():
    text = ("The top issues named by voters, the survey said, are trade policy (34 percent), "
            "the deficit (33 percent) and schools (15 percent).")
    a, f = _figure(text, "33 percent")
    assert f.subject_mention is None and f.subject_text is None


def test_twin_single_bracket_keeps_its_subject():
    text = "Jane Doe had her strongest support among farmers surveyed (60 percent) in the poll."
    a, f = _figure(text, "60 percent")
    assert not (f.subject_mention is not None and a.mentions[f.subject_mention].text == "Ohio")
    a2, f2 = _figure(LIST, "79 percent")
    assert _subject(a2, f2) == "Ohio"


# ---------------------------------------------------------------- names that are no subject

def test_portfolio_of_a_title_is_no_subject():
    text = ("In the poll of 800 Democrats, Former Secretary of State Jane Doe doubles "
            "Senator John Roe's share; 57 percent to 28 percent, in that order.")
    a = _analysis(text)
    for f in a.figures:
        if f.subject_mention is not None:
            assert a.mentions[f.subject_mention].text != "State"


def test_pollster_before_its_survey_is_no_subject():
    text = "But in Ohio, an ABC-ORC poll out on Monday put her at 6 percent in the race."
    a, f = _figure(text, "6 percent")
    assert _subject(a, f) is None or "ABC" not in _subject(a, f)


def test_twin_named_candidate_share_in_poll_copy_kept():
    text = "The poll of 900 voters was taken last week. In Ohio, Senator Jane Doe has 45 percent."
    a, f = _figure(text, "45 percent")
    assert _subject(a, f) == "Jane Doe"


def test_no_subject_name_rules():
    from storyline.analyse.figures import _no_subject_name
    from storyline.types import Mention

    def m(text, s, label="ORG"):
        i = text.index(s)
        return Mention(text=s, label=label, start=i, end=i + len(s))
    t1 = "Former Secretary of State Jane Doe won 61 percent."
    assert _no_subject_name(t1, m(t1, "State"))
    t2 = "a CNN-ORC survey had him at 4 percent"
    assert _no_subject_name(t2, m(t2, "CNN"))
    t3 = "Officers favored Roe 46 percent to 32 percent."
    assert _no_subject_name(t3, m(t3, "Roe 46 percent", "PERSON"))
    # twins: a state named as such, an organisation not before a poll word
    t4 = "The State Department spent $4 million on it."
    assert not _no_subject_name(t4, m(t4, "State Department"))
    t5 = "CNN cut 40 jobs in its survey unit last year."
    assert not _no_subject_name(t5, m(t5, "CNN"))


# ---------------------------------------------------------------- pay per hour

def test_hyphenated_rate_is_per_hour():
    text = "She backs a plan with a $12-an-hour minimum wage for the harbour crews."
    a, f = _figure(text, "$12")
    assert f.unit == "USD/hour"


def test_minimum_wage_sum_is_per_hour():
    text = "Doe backs lifting the minimum wage to $14 by 2021, her aides said."
    a, f = _figure(text, "$14")
    assert f.unit == "USD/hour"


def test_twin_large_sum_or_other_noun_stays_plain():
    text = "Doe supports raising the minimum wage, a plan that would cost $15 billion by 2020."
    a, f = _figure(text, "$15")
    assert f.unit == "USD"
    text2 = "Doe paid $15 for a ticket to the rally, her aides said."
    a2, f2 = _figure(text2, "$15")
    assert f2.unit == "USD"
    text3 = "Roe hosted a $50,000-a-plate fundraiser for Doe last week."
    a3, f3 = _figure(text3, "$50,000")
    assert f3.unit == "USD"


# ---------------------------------------------------------------- claimants

def test_quote_claimant_of_another_named_poll_is_dropped():
    from storyline.analyse.figures import _another_poll_named
    from storyline.types import Mention
    text = "A new Acme-ORC poll came out. Later, the Q poll also finds that 39 percent blame the crowd."
    mentions = [Mention(text="Acme", label="ORG", start=6, end=10)]
    sent = (text.index("Later"), len(text))
    assert _another_poll_named(text, sent, mentions, (0, "Acme", 6, 10, "quote"))


def test_twin_same_poll_or_a_person_keeps_the_claimant():
    from storyline.analyse.figures import _another_poll_named
    from storyline.types import Mention
    text = "Acme University released it. The past two Acme polls found that 43 percent back Doe."
    mentions = [Mention(text="Acme University", label="ORG", start=0, end=15),
                Mention(text="Doe", label="PERSON", start=text.index("Doe"), end=text.index("Doe") + 3)]
    sent = (text.index("The past"), len(text))
    assert not _another_poll_named(text, sent, mentions, (0, "Acme University", 0, 15, "quote"))
    text2 = "Jane Doe spoke. Then Iowa polls are showing Roe ahead 33% to 18%."
    m2 = [Mention(text="Jane Doe", label="PERSON", start=0, end=8)]
    assert not _another_poll_named(text2, (text2.index("Then"), len(text2)), m2, (0, "Jane Doe", 0, 8, "quote"))


def test_they_is_no_one_person():
    text = ("Jane Doe cited the study by Acme economists. Once the figures were revised in May, "
            "they found that the top group took 58 percent of all the income gains.")
    a, f = _figure(text, "58 percent")
    assert not (f.claimant_mention is not None and a.mentions[f.claimant_mention].text == "Jane Doe")


def test_twin_he_is_the_person():
    text = ("Senator John Roe spoke in Ohio on Monday. He said that the plant had cut 400 jobs "
            "since last year.")
    a, f = _figure(text, "400")
    assert f.claimant_mention is not None and a.mentions[f.claimant_mention].text == "John Roe"
