"""Sites' own phrasings of furniture kept as data (clean/data/site_phrasings.txt) and matched
as written: case counts there, unlike editorial.txt. Invented texts; each shape has a twin
whose only difference is its case."""

from __future__ import annotations

import re

import pytest

from storyline.clean.noise import _CONTRIBUTORS_REASON, _site_phrasing, clean_text

LEAD = "Floods have cut off the north of Port Ellery, and relief teams are trying to reach it by boat."
BODY = ("\n\nOfficials said the airport was open again for relief flights carrying food and water."
        "\n\nThe government has asked neighbouring countries for tents, doctors and fuel."
        "\n\nSchools in the north will stay closed until the end of the month, the ministry said.")


def _removed(text: str, reason: str = "") -> list[str]:
    return [r.text for r in clean_text(text).removed if r.reason.startswith(reason)]


@pytest.mark.parametrize("code", ["post_stamp", "end_quote_box", "contributors", "reported_from"])
def test_each_site_phrasing_loads_and_keeps_its_case(code):
    rx = _site_phrasing(code)
    assert not rx.flags & re.IGNORECASE


def test_an_unknown_code_is_an_error():
    with pytest.raises(KeyError):
        _site_phrasing("no_such_code")


def test_a_closing_credit_is_cut_and_its_lower_case_twin_stays():
    credit = "Acme Wire contributed to this report."
    assert _removed(f"{LEAD}{BODY}\n\n{credit}", _CONTRIBUTORS_REASON) == [credit]
    twin = "acme wire contributed to this report."
    assert not _removed(f"{LEAD}{BODY}\n\n{twin}", _CONTRIBUTORS_REASON)


def test_a_post_stamp_as_written_matches_and_its_upper_case_twin_does_not():
    # (in a whole text the stamp's removal is tested in test_clean_editorial_round12)
    rx = _site_phrasing("post_stamp")
    assert rx.match("Mar 3, 2011 09:40 UTC Running a port is harder than it looks.")
    assert not rx.match("MAR 3, 2011 09:40 UTC Running a port is harder than it looks.")


def test_an_end_quote_box_as_written_matches_and_its_lower_case_twin_does_not():
    rx = _site_phrasing("end_quote_box")
    line = "We have enough boats to reach every village\" End Quote Jane Roe Acme Society The river rose."
    assert rx.match(line)
    assert not rx.match(line.replace("End Quote", "end quote"))
