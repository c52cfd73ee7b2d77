"""The example site's Atom feeds and sitemap, read as a feed reader and a
crawler would (SPEC §8). No test here needs the browser."""
import xml.etree.ElementTree as ET

import feedparser
import pytest

from conftest import OUTPUT

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


@pytest.mark.parametrize("path, language", [("feed.xml", "zh-CN"), ("en/feed.xml", "en")])
def test_feed_is_well_formed_atom(path, language):
    feed = feedparser.parse((OUTPUT / path).read_bytes())
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "atom10"
    assert feed.feed.language == language
    assert feed.entries, "the example site has documents"
    ids = [entry.id for entry in feed.entries]
    assert len(ids) == len(set(ids)), "entry ids are unique"
    for entry in feed.entries:
        assert entry.id.startswith("https://www.example.gov.cn/policy/")
        assert entry.link == entry.id
        assert entry.summary.strip()
        assert entry.updated_parsed is not None
    updated = [entry.updated_parsed for entry in feed.entries]
    assert updated == sorted(updated, reverse=True), "newest first"


def test_sitemap_lists_every_page_and_attachment_with_its_translations():
    tree = ET.parse(OUTPUT / "sitemap.xml")
    urls = tree.getroot().findall(f"{SITEMAP}url")
    locations = [url.find(f"{SITEMAP}loc").text for url in urls]
    pages = sorted(p.parent for p in OUTPUT.rglob("index.html"))
    attachments = [loc for loc in locations if not loc.endswith("/")]
    assert attachments == ["https://www.example.gov.cn/policy/files/laoshan-sti-plan.pdf"]
    assert len(locations) - len(attachments) == len(pages) == len(set(locations)) - len(attachments)
    for url in urls:
        alternates = {link.get("hreflang"): link.get("href") for link in url.findall(f"{XHTML}link")}
        if alternates:
            assert url.find(f"{SITEMAP}loc").text in alternates.values()
    assert (OUTPUT / "robots.txt").read_text().endswith("Sitemap: https://www.example.gov.cn/policy/sitemap.xml\n")
