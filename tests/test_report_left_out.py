"""report.html lists the documents left out of its story (a pile split into stories,
issue 21), as story.md does: each with the story it is in, or flagged off-topic."""

from __future__ import annotations

import pytest
from test_render_data import rich_story
from test_report_browser import open_report, tab

from storyline import schema

from browser import (
    console_errors,
    driver,  # noqa: F401 -- the shared fixture, requested by name
)

pytestmark = pytest.mark.browser


def test_left_out_documents_listed_with_their_story(driver, tmp_path):
    story = rich_story().model_copy(update={"off_topic": [
        schema.OffTopic(doc="x1", title="Lumisil shareholders back Quantrel takeover", sources=["feed/b-4.jsonl"], story="s-0123456789"),
        schema.OffTopic(doc="x2", title="How to <b>bake</b> sourdough", sources=["feed/b-6.jsonl"], story=None),
    ]})
    open_report(driver, story, tmp_path)
    sec = tab(driver, "sources")
    items = sec.find_elements("css selector", ".left-out-item")
    assert len(items) == 2
    assert "Lumisil shareholders" in items[0].text
    link = items[0].find_element("css selector", "a.story-link")
    assert link.get_attribute("href").endswith("/stories/s-0123456789/report.html")
    assert "How to <b>bake</b> sourdough" in items[1].text  # text, never markup
    assert "off-topic: matched no story" in items[1].text and not items[1].find_elements("css selector", "a")
    assert not console_errors(driver)


def test_a_story_with_nothing_left_out_lists_nothing(driver, tmp_path):  # the must-not-fire twin
    open_report(driver, rich_story(), tmp_path)
    sec = tab(driver, "sources")
    assert not sec.find_elements("css selector", ".left-out") and not sec.find_elements("css selector", ".left-out-item")
