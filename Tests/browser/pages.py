"""What the tests do on a page: open it, wait for search results, find
what sticks out of the viewport."""
import base64

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait


def open_page(driver, site, path):
    driver.get(site + path)
    WebDriverWait(driver, 10).until(lambda d: d.execute_script("return document.readyState") == "complete")
    if "?q=" in path:
        wait_for_search(driver)


def wait_for_search(driver):
    """The search script fills the status line once it has an answer."""
    def answered(d):
        status = d.find_element(By.ID, "search-status")
        text = status.text.strip()
        return text and text != status.get_attribute("data-searching")
    WebDriverWait(driver, 10).until(answered)


def wait_for(driver, condition, timeout=10):
    return WebDriverWait(driver, timeout).until(condition)


# Elements whose box pokes out past the right edge of the viewport, except
# inside a container that scrolls or clips (wide tables scroll on their
# own). A container clips an absolutely positioned element only if it
# contains the element's containing block.
OVERFLOWING = """
const width = document.documentElement.clientWidth;
const out = [];
for (const el of document.body.querySelectorAll('*')) {
  const position = getComputedStyle(el).position;
  let skip = false;
  const from = position === 'fixed' ? null : position === 'absolute' ? el.offsetParent : el.parentElement;
  for (let p = from; p && p !== document.body; p = p.parentElement) {
    const o = getComputedStyle(p).overflowX;
    if (o === 'auto' || o === 'scroll' || o === 'hidden' || o === 'clip') { skip = true; break; }
  }
  if (skip) continue;
  const r = el.getBoundingClientRect();
  if (r.width === 0 || r.height === 0 || r.bottom < 0) continue;
  if (r.right > width + 1 || r.left < -1) {
    out.push(el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') +
      (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\\s+/).join('.') : '') +
      ' [' + Math.round(r.left) + '..' + Math.round(r.right) + ']');
  }
}
return out;
"""


def horizontal_overflow(driver):
    """(scrollWidth, innerWidth, elements sticking out)."""
    scroll_width, inner_width = driver.execute_script(
        "return [document.documentElement.scrollWidth, window.innerWidth]"
    )
    return scroll_width, inner_width, driver.execute_script(OVERFLOWING)


def save_full_page(driver, path):
    """A screenshot of the whole page, not only the viewport, for people to
    look at."""
    width, height = driver.execute_script(
        "return [document.documentElement.clientWidth, document.documentElement.scrollHeight]"
    )
    shot = driver.execute_cdp_cmd("Page.captureScreenshot", {
        "format": "png",
        "captureBeyondViewport": True,
        "clip": {"x": 0, "y": 0, "width": width, "height": min(height, 8000), "scale": 1},
    })
    path.write_bytes(base64.b64decode(shot["data"]))


# Elements that cut off their own content: overflow hidden or clip with
# more content than room. Visually hidden text is cut off on purpose.
CLIPPED = """
const out = [];
for (const el of document.body.querySelectorAll('*')) {
  if (el.closest('.visually-hidden')) continue;
  const s = getComputedStyle(el);
  const hides = v => v === 'hidden' || v === 'clip';
  if ((hides(s.overflowX) && el.scrollWidth > el.clientWidth + 1) ||
      (hides(s.overflowY) && el.scrollHeight > el.clientHeight + 1)) {
    out.push(el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + ' ' + el.textContent.trim().slice(0, 40));
  }
}
return out;
"""


def clipped(driver):
    return driver.execute_script(CLIPPED)
