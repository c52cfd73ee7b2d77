"""Nothing is loaded from another host: fonts, scripts, styles, search
index and charts all come from the site itself."""
import json
from urllib.parse import urlparse

import pytest

from conftest import page_cases, page_path, skip_if_not_built
from pages import open_page


def requested_urls(driver):
    """URLs the page asked for since the last call, from Chrome's
    performance log of DevTools network events."""
    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    return urls


def is_local(url):
    parsed = urlparse(url)
    return parsed.scheme in ("data", "blob") or (parsed.scheme == "http" and parsed.hostname == "127.0.0.1")


@pytest.mark.parametrize("page,language", page_cases())
def test_every_request_stays_on_the_site(browser, site, page, language):
    path = page_path(page, language)
    skip_if_not_built(path)
    requested_urls(browser)  # drop what earlier pages logged
    open_page(browser, site, path)
    urls = requested_urls(browser)
    assert any(u.endswith("site.css") for u in urls), urls
    if "?q=" in path:
        assert any("search/index/" in u for u in urls), urls
    assert [u for u in urls if not is_local(u)] == []
