"""The report's network view in Chromium: drawn offline as SVG, nodes open profiles,
links open their evidence."""

from __future__ import annotations

import time

import pytest
from test_export import small_story
from test_report_browser import open_report, tab

from storyline.render import network

from browser import (
    console_errors,
    driver,  # noqa: F401 -- the shared fixture, requested by name
    requests,
    screenshot,
)

pytestmark = pytest.mark.browser


def test_network_view(driver, tmp_path):
    story = small_story()
    expected = network.view_model(story)
    assert (
        len(expected["nodes"]) == 2 and len(expected["edges"]) == 3
    )  # the company has no link: not drawn
    requests(driver)
    path = open_report(driver, story, tmp_path, "network")
    sec = tab(driver, "network")
    assert sec.get_attribute("data-count") == "2"
    nodes = sec.find_elements("css selector", "svg .net-node")
    assert sorted(n.get_attribute("data-entity") for n in nodes) == ["e-berg", "e-dahl"]
    kinds = sorted(
        e.get_attribute("data-kind")
        for e in sec.find_elements("css selector", "svg .net-edge")
    )
    assert kinds == ["co-mention", "conflict", "quote"]
    labels = driver.execute_script(
        "return Array.from(document.querySelectorAll('#sec-network svg text')).map(t => t.textContent)"
    )
    assert sorted(labels) == ["Anna Berg", "Carl Dahl"]
    # inside the drawing: every node within the viewBox
    inside = driver.execute_script(
        "const s = document.querySelector('#sec-network svg').getBoundingClientRect();"
        "return Array.from(document.querySelectorAll('#sec-network .net-node circle')).every(c => {"
        " const r = c.getBoundingClientRect(); return r.left >= s.left && r.right <= s.right && r.top >= s.top && r.bottom <= s.bottom; })"
    )
    assert inside
    screenshot(driver, "network-small")
    # a link opens its evidence: the sentence naming both
    driver.execute_script(
        "document.querySelector('#sec-network .net-edge[data-kind=\"co-mention\"]').dispatchEvent(new MouseEvent('click', {bubbles: true}))"
    )
    shown = driver.execute_script(
        "return document.querySelector('#viewer mark.cite-target').textContent"
    )
    assert "Carl Dahl" in shown and "Anna Berg" in shown
    # a node opens the entity's profile
    driver.execute_script(
        "document.querySelector('#sec-network .net-node[data-entity=\"e-dahl\"]').dispatchEvent(new MouseEvent('click', {bubbles: true}))"
    )
    assert driver.find_element("id", "sec-entities").is_displayed()
    assert driver.find_element("id", "entity-e-dahl").get_attribute("open") is not None
    assert console_errors(driver) == []
    asked = [
        u
        for u in requests(driver)
        if not u.startswith(
            ("chrome://", "chrome-untrusted://", "devtools://", "data:")
        )
    ]
    assert set(asked) <= {path.as_uri()}


def test_network_view_empty(driver, tmp_path):
    story = small_story().model_copy(update={"quotes": [], "conflicts": []})
    story.entities[1].mentions = story.entities[1].mentions[
        1:
    ]  # Dahl only in his own last sentence
    story.documents[0].text = story.documents[0].text  # unchanged text
    open_report(driver, story, tmp_path, "network-empty")
    sec = tab(driver, "network")
    # Berg and Dahl share no sentence now: nothing is drawn, the section says so
    assert sec.get_attribute("data-count") == "0"
    assert sec.find_elements("css selector", ".empty") and not sec.find_elements(
        "css selector", "svg"
    )
    assert console_errors(driver) == []


def test_web_app_report_has_the_network_view(driver, tmp_path):
    """storyline serve's /report is the same page, rendered from the store's story."""
    from storyline import schema
    from storyline.serve import create_app
    from storyline.store import Store

    from test_serve_support import serving

    path = tmp_path / "story.db"
    with Store(path) as st:
        st.save_story(schema.dumps(small_story()))
    with serving(create_app(path)) as url:
        driver.get(url + "/report#network")
        for _ in range(100):
            if driver.execute_script("return document.body.dataset.ready") == "true":
                break
            time.sleep(0.05)
        sec = driver.find_element("id", "sec-network")
        assert sec.is_displayed()
        assert len(sec.find_elements("css selector", "svg .net-node")) == 2
        assert len(sec.find_elements("css selector", "svg .net-edge")) == 3
        screenshot(driver, "network-web-app")
        assert console_errors(driver) == []


def test_network_evidence_offsets_are_utf16_in_the_page():
    """The report's network evidence is converted like every span (an emoji before it)."""
    from test_render import embedded, utf16_slice
    from test_render_data import rich_story

    from storyline.render import html

    story = rich_story()
    texts = {d.id: d.text for d in story.documents}
    data = embedded(html.render(story))
    python = network.view_model(story)
    page = data["network"]
    assert [e["kind"] for e in page["edges"]] == [e["kind"] for e in python["edges"]]
    pairs = [(p, q) for a, b in zip(page["edges"], python["edges"], strict=True) for p, q in zip(a["evidence"], b["evidence"], strict=True)]
    assert pairs
    for p, q in pairs:
        assert utf16_slice(texts[p["doc"]], p["start"], p["end"]) == texts[q["doc"]][q["start"] : q["end"]]
