"""Round twenty-two (20v): "up to" after "now" tells the level a count has reached.

The held-out seed-67 audit read an official's "it is up to <n> cases now" as at most <n>;
the 274 harness texts hold the same shape ("now we are up to <n> barrels"). After "now" (a
subject and a form of "be" between at most), or after a form of "be" with "now" right after
the counted noun, "up to" is the level reached: a value. After a modal it stays a bound.
Invented sentences.
"""

from storyline.analyse import quantities


def _one(text: str):
    qs = quantities.parse(text)
    assert len(qs) == 1, qs
    return qs[0]


def test_now_up_to_is_a_value():
    for text in ("Officials say the county is now up to 31 probable cases.",
                 "An aide told her it is up to 41 cases now.",
                 "Admissions -- now up to 300, the agency said.",
                 "Now we're up to 60,000 gallons a day, he said."):
        q = _one(text)
        assert (q.kind, q.high) == ("value", None), text
        assert q.value in (31, 41, 300, 60000)


def test_twin_up_to_after_a_modal_or_with_no_now_stays_a_bound():
    for text in ("The fine could be up to $900 per barrel.",
                 "The fine could now be up to $900 per barrel.",
                 "The penalty is up to five years in jail.",
                 "Damage can be up to 40 times worse.",
                 "Up to 300 people may have died.",
                 "The crews are now capturing up to 900 barrels a day.",
                 "The slick now covers up to 40 square miles."):
        q = _one(text)
        assert q.kind == "bound" and q.high is not None and q.value is None, text
