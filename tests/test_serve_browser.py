"""storyline serve in the system Chromium: search from the page, open a result at its span; add from the page."""

from __future__ import annotations

import httpx
import pytest

from storyline.serve import create_app

import browser
from test_serve_support import HONOR_SALE, copy_store, huawei_store, serving  # noqa: F401

pytestmark = [pytest.mark.browser, pytest.mark.slow]

IN_VIEW = """
const r = arguments[0].getBoundingClientRect();
return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight;
"""


@pytest.fixture
def site(huawei_store, tmp_path):
    browser.require()
    store = copy_store(huawei_store, tmp_path / "story.db")
    with serving(create_app(store)) as url, browser.chromium(width=1200, height=700) as driver:
        yield url, driver


def test_search_from_the_page_opens_the_result_at_its_span(site):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import Select, WebDriverWait

    url, driver = site
    driver.get(url + "/")
    Select(driver.find_element(By.ID, "mode")).select_by_value("fts")
    driver.find_element(By.ID, "q").send_keys("Honor", Keys.ENTER)
    WebDriverWait(driver, 60).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#hits a.cite"))
    links = driver.find_elements(By.CSS_SELECTOR, "#hits a.cite")
    target = next(a for a in links[:3] if HONOR_SALE in a.text)
    assert [m.text for m in target.find_elements(By.TAG_NAME, "mark")] == ["Honor"]
    doc, start, end = (target.get_attribute(k) for k in ("data-doc", "data-start", "data-end"))
    expected = httpx.get(f"{url}/api/documents/{doc}").json()["document"]["text"][int(start) : int(end)]
    assert expected == target.text

    target.click()
    WebDriverWait(driver, 30).until(lambda d: "/doc/" in d.current_url)
    mark = driver.find_element(By.ID, "hit")
    assert mark.text == expected
    assert (mark.get_attribute("data-start"), mark.get_attribute("data-end")) == (start, end)
    WebDriverWait(driver, 10).until(lambda d: d.execute_script(IN_VIEW, mark))
    assert driver.switch_to.active_element == mark
    assert driver.find_elements(By.TAG_NAME, "mark") == [mark]  # only the cited span is marked
    assert browser.console_errors(driver) == []


def test_ask_and_add_from_the_page(site):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    url, driver = site
    driver.get(url + "/")
    WebDriverWait(driver, 30).until(lambda d: d.find_element(By.ID, "stats").text.startswith("4 documents"))

    driver.find_element(By.CSS_SELECTOR, "[data-tab=ask]").click()
    driver.find_element(By.ID, "question").send_keys("Is Huawei leaving the US market?")
    driver.find_element(By.CSS_SELECTOR, "#ask-form button[type=submit]").click()
    WebDriverWait(driver, 60).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#answers .answer"))
    answers = [a.text for a in driver.find_elements(By.CSS_SELECTOR, "#answers .answer a.cite")][:3]
    assert any("We are not leaving U.S." in a for a in answers), answers

    driver.find_element(By.CSS_SELECTOR, "[data-tab=add]").click()
    driver.find_element(By.ID, "text").send_keys(
        "Quillon Systems said on Monday that its chief executive, Ottilie Brandvold, would visit Shenzhen "
        "next month to discuss a chip supply agreement with Huawei."
    )
    driver.find_element(By.CSS_SELECTOR, "#add-form button[type=submit]").click()
    status = driver.find_element(By.ID, "job-status")
    WebDriverWait(driver, 300).until(lambda d: status.get_attribute("data-state") in ("done", "failed", "error"))
    assert status.get_attribute("data-state") == "done", status.text
    assert status.text.startswith("done: 1 added")
    new_doc = status.find_elements(By.CSS_SELECTOR, "a.doc-link")
    assert len(new_doc) == 1 and "/doc/" in new_doc[0].get_attribute("href")
    WebDriverWait(driver, 30).until(lambda d: d.find_element(By.ID, "stats").text.startswith("5 documents"))

    # the new article is searchable from the page at once
    driver.find_element(By.CSS_SELECTOR, "[data-tab=search]").click()
    box = driver.find_element(By.ID, "q")
    box.clear()
    box.send_keys("Brandvold")
    driver.find_element(By.CSS_SELECTOR, "#search-form button[type=submit]").click()
    WebDriverWait(driver, 60).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#hits a.cite"))
    assert "Brandvold" in driver.find_element(By.CSS_SELECTOR, "#hits a.cite").text
    assert browser.console_errors(driver) == []
