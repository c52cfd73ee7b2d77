"""The language switcher leads to the same document in the other language."""
from selenium.webdriver.common.by import By

from pages import open_page


def switch_language(browser):
    browser.find_element(By.CSS_SELECTOR, ".language-switcher a[hreflang]").click()


def test_switcher_lands_on_the_counterpart_and_back(browser, site):
    open_page(browser, site, "interpretations/laoshan-sti-plan/")
    title_zh = browser.find_element(By.TAG_NAME, "h1").text
    switch_language(browser)
    assert browser.current_url == site + "en/interpretations/laoshan-sti-plan/"
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en"
    assert browser.find_element(By.TAG_NAME, "h1").text != title_zh
    switch_language(browser)
    assert browser.current_url == site + "interpretations/laoshan-sti-plan/"
    assert browser.find_element(By.TAG_NAME, "h1").text == title_zh
