"""report.html in a real browser (Debian's headless Chromium via Selenium).

Sections render with the story's counts, a citation opens its source with exactly
the cited text highlighted (also after an emoji, where UTF-16 and code points differ),
removed noise shows on demand, hostile articles stay text, a 1,000-article report's
first view renders, and the console stays clean. Screenshots go to tests/artifacts/.
"""

from __future__ import annotations

import time

import pytest
from conftest import EXAMPLES
from test_render_data import HOSTILE_TEXT, generated_story, hostile_story, rich_story

from storyline import schema
from storyline.render import html

from browser import (
    console_errors,
    driver,  # noqa: F401 -- the shared fixture, requested by name
    requests,
    screenshot,
)

pytestmark = pytest.mark.browser

PAGE = 50  # items per page in the report
SECTIONS = {
    "brief": ("brief", ".brief-item", None),
    "timeline": ("events", ".event-item", PAGE),
    "entities": ("entities", ".entity-card", 40),
    "quotes": ("quotes", ".quote-item", None),
    "figures": ("figures", ".figure-row", PAGE),
    "conflicts": ("conflicts", ".conflict-card:not(.possible)", 20),  # shown by default; the rest behind a toggle
    "sources": ("documents", ".doc-card", PAGE),
}


def open_report(driver, story, tmp_path, name="report"):
    out = tmp_path / name
    path = html.write(story, out)
    driver.get(path.as_uri())
    for _ in range(100):
        if driver.execute_script("return document.body.dataset.ready") == "true":
            break
        time.sleep(0.05)
    assert driver.execute_script("return document.body.dataset.ready") == "true", "the report did not start"
    return path


def tab(driver, name):
    driver.find_element("id", f"tab-{name}").click()
    sec = driver.find_element("id", f"sec-{name}")
    assert sec.is_displayed()
    return sec


def check_sections(driver, story, shots: str | None = None):
    """Each tab's count equals the story's, and its first page of items is rendered."""
    for name, (field, selector, page) in SECTIONS.items():
        sec = tab(driver, name)
        n = len(getattr(story, field)) if name != "conflicts" else sum(c.shown for c in story.conflicts)
        assert sec.get_attribute("data-count") == str(n), name
        assert driver.find_element("css selector", f"#tab-{name} .count").text == str(n)
        shown = len(sec.find_elements("css selector", selector))
        if name == "quotes":
            assert (shown > 0) == (n > 0)
        elif n:
            assert shown == (min(n, page) if page else n), name
        else:
            assert sec.find_elements("css selector", ".empty"), name
        if shots:
            screenshot(driver, f"{shots}-{name}")


def click_cite_and_check(driver, story, selector: str = ".brief-item .cite") -> str:
    """Click the first citation matching selector; the viewer highlights exactly its span."""
    button = driver.find_element("css selector", selector)
    doc, start, end = (button.get_attribute(f"data-{k}") for k in ("doc", "start", "end"))
    button.click()
    viewer = driver.find_element("id", "viewer")
    assert viewer.is_displayed()
    marks = viewer.find_elements("css selector", "mark.cite-target")
    assert len(marks) == 1
    shown = driver.execute_script("return document.querySelector('#viewer mark.cite-target').textContent")
    return doc, int(start), int(end), shown


def test_rich_report_sections_citations_and_noise(driver, tmp_path):
    story = rich_story()
    requests(driver)  # drain what earlier pages asked for
    path = open_report(driver, story, tmp_path)
    screenshot(driver, "rich-brief")
    check_sections(driver, story, shots="rich")
    # a brief citation after the emoji: the highlighted element's text is the cited text
    tab(driver, "brief")
    cite = story.brief[0].cites[0]
    doc, start, end, shown = click_cite_and_check(driver, story)
    expected = next(d for d in story.documents if d.id == cite.doc).text[cite.start : cite.end]
    assert doc == cite.doc and shown == expected == story.brief[0].text
    # mentions, quotes and figures are highlighted in the source
    names = driver.execute_script("return Array.from(document.querySelectorAll('#viewer .hl-ent')).map(e => e.textContent)")
    assert "Maria Lopez" in names and "Tom Baker" in names
    figs = driver.execute_script("return Array.from(document.querySelectorAll('#viewer .hl-fig')).map(e => e.textContent)")
    assert "30%" in figs
    # removed noise on demand, in place
    assert not driver.find_elements("css selector", "#viewer .removed")
    driver.find_element("id", "show-removed").click()
    removed = driver.execute_script("return Array.from(document.querySelectorAll('#viewer .removed-text')).map(e => e.textContent)")
    assert removed == [r.text for r in story.documents[0].removed]
    screenshot(driver, "rich-viewer")
    # a citation inside a conflict opens the other document at its span
    tab(driver, "conflicts")
    doc, start, end, shown = click_cite_and_check(driver, story, ".conflict-card .side-group:last-child .side .cite")
    d = next(x for x in story.documents if x.id == doc)
    assert shown == "3,000 people" and doc == "docc"
    assert shown == d.text.encode("utf-16-le")[2 * start : 2 * end].decode("utf-16-le")
    screenshot(driver, "rich-conflict-source")
    assert console_errors(driver) == []
    # offline: the page fetched nothing but itself (chrome:// is the browser UI, data: is inline)
    asked = [u for u in requests(driver) if not u.startswith(("chrome://", "chrome-untrusted://", "devtools://", "data:"))]
    assert path.as_uri() in asked and set(asked) <= {path.as_uri()}


def test_link_from_story_md_opens_the_span(driver, tmp_path):
    """story.md's footnotes link to report.html#cite=DOC:START-END in code points."""
    story = rich_story()
    path = open_report(driver, story, tmp_path, "linked")
    cite = story.brief[0].cites[0]  # after an emoji: code points and UTF-16 differ
    driver.get("about:blank")
    driver.get(f"{path.as_uri()}#cite={cite.doc}:{cite.start}-{cite.end}")
    shown = driver.execute_script("return document.querySelector('#viewer mark.cite-target').textContent")
    assert shown == story.brief[0].text
    assert console_errors(driver) == []


def test_entity_profile_opens_with_its_items(driver, tmp_path):
    story = rich_story()
    open_report(driver, story, tmp_path)
    tab(driver, "entities")
    driver.find_element("css selector", "#entity-e-lopez summary").click()
    card = driver.find_element("id", "entity-e-lopez")
    # the card's body is filled by its 'toggle' event, a task queued after the click: wait for
    # it (a loaded machine read the card before it ran, so the text held the summary alone)
    for _ in range(100):
        text = card.text
        if "chief executive" in text:
            break
        time.sleep(0.05)
    assert "chief executive" in text and "no other choice" in text and "30%" in text
    assert len(card.find_elements("css selector", ".cite")) >= 5
    screenshot(driver, "rich-entity-profile")
    # an entity chip elsewhere jumps to its card
    tab(driver, "quotes")
    driver.find_element("css selector", ".speaker-group .chip").click()
    assert driver.find_element("id", "sec-entities").is_displayed()
    # a highlighted mention in the source viewer opens its entity's profile
    tab(driver, "sources")
    driver.find_element("css selector", ".doc-card .doc-link").click()
    driver.find_element("css selector", '#viewer .hl-ent[data-entity="e-baker"]').click()
    assert driver.find_element("id", "sec-entities").is_displayed()
    assert driver.find_element("id", "entity-e-baker").get_attribute("open") is not None
    assert console_errors(driver) == []


def test_hostile_article_renders_as_text(driver, tmp_path):
    story = hostile_story()
    open_report(driver, story, tmp_path, "hostile")
    for name in SECTIONS:
        tab(driver, name)
    driver.find_element("css selector", "#tab-sources").click()
    driver.find_element("css selector", ".doc-card .doc-link").click()
    driver.find_element("id", "show-removed").click()
    tab(driver, "entities")
    driver.find_element("css selector", ".entity-card summary").click()
    screenshot(driver, "hostile")
    assert driver.execute_script("return window.__pwned") is None
    assert driver.execute_script("return document.querySelectorAll('script').length") == 2
    bad = driver.execute_script(
        "return document.querySelectorAll('[onerror],[onload],[onclick],[onmouseover],img,iframe,a,object,embed,b,i').length"
    )
    assert bad == 0
    shown = driver.execute_script(
        "const t = document.querySelector('#viewer .doc-text').cloneNode(true);"
        "t.querySelectorAll('.removed').forEach(r => r.remove()); return t.textContent"
    )
    assert shown == HOSTILE_TEXT  # every character as written, entities not decoded
    assert "<script>window.__pwned=1</script>" in driver.execute_script("return document.querySelector('#viewer .removed-text').textContent")
    assert driver.title.startswith("Evil <script>")
    try:
        alert = driver.switch_to.alert
        alert.dismiss()
        pytest.fail("an alert opened")
    except Exception as e:  # NoAlertPresentException
        assert "alert" in type(e).__name__.lower() or "NoAlert" in type(e).__name__
    assert console_errors(driver) == []


def test_thousand_article_report_first_view(driver, tmp_path):
    story = generated_story(1000)
    t0 = time.perf_counter()
    open_report(driver, story, tmp_path, "big")
    load = time.perf_counter() - t0
    assert load < 20, f"first view took {load:.1f}s"
    assert len(driver.find_elements("css selector", ".brief-item")) == 7
    screenshot(driver, "big-brief")
    check_sections(driver, story)
    sec = tab(driver, "sources")
    sec.find_element("css selector", "button.more").click()
    assert len(sec.find_elements("css selector", ".doc-card")) == 2 * PAGE
    tab(driver, "timeline")
    screenshot(driver, "big-timeline")
    # the last document opens in the viewer
    driver.execute_script("document.querySelectorAll('#sec-sources .doc-link')[99].click()")
    assert driver.find_element("css selector", ".viewer-no").text.endswith("#100")
    assert console_errors(driver) == []


@pytest.mark.slow
def test_huawei_report(driver, huawei_story, tmp_path):
    story = huawei_story
    open_report(driver, story, tmp_path, "huawei")
    screenshot(driver, "huawei-brief")
    check_sections(driver, story, shots="huawei")
    if story.brief:
        tab(driver, "brief")
        for i, b in enumerate(story.brief):
            doc, start, end, shown = click_cite_and_check(driver, story, f".brief-item:nth-child({i + 1}) .cite")
            assert shown == b.text
        screenshot(driver, "huawei-viewer")
    if any(d.removed for d in story.documents):
        d = next(d for d in story.documents if d.removed)
        driver.execute_script(f"document.querySelectorAll('#sec-sources .doc-link')[{story.documents.index(d)}].click()")
        tab(driver, "sources")
        driver.execute_script(f"document.querySelectorAll('#sec-sources .doc-link')[{story.documents.index(d)}].click()")
        driver.find_element("id", "show-removed").click()
        assert len(driver.find_elements("css selector", "#viewer .removed")) == len(d.removed)
        screenshot(driver, "huawei-removed")
    assert console_errors(driver) == []


@pytest.mark.slow
def test_examples_report(driver, tmp_path):
    assert EXAMPLES.exists(), "examples/ ships with the repository"
    from storyline.ingest import IngestError, read_inputs
    from storyline.pipeline import analyse_record, build_story

    records = [r for r in read_inputs([str(EXAMPLES)]) if not isinstance(r, IngestError)]
    story = build_story([analyse_record(r) for r in records], {"brief_sentences": 7})
    open_report(driver, story, tmp_path, "examples")
    screenshot(driver, "examples-brief")
    check_sections(driver, story, shots="examples")
    if story.brief:
        tab(driver, "brief")
        doc, start, end, shown = click_cite_and_check(driver, story)
        assert shown == story.brief[0].text
    assert console_errors(driver) == []


def test_possible_conflicts_wait_behind_a_toggle(driver, tmp_path):
    story = rich_story()
    story.conflicts[1] = story.conflicts[1].model_copy(update={"shown": False, "confidence": 0.3})
    open_report(driver, story, tmp_path, "possible")
    sec = tab(driver, "conflicts")
    assert sec.get_attribute("data-count") == "1"
    assert len(sec.find_elements("css selector", ".conflict-card")) == 1
    driver.find_element("css selector", "#sec-conflicts .show-possible").click()
    assert len(sec.find_elements("css selector", ".conflict-card.possible")) == 1
def test_timeline_axis_keeps_outliers_apart(driver, tmp_path):
    """A misread year (an event in 1000) is drawn apart; the axis spans the story's dates
    and no two labels of the chart overlap (issue 17)."""
    story = rich_story()
    base = story.events[0]
    story.events.append(base.model_copy(update={"id": "ev-outlier", "date": schema.EventDate(value="1000", granularity="year")}))
    story.events.append(base.model_copy(update={"id": "ev-outlier2", "date": schema.EventDate(value="2080", granularity="year")}))
    open_report(driver, story, tmp_path, "outlier")
    tab(driver, "timeline")
    got = driver.execute_script("""
        var svg = document.querySelector('.timeline-chart svg');
        var early = svg.querySelector('.outliers-early'), late = svg.querySelector('.outliers-late');
        var ticks = Array.from(svg.querySelectorAll(':scope > .tick-label')).map(function (t) { return t.textContent; });
        var boxes = Array.from(svg.querySelectorAll('text')).map(function (t) { var b = t.getBoundingClientRect(); return [b.left, b.top, b.right, b.bottom, t.textContent]; });
        var labels = Array.from(svg.querySelectorAll('.outlier-label')).map(function (t) { return t.textContent; });
        return {early: early && early.dataset.count, late: late && late.dataset.count, ticks: ticks, boxes: boxes, labels: labels};
    """)
    assert got["early"] and got["late"] == "1"
    assert "1000" in got["labels"] and "2080" in got["labels"]
    years = {int(t[-4:]) for t in got["ticks"] if t[-4:].isdigit()}
    assert years and all(2000 <= y <= 2030 for y in years), got["ticks"]  # the axis is not stretched to 1000..2080
    boxes = got["boxes"]
    for i in range(len(boxes)):
        for j in range(i + 1, len(boxes)):
            a, b = boxes[i], boxes[j]
            overlap = a[0] < b[2] - 0.5 and b[0] < a[2] - 0.5 and a[1] < b[3] - 0.5 and b[1] < a[3] - 0.5
            assert not overlap, (a[4], b[4])
    screenshot(driver, "timeline-outliers")
    assert console_errors(driver) == []


def test_timeline_opens_with_key_dates_and_filters(driver, tmp_path):
    """Many events: the timeline opens with 10-20 key dates, those the Python selection
    (render/timeline.key_dates) chose, each with one or two events and their sources,
    then the full list, filterable by word and period."""
    from storyline import schema
    from storyline.render.timeline import key_dates

    story = generated_story(200)
    for i, e in enumerate(story.events):  # key dates are days: give the generated years a day
        if i % 3:
            e.date = schema.EventDate(value=f"{e.date.value}-{1 + i % 12:02d}-{1 + i % 28:02d}", granularity="day")
    open_report(driver, story, tmp_path, "keydates")
    sec = tab(driver, "timeline")
    keys = sec.find_elements("css selector", ".key-date")
    days = {e.date.value for e in story.events if e.date.value}
    want_keys = [k.date for k in key_dates(story)]
    assert all(len(d) == 10 for d in want_keys)  # days, never a generated year
    assert 10 <= len(keys) <= 20 and len(keys) <= len(days), (len(keys), len(days))
    assert [k.find_element("css selector", ".event-date").text for k in keys] == want_keys
    for k in keys:
        day = k.find_element("css selector", ".event-date").text
        on_day = [e for e in story.events if e.date.value == day]
        assert len(k.find_elements("css selector", ".event-summary")) == min(2, len(on_day)), day
        assert k.find_elements("css selector", ".cite")
    dates = [k.find_element("css selector", ".event-date").text for k in keys]
    assert dates == sorted(dates)
    period = sec.find_element("css selector", ".event-filter-period")
    year = driver.execute_script("return arguments[0].options[1].value", period)
    driver.execute_script("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change'))", period, year)
    shown = [e.text for e in sec.find_elements("css selector", ".event-list .event-date")]
    want = [e for e in story.events if (e.date.value or "").startswith(year)]
    assert shown and all(t.startswith(year) for t in shown)
    assert sec.get_attribute("data-shown") == str(len(want))
    box = sec.find_element("css selector", ".event-filter-text")
    box.send_keys("zzzz-no-such-word")
    assert not sec.find_elements("css selector", ".event-list .event-item")
    screenshot(driver, "timeline-key-dates")
    assert console_errors(driver) == []
def test_brief_shows_its_date_a_confident_name_and_a_dispute(driver, tmp_path):
    from storyline import schema

    text = "Rain is hoping for a softer approach after two years of pressure. Others said 20% of sales were lost."
    story = schema.Story(
        documents=[schema.Document(id="d1", text=text, published=schema.Published(value="2021-02-10"))],
        entities=[schema.Entity(id="e-ren", name="Ren Zhengfei", type="PERSON", aliases=["Rain"])],
    )
    first = text.index(".") + 1
    other = schema.Span(doc="d1", start=first + 1, end=len(text))
    story.brief = [schema.BriefSentence(
        text=text[:first], cites=[schema.Span(doc="d1", start=0, end=first)],
        date=schema.BriefDate(value="2021-02", granularity="month", source="event"),
        names=[schema.BriefName(start=0, end=4, entity="e-ren")],
        disputes=[schema.BriefDispute(conflict="c1", by="Bloomberg", cites=[other])],
    )]
    open_report(driver, story, tmp_path)
    tab(driver, "brief")
    item = driver.find_element("css selector", ".brief-item")
    assert item.find_element("css selector", ".brief-date").text == "2021-02"
    assert item.find_element("css selector", ".brief-text").text.startswith("Rain [Ren Zhengfei] is hoping")
    assert "disputed by Bloomberg" in item.find_element("css selector", ".brief-dispute").text
    assert not console_errors(driver)


def test_series_charts_draw_one_card_per_place(driver, tmp_path):
    """Each series is a small chart titled with its measure and place ('in Mexico',
    'worldwide'), one dot per point (issue 20, round nine)."""
    story = rich_story()
    f3, f4 = story.figures[2], story.figures[3]

    def point(f, day, value):
        return schema.SeriesPoint(figure=f.id, date=day, date_source="published", value=value, span=f.span)

    story.series = [
        schema.Series(id="s-mx", measure="deaths", place="e-springfield", place_text="Mexico", unit="people",
                      points=[point(f3, "2024-03-01", 20), point(f4, "2024-03-03", 60), point(f3, "2024-03-05", 100)]),
        schema.Series(id="s-world", measure="deaths", place_text="worldwide", unit="people",
                      points=[point(f3, "2024-03-02", 150), point(f4, "2024-03-06", 400)]),
    ]
    open_report(driver, story, tmp_path, "series")
    sec = tab(driver, "figures")
    cards = sec.find_elements("css selector", ".series-card")
    assert [c.find_element("css selector", "figcaption").text for c in cards] == [
        "deaths in Mexico (people)", "deaths worldwide (people)"]
    assert [len(c.find_elements("css selector", "circle.series-dot")) for c in cards] == [3, 2]
    assert all(c.find_elements("css selector", "path.series-line") for c in cards)
    assert not console_errors(driver)
    screenshot(driver, "series")
