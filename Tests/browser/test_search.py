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


@pytest.mark.parametrize("path,interpretation,context", [
    # Also in a glossary tooltip earlier on the page, which is not the text.
    ("search/?q=科技基础设施建设", "interpretations/laoshan-sti-plan/", "科创平台：即科技创新平台，是"),
    ("en/search/?q=momentum", "en/interpretations/laoshan-sti-plan/", "embark on a new journey"),
])
def test_the_snippet_comes_from_the_page_text(browser, site, path, interpretation, context):
    """The index holds no text: a phrase found only deep in a document's
    body is verified and cut into a snippet from the result's own page."""
    open_page(browser, site, path)
    results = browser.find_elements(By.CSS_SELECTOR, "#search-results li")
    assert [r.find_element(By.CSS_SELECTOR, "a").get_attribute("href") for r in results] == [site + interpretation], \
        browser.find_element(By.ID, "search-status").text
    snippet = results[0].find_element(By.CSS_SELECTOR, ".snippet")
    query = path.split("?q=")[1]
    assert [m.text for m in snippet.find_elements(By.CSS_SELECTOR, "mark")] == [query]
    assert context in snippet.text
