"""Keyboard use: the first Tab reaches the skip link, which moves focus to
the main content, and focused links are visibly outlined."""
import pytest
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.keys import Keys

from conftest import page_path
from pages import open_page

ACTIVE = "return document.activeElement"


def tab(browser, times=1):
    for _ in range(times):
        ActionChains(browser).send_keys(Keys.TAB).perform()
    return browser.execute_script(ACTIVE)


def outline(browser):
    return browser.execute_script(
        "const s = getComputedStyle(document.activeElement);"
        "return [s.outlineStyle, parseFloat(s.outlineWidth)];"
    )


@pytest.mark.parametrize("language", ["zh", "en"])
def test_skip_link_then_main(browser, site, language):
    open_page(browser, site, page_path("interpretation", language))
    first = tab(browser)
    assert "skip-link" in first.get_attribute("class")
    assert first.is_displayed()
    style, width = outline(browser)
    assert style != "none" and width >= 2
    first.send_keys(Keys.ENTER)
    assert browser.execute_script("return document.activeElement.id") == "main"
    # The next Tab goes on from the main content, not the header.
    following = tab(browser)
    assert browser.execute_script("return document.getElementById('main').contains(arguments[0])", following)


def test_focus_is_visible_on_every_link_in_the_header(browser, site):
    open_page(browser, site, page_path("policy", "zh"))
    header_links = browser.execute_script(
        "return document.querySelectorAll('header a, header button').length"
    )
    tab(browser)  # the skip link
    for _ in range(header_links):
        element = tab(browser)
        style, width = outline(browser)
        assert style != "none" and width >= 2, element.get_attribute("outerHTML")


@pytest.mark.parametrize("language", ["zh", "en"])
def test_escape_hides_a_term_definition_without_moving_focus(browser, site, language):
    open_page(browser, site, page_path("interpretation", language))
    links = browser.find_elements("css selector", ".term-link")
    if not links:
        pytest.skip("no glossary terms are linked on this page")
    browser.execute_script("arguments[0].focus()", links[0])
    tip = browser.find_element("id", links[0].get_attribute("aria-describedby"))
    assert tip.is_displayed()
    ActionChains(browser).send_keys(Keys.ESCAPE).perform()
    assert not tip.is_displayed()
    assert browser.execute_script(ACTIVE) == links[0]
    if len(links) > 1:
        browser.execute_script("arguments[0].focus()", links[1])
        assert browser.find_element("id", links[1].get_attribute("aria-describedby")).is_displayed()
