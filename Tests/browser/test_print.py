"""Printing a page gives the document without the site's controls, and a
PDF that Chromium can make."""
import base64

import pytest
from selenium.webdriver.common.by import By

from conftest import page_path
from pages import open_page

HIDDEN_ON_PAPER = [".skip-link", ".site-nav", ".language-switcher", ".text-size-toggle", ".toc", ".footer-note"]


@pytest.fixture
def print_media(browser):
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    yield browser
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})


@pytest.mark.parametrize("page", ["policy", "interpretation", "indicator-set"])
def test_print_shows_the_document_without_controls(print_media, site, page):
    browser = print_media
    open_page(browser, site, page_path(page, "zh"))
    for selector in HIDDEN_ON_PAPER:
        for element in browser.find_elements(By.CSS_SELECTOR, selector):
            assert not element.is_displayed(), selector
    assert browser.find_element(By.TAG_NAME, "h1").is_displayed()
    assert browser.find_element(By.CSS_SELECTOR, ".site-title").is_displayed()
    assert browser.find_element(By.CSS_SELECTOR, ".doc-meta, .indicator-table").is_displayed()
    assert browser.execute_script("return getComputedStyle(document.body).color") == "rgb(0, 0, 0)"


def test_print_to_pdf(browser, site, screenshots):
    open_page(browser, site, page_path("policy", "zh"))
    pdf = base64.b64decode(browser.execute_cdp_cmd("Page.printToPDF", {"paperWidth": 8.27, "paperHeight": 11.69})["data"])
    assert pdf.startswith(b"%PDF")
    (screenshots / "print-policy-zh.pdf").write_bytes(pdf)
