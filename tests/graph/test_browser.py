"""The rendered page in a real browser (Debian's chromium driven by playwright): it draws every
node, makes no external request, and runs no script that an article smuggles in."""
from __future__ import annotations

import shutil

import pytest

from diplograph.graph.network import to_networkx
from diplograph.graph.render import to_html

from .conftest import make_extraction

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = [pytest.mark.slow, pytest.mark.skipif(CHROMIUM is None, reason="Debian chromium is not installed")]
PAYLOAD = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>'


def test_page_draws_offline_and_runs_no_article_script(store_with, tmp_path):
    from playwright.sync_api import sync_playwright

    g = to_networkx(store_with(make_extraction(quote=PAYLOAD)))
    page_file = tmp_path / "graph.html"
    page_file.write_text(to_html(g), encoding="utf-8")
    requests, failed = [], []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True,
                                    args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        page = browser.new_page()
        page.on("request", lambda r: requests.append(r.url))
        page.on("requestfailed", lambda r: failed.append(r.url))
        page.goto(page_file.as_uri())
        page.wait_for_function("typeof network !== 'undefined' && network.body.data.nodes.length > 0", timeout=15000)
        drawn_nodes = page.evaluate("network.body.data.nodes.length")
        drawn_edges = page.evaluate("network.body.data.edges.length")
        page.mouse.move(10, 10)
        pwned = page.evaluate("window.__pwned === undefined ? null : window.__pwned")
        legend = page.inner_text("#legend")
        browser.close()
    assert drawn_nodes == g.number_of_nodes() and drawn_edges == g.number_of_edges()
    assert [u for u in requests if not u.startswith(("file:", "data:", "about:"))] == []
    assert failed == []
    assert pwned is None
    assert "person" in legend and "meeting" in legend
