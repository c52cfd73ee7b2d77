"""axe-core on every page type in both languages: no serious or critical
violation (contrast, names, landmarks, headings, tables, language)."""
import json

import pytest
from selenium_axe_python import Axe

from conftest import page_cases, page_path, skip_if_not_built
from pages import open_page

BLOCKING = {"serious", "critical"}


def describe(violations):
    lines = []
    for v in violations:
        lines.append(f"{v['impact']}: {v['id']} - {v['help']} ({v['helpUrl']})")
        for node in v["nodes"][:8]:
            lines.append(f"    {' '.join(map(str, node['target']))}: {node.get('failureSummary', '').strip()}")
    return "\n".join(lines)


# On a phone, wide tables scroll in their own box, which a keyboard must
# be able to reach.
VIEWPORTS = {"desktop": (1280, 900), "phone": (360, 740)}


def run_axe(browser):
    axe = Axe(browser)
    axe.inject()
    return axe.run(options=json.dumps({"resultTypes": ["violations"]}))


def test_axe_reports_a_planted_violation(browser, site):
    """The harness itself works: faint text added to a page is caught."""
    browser.set_window_size(*VIEWPORTS["desktop"])
    open_page(browser, site, "")
    browser.execute_script(
        "const p = document.createElement('p'); p.textContent = '浅色文字';"
        "p.style.color = '#ccc'; document.querySelector('main').append(p);"
    )
    assert "color-contrast" in [v["id"] for v in run_axe(browser)["violations"]]


@pytest.mark.parametrize("viewport", VIEWPORTS)
@pytest.mark.parametrize("page,language", page_cases())
def test_no_serious_violations(browser, site, page, language, viewport):
    path = page_path(page, language)
    skip_if_not_built(path)
    browser.set_window_size(*VIEWPORTS[viewport])
    open_page(browser, site, path)
    results = run_axe(browser)
    blocking = [v for v in results["violations"] if v["impact"] in BLOCKING]
    others = [v for v in results["violations"] if v["impact"] not in BLOCKING]
    if others:
        print(f"\n{path}: minor or moderate findings\n{describe(others)}")
    assert not blocking, f"{path}:\n{describe(blocking)}"
