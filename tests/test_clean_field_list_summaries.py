"""Round thirty-one (issue 16): a summary label that is one field of the article's own list stays."""

from storyline.clean import noise

FIELDS = (
    "Three inquiries into the dam failure at Port Ellery are under way, and more may follow.\n"
    "Who's in charge: A panel of five engineers chaired by Jane Roe.\n"
    "Focus: The panel will say how the spillway gave way.\n"
    "Status: Hearings were held on May 4 and May 5.\n"
    "The second inquiry will report to the county council in the autumn.\n"
    "Highlights: Testimony showed that the spillway gates had not been tested for six years before the flood.\n"
    "The county council's own review began last week.\n"
)


def _removed(text: str) -> list[str]:
    return [r.text for r in noise.clean_text(text).removed]


def test_highlights_field_in_a_field_list_is_kept():
    c = noise.clean_text(FIELDS)
    assert "Highlights: Testimony showed that the spillway gates" in c.text
    assert not any(r.text.startswith("Highlights") for r in c.removed)


def test_twin_summary_line_above_the_lead_is_still_cut():
    text = (
        "Highlights: The spillway gates had not been tested for six years, a panel found.\n\n"
        "A panel of engineers said on Tuesday that the gates of the Port Ellery dam had not been tested since 2004.\n\n"
        "The county council will publish the panel's full report next month.\n"
    )
    assert any(r.startswith("Highlights:") for r in _removed(text))


def test_twin_one_field_above_is_no_list():
    text = (
        "A panel of engineers said on Tuesday that the gates of the Port Ellery dam had not been tested since 2004.\n"
        "Status: The report is due next month.\n"
        "Summary: The gates were last tested in 2004 and failed on the night of the flood.\n"
        "The county council will publish the panel's full report next month.\n"
    )
    assert any(r.startswith("Summary:") for r in _removed(text))


# --- round thirty-one: a credit label with the lead glued after it keeps the lead ---------------

_CREDIT_LEAD = ("Photograph: Acme LLC Acme admits it posted an altered photo of its control room on its website.\n\n"
                "The picture showed engineers watching a wall of screens during the repair.\n\n"
                "A spokesman said three of the screens had been blank in the original.\n")


def test_a_credit_with_the_lead_glued_after_it_is_kept_whole():
    c = noise.clean_text(_CREDIT_LEAD)
    assert "Acme admits it posted an altered photo" in c.text


def test_twin_a_credit_line_alone_is_still_cut():
    text = _CREDIT_LEAD.replace("Photograph: Acme LLC Acme admits", "Photograph: Jane Roe/Acme Wire\n\nAcme admits")
    c = noise.clean_text(text)
    assert "Jane Roe/Acme Wire" not in c.text
    assert "Acme admits it posted an altered photo" in c.text


# --- round thirty-one: a heading in capitals before a locative dateline is no credit -------------

def test_capitals_before_a_locative_dash_are_a_heading_not_a_credit():
    from storyline.clean import dateline
    assert dateline.find("AA AA AA IN AA -- The council met on Monday.", [0]) is None
    assert dateline.find("OIL SPILL HITS ON THE GULF OF MEXICO -- The council met on Monday.", [0]) is None


def test_twin_a_credit_before_a_locative_dash_still_reads_the_dateline():
    from storyline.clean import dateline
    f = dateline.find("Getty Images ON THE GULF OF MEXICO -- The council met on Monday.", [0])
    assert f is not None and f.place == "ON THE GULF OF MEXICO"
