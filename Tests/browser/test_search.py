"""Search from the URL, as a shared link opens it: results list the
interpretation and highlight the query."""
import pytest
from selenium.webdriver.common.by import By

from pages import open_page


@pytest.mark.parametrize("path,interpretation", [
    ("search/?q=科技成果转化", "interpretations/laoshan-sti-plan/"),
    ("en/search/?q=innovation", "en/interpretations/laoshan-sti-plan/"),
])
def test_query_in_url_finds_the_interpretation(browser, site, path, interpretation):
    open_page(browser, site, path)
    results = browser.find_elements(By.CSS_SELECTOR, "#search-results li")
    assert results, browser.find_element(By.ID, "search-status").text
    links = [a.get_attribute("href") for a in browser.find_elements(By.CSS_SELECTOR, "#search-results a")]
    assert site + interpretation in links
    marks = browser.find_elements(By.CSS_SELECTOR, "#search-results mark")
    assert marks and all(m.is_displayed() for m in marks)
    query = path.split("?q=")[1].lower()
    assert any(query in m.text.lower() for m in marks), [m.text for m in marks]
    assert browser.find_element(By.ID, "search-query").get_attribute("value").lower() == query
