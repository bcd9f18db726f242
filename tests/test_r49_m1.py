"""Round forty-nine, mender m1: in-sample mends of the cleaning items seed 164's audit found
wrong (fnc1_c005, c009, c022, c023). Every text is invented for the test; each rule has a case
that fires and a must-not-fire twin."""

from __future__ import annotations

from storyline.clean import noise, quote_chips


def _clean(text: str):
    return noise.clean_text(text, title=None, links=None)


_R = "The council voted on Tuesday to close the harbour road, the mayor of Port Ellery said."
_R2 = "Residents of the town had asked for the closure for two years, officials said."


def _reasons(c) -> list[str]:
    return [r.reason for r in c.removed]


# --- c022 K1: a "you" inside a hyphenated compound speaks to nobody (noise._hyphen_joined)

def test_a_you_in_a_hyphenated_compound_is_no_address_to_the_reader():
    lead = ("Last spring, Acme bought Zephyr Radio for $2 billion. Since then, its chief has praised the Zephyr "
            "subscription plan, which sells all-you-can-eat songs for $9 a month.")
    c = _clean(f"{lead}\n\n{_R}\n\n{_R2}")
    assert c.text.startswith("Last spring, Acme bought"), _reasons(c)


def test_twin_a_you_standing_alone_still_makes_a_promo_of_a_subscription_line():
    line = "The Zephyr subscription gives you all the songs for $9 a month."
    c = _clean(f"{_R}\n\n{_R2}\n\n{line}")
    assert line not in c.text
    assert any(r.startswith("promo") for r in _reasons(c))


# --- c005 K3: a question to the reader that the writer's next sentence answers is rhetoric
# (noise._question_answered; question_replies.txt "If not, ...")

def test_a_question_the_next_sentence_answers_is_the_writers_hook():
    hook = "Are you a fan of Zed Roe's songs? If not, you may want to become one because it may save your life one day."
    c = _clean(f"{hook}\n\n{_R}\n\n{_R2}")
    assert c.text.startswith("Are you a fan"), _reasons(c)


def test_twin_a_question_with_no_reply_under_it_is_still_cut():
    ask = "Are you a fan of Zed Roe's songs? Many people in the town now are."
    c = _clean(f"{_R}\n\n{_R2}\n\n{ask}")
    assert ask not in c.text


def test_twin_an_answered_question_with_an_imperative_is_still_a_call():
    ask = "Are you a fan of Zed Roe's songs? If so, listen to them now."
    c = _clean(f"{_R}\n\n{_R2}\n\n{ask}")
    assert ask not in c.text


# --- c009 K4/K5: a live stock-quote chip after a company's name inside a sentence (clean/quote_chips.py)

def test_a_quote_chip_after_a_company_name_is_cut_and_the_sentence_kept():
    c = _clean("Acme Co. ACME +2.00%  plans to split in two, people familiar with the matter said.\n\n"
               "It held talks with Zed Corp. ZED -0.49%  , a deal that would have made a giant, and with "
               f"Bolt Technologies, B +1.93%  a maker of gear, and Lono Group Ltd 0992.HK +0.68%  , according to IDC.\n\n{_R}")
    assert c.text.startswith("Acme Co. plans to split in two,")
    assert "Zed Corp., a deal" in c.text and "Bolt Technologies, a maker" in c.text and "Lono Group Ltd, according" in c.text
    assert "%" not in c.text
    chips = [r for r in c.removed if r.reason.startswith("quote chip")]
    assert [r.text for r in chips] == ["ACME +2.00%", "ZED -0.49%", "B +1.93%", "0992.HK +0.68%"]
    assert c.text[chips[0].at:].startswith(" plans")


def test_twin_a_signed_change_in_prose_is_kept():
    for s in ("Shares rose +2.00% on Monday.", "The index rose 2.00% to 1,200.", "The GDP +1.20% figure was revised.",
              "The FTSE 100 +0.50% move was small."):
        assert quote_chips.strip(s, noise.english_stopwords()) == (s, [])
