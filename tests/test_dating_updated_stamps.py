"""Round thirty-two (issue 20): a page's own stamps that are not its publication day.

- a last-updated stamp ("Page last updated at ...", "<day> Last updated at ...", "updated
  1:12 a.m. ...") of the small hours bounds the day from above; one of the working day, and a
  stamp that says when the page was published, still give the day;
- a list of posts' stamps (a blog's front page) gives no day;
- a picture caption the cleaner cut bounds the day from below with its full date (a picture
  is taken on or before the story runs).
"""

from __future__ import annotations

import pytest
from test_dating_dateline import _analysis  # clean, parse, timexes, events of one text

from storyline import schema
from storyline.clean import clean_record
from storyline.resolve import dating
from storyline.types import DocAnalysis, Record

LEAD = "Ferry crews in Port Ellery stayed ashore on Monday as the strike went on, the union said."
MORE = "\n\nTalks with the operator are due to resume next month, officials said."



@pytest.mark.parametrize("stamp", [
    "Page last updated at 01:32 GMT, Monday, 21 June 2010 ",
    "21 June 2010 Last updated at 01:32 GMT ",
    "Last updated: 21 June, 2010 - 01:32 GMT ",
    "updated 1:32 a.m. EDT, Mon June 21, 2010 ",
])
def test_last_updated_stamp_of_the_small_hours_is_an_upper_bound(stamp):
    doc = clean_record(Record(source="page.txt", text=stamp + LEAD + MORE))
    assert doc.text.startswith("Ferry crews")  # the stamp is still cut
    p = doc.published
    assert p.value is None and p.latest == "2010-06-21" and p.earliest is None and p.source == "dateline"


@pytest.mark.parametrize("stamp", [
    "Page last updated at 10:32 GMT, Monday, 21 June 2010 ",
    "21 June 2010 Last updated at 10:32 GMT ",
    "updated 10:32 a.m. EDT, Mon June 21, 2010 ",
])
def test_last_updated_stamp_of_the_working_day_gives_the_day(stamp):
    """18 of 18 such stamps on the dev texts fell on the publication day; the one of the
    small hours (01:53) was the day after (the twin above)."""
    doc = clean_record(Record(source="page.txt", text=stamp + LEAD + MORE))
    p = doc.published
    assert p.value == "2010-06-21" and p.earliest == p.latest == "2010-06-21" and p.source == "dateline"
    assert not p.estimated and "last updated" in p.note


@pytest.mark.parametrize("stamp", [
    "Monday 21 June 2010 10.32 BST ",
    "Published: 10:32 GMT, Monday, 21 June 2010 ",
    "Monday, June 21, 2010; 10:32 AM ",
])
def test_publication_stamp_still_gives_the_day(stamp):
    doc = clean_record(Record(source="page.txt", text=stamp + LEAD + MORE))
    assert doc.published.value == "2010-06-21" and doc.published.source == "dateline"


def test_list_of_post_stamps_gives_no_day():
    text = ("All posts by Jane Roe Ferry talks - 16:10 UK time, Wednesday, 8 July 2009 Strike ends - 08:55 UK time, "
            "Thursday, 2 July 2009 I am Jane Roe, and this is my blog.\n\n" + LEAD + MORE)
    doc = clean_record(Record(source="page.txt", text=text))
    assert doc.published.value is None and doc.published.latest is None


def test_one_post_stamp_gives_its_day():
    text = "Ferry talks - 16:10 UK time, Wednesday, 8 July 2009 I am Jane Roe, and this is my blog.\n\n" + LEAD + MORE
    doc = clean_record(Record(source="page.txt", text=text))
    assert doc.published.value == "2009-07-08"


def test_last_updated_bound_joins_the_content_estimate(nlp):
    a = _analysis(nlp, "Page last updated at 01:32 GMT, Monday, 21 June 2010 " + LEAD
                  + "\n\nThe operator cut its fleet on 14 June 2010, the union said." + MORE)
    p = dating.estimate(a)
    assert p is not None and p.value == "2010-06" and p.latest == "2010-06-21" and p.earliest == "2010-06-14"
    assert p.source == "dateline+content"


def test_past_day_on_the_stamp_day_gives_the_day(nlp):
    a = _analysis(nlp, "Page last updated at 01:32 GMT, Monday, 21 June 2010 " + LEAD
                  + "\n\nThe operator cut its fleet on 21 June 2010, the union said." + MORE)
    p = dating.estimate(a)
    assert p is not None and p.value == "2010-06-21"


def test_stamp_alone_is_only_a_bound(nlp):
    a = _analysis(nlp, "Page last updated at 01:32 GMT, Monday, 21 June 2010 " + LEAD + MORE)
    p = dating.estimate(a)
    assert p is not None and p.value is None and p.latest == "2010-06-21" and p.source == "dateline"


def test_content_later_than_the_stamp_yields_to_it(nlp):
    a = _analysis(nlp, "Page last updated at 01:32 GMT, Monday, 21 June 2010 " + LEAD
                  + "\n\nThe operator cut its fleet on 3 May 2011, the union said." + MORE)
    p = dating.estimate(a)
    assert p is not None and p.value is None and p.latest == "2010-06-21" and p.earliest is None


def _plain(nlp, text):
    from storyline.analyse import events, parse, timex

    a = DocAnalysis(version="t", document=schema.Document(id="d1", text=text))
    sdoc = nlp(text)
    a.sentences = parse.sentences(sdoc, [])
    a.timexes = timex.extract(sdoc, a)
    a.events = events.extract(sdoc, a)
    return a


CAPTIONED = ("Ferry strike goes on\n\nUnion leader Jane Roe speaks to reporters at the port in Port Ellery, "
             "Wednesday, May 5, 2010. (AP)\n\nPORT ELLERY (AP) -- Ferry crews in Port Ellery stayed ashore as the strike "
             "went on, the union said.\n\nIn 2008, the boats there earned $659 million in sales, according to the port."
             "\n\nTalks with the operator are due to resume next month, officials said.")


def test_a_cut_caption_day_is_a_lower_bound(nlp):
    # the caption's day bounds the story from below: the background's completed 2008 no longer dates it 2009
    a = _analysis(nlp, CAPTIONED)
    assert any(r.reason.startswith("caption") and "2010" in r.text for r in a.document.removed)
    p = dating.estimate(a)
    assert p is not None and p.value is None and p.earliest == "2010-05-05" and "caption" in p.note


def test_without_the_caption_the_completed_period_still_dates(nlp):
    a = _analysis(nlp, CAPTIONED.replace("Wednesday, May 5, 2010", "Wednesday"))
    p = dating.estimate(a)
    assert p is not None and p.value == "2009"


def test_a_cut_caption_day_is_no_value(nlp):
    # only a bound, even alone: the picture's day is not the story's
    a = _analysis(nlp, CAPTIONED.replace("In 2008, the boats there earned $659 million in sales", "The boats stayed in"))
    p = dating.estimate(a)
    assert p is not None and p.value is None and p.earliest == "2010-05-05" and p.latest is None


def test_post_list_stamps_left_in_the_text_bound_nothing(nlp):
    a = _plain(nlp, "Ferry talks - 08:55 UK time, Thursday, 2 July 2009 Strike ends - 23:39 UK time, Sunday, 14 June 2009 "
                    "I am Jane Roe, and this is my blog.")
    assert dating.estimate(a) is None


def test_a_clock_and_a_day_in_prose_still_bound(nlp):
    a = _plain(nlp, "The strike ended at 08:55 UK time, Thursday, 2 July 2009, the union said.")
    p = dating.estimate(a)
    assert p is not None and p.earliest == "2009-07-02"
