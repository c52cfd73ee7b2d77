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
