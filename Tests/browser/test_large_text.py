"""The larger-text mode (大字版): a header button that enlarges the text
and is remembered across pages and visits; without JavaScript there is no
button and every page still reads in full."""
import pytest
from selenium.webdriver.common.by import By

from conftest import page_cases, page_path, skip_if_not_built
from pages import horizontal_overflow, open_page, save_full_page

ROOT_FONT = "return parseFloat(getComputedStyle(document.documentElement).fontSize)"


def toggle(browser):
    return browser.find_element(By.CSS_SELECTOR, "header .text-size-toggle")


def large(browser):
    return browser.execute_script("return document.documentElement.classList.contains('large-text')")


@pytest.fixture
def normal_text(browser, site):
    """Start from a reader who never pressed the button."""
    open_page(browser, site, "")
    browser.execute_script("localStorage.clear()")
    yield browser
    browser.execute_script("localStorage.clear()")


def test_toggle_enlarges_text_and_is_remembered(normal_text, site):
    browser = normal_text
    open_page(browser, site, page_path("interpretation", "zh"))
    button = toggle(browser)
    assert button.text == "大字版"
    assert button.get_attribute("aria-pressed") == "false"
    assert not large(browser)
    normal = browser.execute_script(ROOT_FONT)
    paragraph = browser.execute_script("return parseFloat(getComputedStyle(document.querySelector('.doc-body p')).fontSize)")

    button.click()
    assert toggle(browser).get_attribute("aria-pressed") == "true"
    browser.refresh()
    assert large(browser)
    assert toggle(browser).get_attribute("aria-pressed") == "true"
    assert browser.execute_script(ROOT_FONT) >= 1.2 * normal
    assert browser.execute_script("return parseFloat(getComputedStyle(document.querySelector('.doc-body p')).fontSize)") >= 1.2 * paragraph

    # The choice holds on the other language's pages, labelled in English.
    open_page(browser, site, page_path("interpretation", "en"))
    assert large(browser)
    assert toggle(browser).text == "Larger text"
    toggle(browser).click()
    assert not large(browser)
    browser.refresh()
    assert not large(browser)
    assert toggle(browser).get_attribute("aria-pressed") == "false"
    assert browser.execute_script(ROOT_FONT) == normal


@pytest.mark.parametrize("page,language", page_cases())
def test_larger_text_fits_a_360px_phone(normal_text, site, screenshots, page, language):
    browser = normal_text
    path = page_path(page, language)
    skip_if_not_built(path)
    browser.execute_script("localStorage.setItem('policysite-large-text', '1')")
    browser.set_window_size(360, 740)
    try:
        open_page(browser, site, path)
        assert large(browser)
        scroll_width, inner_width, sticking_out = horizontal_overflow(browser)
        save_full_page(browser, screenshots / f"phone-large-{page}-{language}.png")
        assert scroll_width <= inner_width + 1, sticking_out
        assert sticking_out == []
    finally:
        browser.set_window_size(1280, 900)


@pytest.mark.parametrize("page,language", page_cases())
def test_without_javascript_no_toggle_and_the_page_reads(browser_without_javascript, site, page, language):
    browser = browser_without_javascript
    path = page_path(page, language).split("?")[0]
    skip_if_not_built(path)
    browser.get(site + path)
    assert browser.find_elements(By.CSS_SELECTOR, ".text-size-toggle") == []
    assert "large-text" not in (browser.find_element(By.TAG_NAME, "html").get_attribute("class") or "")
    assert browser.find_element(By.TAG_NAME, "h1").is_displayed()
    main = browser.find_element(By.TAG_NAME, "main")
    assert len(main.text) > 20
    links = [a for a in browser.find_elements(By.CSS_SELECTOR, "nav a") if a.is_displayed()]
    assert len(links) >= 5
    if page == "search":
        assert browser.find_element(By.CSS_SELECTOR, "main .notice").is_displayed()
