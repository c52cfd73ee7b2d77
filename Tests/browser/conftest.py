"""Fixtures for the browser tests: the built example site served on
127.0.0.1, and one headless Chromium per test module.

The tests read the example site in Content/: build it first
(`swift run policysite build`), or point POLICYSITE_OUTPUT at another build.
"""
import functools
import http.server
import os
import pathlib
import tempfile
import threading

import pytest

# Selenium Manager would look up drivers and send usage statistics over the
# network; the tests name Debian's chromium and chromedriver and need neither.
os.environ.setdefault("SE_AVOID_STATS", "true")
os.environ.setdefault("SE_OFFLINE", "true")

from selenium import webdriver  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUTPUT = pathlib.Path(os.environ.get("POLICYSITE_OUTPUT", ROOT / "Output"))
SCREENSHOTS = pathlib.Path(os.environ.get("POLICYSITE_SCREENSHOTS", tempfile.gettempdir())) / "policysite-screenshots"

# Every page type of the example site, in Chinese and in English.
PAGES = {
    "home": ("", "en/"),
    "policies": ("policies/", "en/policies/"),
    "policy": ("policies/laoshan-sti-plan/", "en/policies/laoshan-sti-plan/"),
    "interpretation": ("interpretations/laoshan-sti-plan/", "en/interpretations/laoshan-sti-plan/"),
    "graphic": ("interpretations/laoshan-sti-plan-graphic/", "en/interpretations/laoshan-sti-plan-graphic/"),
    "video": ("interpretations/laoshan-sti-plan-video/", "en/interpretations/laoshan-sti-plan-video/"),
    "expired": ("interpretations/laoshan-sti-plan-2016/", "en/interpretations/laoshan-sti-plan-2016/"),
    "glossary": ("glossary/", "en/glossary/"),
    "indicators": ("indicators/", "en/indicators/"),
    "indicator-set": ("indicators/national-innovation/", "en/indicators/national-innovation/"),
    "progress": ("indicators/progress/", "en/indicators/progress/"),
    "search": ("search/?q=科技成果转化", "en/search/?q=innovation"),
}
LANGUAGES = ("zh", "en")


def page_cases():
    """(page, language) pairs as pytest params, with readable ids."""
    return [
        pytest.param(page, language, id=f"{page}-{language}")
        for page in PAGES
        for language in LANGUAGES
    ]


def page_path(page, language):
    return PAGES[page][LANGUAGES.index(language)]


def skip_if_not_built(path):
    """The glossary arrives in another branch: its pages are tested once a
    build writes them."""
    file = OUTPUT / path.split("?")[0] / "index.html"
    if not file.exists():
        pytest.skip(f"{file.relative_to(OUTPUT.parent)} was not built (this site has no such page yet)")


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        pass


@pytest.fixture(scope="session")
def site():
    """Base URL of the built site, served from a thread on a free port."""
    if not (OUTPUT / "index.html").exists():
        pytest.fail(f"No built site at {OUTPUT}: run `swift run policysite build` first.")
    handler = functools.partial(QuietHandler, directory=str(OUTPUT))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/"
    server.shutdown()
    server.server_close()


def chrome_options(javascript=True):
    options = webdriver.ChromeOptions()
    options.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    for argument in (
        "--headless=new",
        "--no-sandbox",  # CI runs as root
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--window-size=1280,900",
        "--hide-scrollbars",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-default-apps",
        "--disable-sync",
        "--no-first-run",
        "--force-device-scale-factor=1",
    ):
        options.add_argument(argument)
    if not javascript:
        options.add_argument("--blink-settings=scriptEnabled=false")
        options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    options.set_capability("goog:loggingPrefs", {"performance": "ALL"})
    return options


def start_browser(javascript=True):
    # An explicit driver path keeps Selenium Manager from downloading one.
    service = Service(executable_path=os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver"))
    driver = webdriver.Chrome(service=service, options=chrome_options(javascript))
    driver.set_page_load_timeout(20)
    driver.set_script_timeout(30)
    return driver


@pytest.fixture(scope="module")
def browser():
    driver = start_browser()
    yield driver
    driver.quit()


@pytest.fixture(scope="module")
def browser_without_javascript():
    driver = start_browser(javascript=False)
    yield driver
    driver.quit()


@pytest.fixture(scope="session")
def screenshots():
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    print(f"\nscreenshots: {SCREENSHOTS}")
    return SCREENSHOTS
