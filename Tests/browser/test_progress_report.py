"""The plan progress report (SPEC §7): in both languages, on a phone, and
on A4 paper as a bureau hands it to its leadership. The axe, keyboard,
layout and network tests run on it too, as on every page type."""
import base64
import re

import pytest
from selenium.webdriver.common.by import By

from conftest import page_path
from pages import horizontal_overflow, open_page, save_full_page

STATUS_WORDS = {
    "zh": ("已实现", "符合进度", "滞后", "暂无数据"),
    "en": ("Achieved", "On track", "Behind", "No data"),
}


def behind_rows(browser):
    return browser.find_elements(By.CSS_SELECTOR, "#progress-behind ~ .indicator-table tbody tr")


@pytest.mark.parametrize("language", ["zh", "en"])
def test_every_data_set_with_its_counts_then_the_indicators_behind(browser, site, language):
    browser.set_window_size(1280, 900)
    open_page(browser, site, page_path("progress", language))
    headers = [th.text for th in browser.find_elements(By.CSS_SELECTOR, "#progress-sets ~ .indicator-table thead th")]
    for word in STATUS_WORDS[language]:
        assert word in headers
    sets = browser.find_elements(By.CSS_SELECTOR, "#progress-sets ~ .indicator-table tbody tr")
    assert len(sets) == len(browser.find_elements(By.CSS_SELECTOR, "#progress-sets ~ .indicator-table tbody th a")) >= 2
    for row in sets:
        counts = [int(td.text) for td in row.find_elements(By.CSS_SELECTOR, "td.num")]
        assert sum(counts[:4]) == counts[4], row.text
    rows = behind_rows(browser)
    assert rows, "the example site has indicators behind plan"
    binding = [row.get_attribute("class") == "binding" for row in rows]
    assert binding == sorted(binding, reverse=True), "binding indicators first"


@pytest.mark.parametrize("language", ["zh", "en"])
def test_each_indicator_behind_links_to_its_row(browser, site, language):
    open_page(browser, site, page_path("progress", language))
    links = [a.get_attribute("href") for a in browser.find_elements(By.CSS_SELECTOR, "#progress-behind ~ .indicator-table tbody th a")]
    for href in links:
        open_page(browser, site, href[len(site):])
        anchor = href.split("#")[1]
        row = browser.find_element(By.ID, anchor)
        status = row.find_element(By.XPATH, "..").find_element(By.CSS_SELECTOR, ".indicator-status").text
        assert status.startswith(STATUS_WORDS[language][2]), (href, status)


@pytest.mark.parametrize("language", ["zh", "en"])
def test_reached_from_the_menu_under_indicators(browser, site, language):
    open_page(browser, site, page_path("indicators", language))
    items = [a.text for a in browser.find_elements(By.CSS_SELECTOR, ".site-nav a")]
    report = {"zh": "实施进展", "en": "Progress"}[language]
    assert items.index(report) == items.index({"zh": "规划指标", "en": "Indicators"}[language]) + 1
    browser.find_element(By.LINK_TEXT, report).click()
    assert browser.find_element(By.CSS_SELECTOR, ".site-nav a[aria-current='page']").text == report


@pytest.mark.parametrize("language", ["zh", "en"])
def test_on_a_phone_the_tables_scroll_in_their_own_boxes(browser, site, screenshots, language):
    browser.set_window_size(360, 740)
    try:
        open_page(browser, site, page_path("progress", language))
        scroll_width, inner_width, sticking_out = horizontal_overflow(browser)
        save_full_page(browser, screenshots / f"phone-progress-report-{language}.png")
        assert scroll_width <= inner_width + 1, sticking_out
        for box in browser.find_elements(By.CSS_SELECTOR, ".indicator-table"):
            assert box.get_attribute("tabindex") == "0" and box.get_attribute("role") == "region"
    finally:
        browser.set_window_size(1280, 900)


@pytest.fixture
def print_media(browser):
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    yield browser
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})


@pytest.mark.parametrize("language", ["zh", "en"])
def test_printed_every_column_is_on_the_sheet(print_media, site, language):
    """At A4's printable width (210 mm less 15 mm margins, 680 CSS px), the
    tables do not scroll: every column is on paper."""
    browser = print_media
    browser.set_window_size(680, 900)
    try:
        open_page(browser, site, page_path("progress", language))
        assert not browser.find_element(By.CSS_SELECTOR, ".site-nav").is_displayed()
        for box in browser.find_elements(By.CSS_SELECTOR, ".indicator-table"):
            assert browser.execute_script("return getComputedStyle(arguments[0]).overflowX", box) == "visible"
            table = box.find_element(By.TAG_NAME, "table")
            assert table.size["width"] <= 681, table.size
        assert browser.execute_script("return getComputedStyle(document.body).color") == "rgb(0, 0, 0)"
    finally:
        browser.set_window_size(1280, 900)


@pytest.mark.parametrize("language", ["zh", "en"])
def test_prints_on_a4(browser, site, screenshots, language):
    open_page(browser, site, page_path("progress", language))
    pdf = base64.b64decode(browser.execute_cdp_cmd("Page.printToPDF", {"preferCSSPageSize": True})["data"])
    assert pdf.startswith(b"%PDF")
    (screenshots / f"print-progress-report-{language}.pdf").write_bytes(pdf)
    # The stylesheet's @page asks for A4: 595 × 842 points.
    boxes = {tuple(round(float(n)) for n in box.split()) for box in re.findall(rb"/MediaBox \[([\d. ]+)\]", pdf)}
    assert boxes == {(0, 0, 595, 842)}, boxes
