"""Readable on a 360 px phone and with text at twice its size: nothing
needs horizontal scrolling and nothing sticks out of the page. Screenshots
are saved for people to look at."""
import pytest
from selenium.webdriver.common.by import By

from conftest import page_cases, page_path, skip_if_not_built
from pages import clipped, horizontal_overflow, open_page, save_full_page


@pytest.fixture
def phone(browser):
    browser.set_window_size(360, 740)
    assert browser.execute_script("return window.innerWidth") == 360
    yield browser
    browser.set_window_size(1280, 900)


def test_overflow_check_catches_a_wide_element(phone, site):
    open_page(phone, site, "")
    phone.execute_script(
        "const d = document.createElement('div'); d.id = 'wide'; d.style.width = '500px';"
        "d.textContent = 'x'; document.querySelector('main').append(d);"
    )
    scroll_width, inner_width, sticking_out = horizontal_overflow(phone)
    assert scroll_width > inner_width
    assert any(s.startswith("div#wide") for s in sticking_out), sticking_out


def test_clipping_check_catches_cut_off_text(browser, site):
    open_page(browser, site, "")
    browser.execute_script(
        "const d = document.createElement('div'); d.id = 'cut'; d.style.cssText = 'height: 1em; overflow: hidden';"
        "d.textContent = '很长的文字 '.repeat(400); document.querySelector('main').append(d);"
    )
    assert any(s.startswith("div#cut") for s in clipped(browser))


@pytest.mark.parametrize("page,language", page_cases())
def test_fits_a_360px_phone(phone, site, screenshots, page, language):
    path = page_path(page, language)
    skip_if_not_built(path)
    open_page(phone, site, path)
    scroll_width, inner_width, sticking_out = horizontal_overflow(phone)
    save_full_page(phone, screenshots / f"phone-{page}-{language}.png")
    assert scroll_width <= inner_width + 1, sticking_out
    assert sticking_out == []


@pytest.mark.parametrize("page,language", page_cases())
def test_text_at_200_percent(browser, site, screenshots, page, language):
    path = page_path(page, language)
    skip_if_not_built(path)
    open_page(browser, site, path)
    normal = browser.execute_script("return parseFloat(getComputedStyle(document.documentElement).fontSize)")
    browser.execute_script("document.documentElement.style.fontSize = (2 * arguments[0]) + 'px'", normal)
    body = browser.execute_script("return parseFloat(getComputedStyle(document.querySelector('main p, main li, main td')).fontSize)")
    assert body >= 1.9 * normal * 0.8, "text did not grow with the root font size"
    scroll_width, inner_width, sticking_out = horizontal_overflow(browser)
    save_full_page(browser, screenshots / f"text200-{page}-{language}.png")
    assert scroll_width <= inner_width + 1, sticking_out
    assert sticking_out == []
    assert clipped(browser) == []


@pytest.mark.parametrize("page", ["policy", "interpretation"])
@pytest.mark.parametrize("language", ["zh", "en"])
def test_glossary_tips_fit_a_phone(phone, site, screenshots, page, language):
    """A term's definition, shown while its link has focus, stays on screen
    wherever the term falls in the line."""
    open_page(phone, site, page_path(page, language))
    links = phone.find_elements(By.CSS_SELECTOR, ".term-link")
    if not links:
        pytest.skip("no glossary terms are linked on this page")
    for link in links:
        phone.execute_script("arguments[0].focus()", link)
        tip = link.find_element(By.XPATH, "following-sibling::*[1]")
        assert tip.is_displayed(), link.text
        scroll_width, inner_width, sticking_out = horizontal_overflow(phone)
        assert scroll_width <= inner_width + 1, (link.text, sticking_out)
        assert sticking_out == [], link.text
    save_full_page(phone, screenshots / f"phone-term-tip-{page}-{language}.png")
