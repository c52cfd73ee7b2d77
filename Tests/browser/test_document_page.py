"""What a policy page carries besides its text (SPEC §4, §8): a print
button made by script, a QR code of the page's address that a phone reads,
a video with captions in the page's language, and data tables that show a
phone's reader that they scroll."""
import pathlib
import shutil
import subprocess
import tempfile

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from conftest import LANGUAGES, page_path
from pages import horizontal_overflow, open_page, wait_for

ZBARIMG = shutil.which("zbarimg")


@pytest.mark.parametrize("language", LANGUAGES)
def test_print_button_prints_the_page(browser, site, language):
    open_page(browser, site, page_path("policy", language))
    button = browser.find_element(By.CSS_SELECTOR, ".doc-tools button")
    assert button.text == {"zh": "打印本页", "en": "Print"}[language]
    assert button.get_attribute("type") == "button"
    # The real dialog would block a headless browser: count the calls instead.
    browser.execute_script("window.printed = 0; window.print = function () { window.printed += 1; };")
    button.click()
    assert browser.execute_script("return window.printed") == 1
    open_page(browser, site, page_path("policies", language))
    assert not browser.find_elements(By.CSS_SELECTOR, ".doc-tools button"), "only document pages print"


def test_without_javascript_there_is_no_print_button(browser_without_javascript, site):
    open_page(browser_without_javascript, site, page_path("policy", "zh"))
    assert not browser_without_javascript.find_elements(By.CSS_SELECTOR, ".doc-tools button")


@pytest.mark.skipif(ZBARIMG is None, reason="zbarimg (Debian's zbar-tools) reads the code")
@pytest.mark.parametrize("page", ["policy", "video"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_qr_code_reads_as_the_canonical_url(browser, site, page, language):
    open_page(browser, site, page_path(page, language))
    canonical = browser.find_element(By.CSS_SELECTOR, 'link[rel="canonical"]').get_attribute("href")
    code = browser.find_element(By.CSS_SELECTOR, ".page-qr svg")
    browser.execute_script("arguments[0].scrollIntoView()", code)
    assert code.is_displayed()
    with tempfile.TemporaryDirectory() as folder:
        shot = pathlib.Path(folder) / "qr.png"
        shot.write_bytes(code.screenshot_as_png)
        read = subprocess.run([ZBARIMG, "--raw", "-q", str(shot)], capture_output=True, text=True)
    assert read.returncode == 0, read.stderr
    assert read.stdout.strip() == canonical
    caption = browser.find_element(By.ID, "page-qr-caption").text
    assert caption == {"zh": "扫码在手机上阅读", "en": "Scan to read on a phone"}[language]
    assert browser.find_element(By.CSS_SELECTOR, ".page-url").text == canonical


@pytest.fixture
def print_media(browser):
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    yield browser
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})


def test_qr_code_and_address_are_on_paper(print_media, site):
    open_page(print_media, site, page_path("policy", "zh"))
    assert print_media.find_element(By.CSS_SELECTOR, ".page-qr svg").is_displayed()
    assert print_media.find_element(By.CSS_SELECTOR, ".page-url").is_displayed()
    assert not print_media.find_element(By.CSS_SELECTOR, ".doc-tools").is_displayed(), "no button on paper"


CAPTIONS = """
const video = document.querySelector('.doc-video video');
const track = video.textTracks[0];
track.mode = 'showing';
const element = video.querySelector('track');
const done = arguments[arguments.length - 1];
function report() {
  done({kind: track.kind, language: track.language, label: track.label, cues: track.cues ? track.cues.length : -1,
        first: track.cues && track.cues.length ? track.cues[0].text : '', paused: video.paused,
        autoplay: video.autoplay, controls: video.controls, readyState: element.readyState});
}
if (element.readyState === 2) report(); else { element.addEventListener('load', report); element.addEventListener('error', report); }
"""


@pytest.mark.parametrize("language", LANGUAGES)
def test_video_has_captions_in_the_page_language(browser, site, language):
    open_page(browser, site, page_path("video", language))
    state = browser.execute_async_script(CAPTIONS)
    assert state["readyState"] == 2, "the captions file loaded"
    assert state["kind"] == "captions" and state["language"] == language
    assert state["label"] == {"zh": "中文字幕", "en": "English captions"}[language]
    assert state["cues"] == 2
    assert state["first"].startswith({"zh": "崂山区", "en": "The Laoshan District"}[language])
    assert state["controls"] and state["paused"] and not state["autoplay"], "nothing plays by itself"
    download = browser.find_element(By.CSS_SELECTOR, ".doc-video figcaption a[download]")
    assert download.get_attribute("href").endswith("/video/plan-intro.mp4")


@pytest.fixture
def phone(browser):
    browser.set_window_size(360, 740)
    yield browser
    browser.set_window_size(1280, 900)


@pytest.mark.parametrize("language", LANGUAGES)
def test_phone_table_shows_that_it_scrolls(phone, site, language):
    open_page(phone, site, page_path("indicator-set", language))
    region = phone.find_element(By.CSS_SELECTOR, ".indicator-page .indicator-table")
    assert phone.execute_script("return arguments[0].scrollWidth > arguments[0].clientWidth", region), "the table is wider than a phone"
    scroll_width, inner_width, _ = horizontal_overflow(phone)
    assert scroll_width <= inner_width, "the page itself does not scroll sideways"
    # Focusable and named, so a keyboard can scroll it and a screen reader says what it is.
    assert region.get_attribute("role") == "region" and region.get_attribute("tabindex") == "0"
    caption = phone.find_element(By.ID, region.get_attribute("aria-labelledby")).text
    assert caption and caption != phone.find_element(By.TAG_NAME, "h1").text, "the caption does not repeat the heading"
    # Visibly: a line that says so, and a shadow at the edge with more beyond it.
    hint = phone.find_element(By.CSS_SELECTOR, ".indicator-page .scroll-hint")
    assert hint.is_displayed() and hint.text
    assert "radial-gradient" in phone.execute_script("return getComputedStyle(arguments[0]).backgroundImage", region)
    phone.execute_script("arguments[0].focus()", region)
    before = phone.execute_script("return arguments[0].scrollLeft", region)
    phone.switch_to.active_element.send_keys(Keys.ARROW_RIGHT)
    wait_for(phone, lambda d: d.execute_script("return arguments[0].scrollLeft", region) > before)


def test_wide_screen_hides_the_scroll_hint(browser, site):
    open_page(browser, site, page_path("indicator-set", "zh"))
    assert not browser.find_element(By.CSS_SELECTOR, ".indicator-page .scroll-hint").is_displayed()
