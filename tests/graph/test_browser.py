"""The rendered page in a real browser (Debian's chromium driven by playwright): it draws every
node and link, makes no external request, its legend, filters, search, focus, details panel and
time view work, it draws 2,000 nodes at once, runs no script an article smuggles in, and shows
the same view inside a notebook frame."""
from __future__ import annotations

import importlib.util
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from diplograph.graph.render.network import node_states, select_view, to_networkx
from diplograph.graph.render import to_html, to_notebook

from .conftest import make_extraction

CHROMIUM = "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else shutil.which("chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run"]
pytestmark = [pytest.mark.slow, pytest.mark.skipif(CHROMIUM is None, reason="Debian chromium is not installed")]
DEMO = Path(__file__).resolve().parents[2] / "graph" / "demo" / "demo.fr.txt"
BENCH = Path(__file__).resolve().parents[1] / "benchmarks" / "bench_render.py"
# Each payload would set window.__pwned; the test traps every assignment.
PAYLOADS = ['<img src=x onerror="window.__pwned=1">', "<script>window.__pwned=2</script>",
            '"><svg onload="window.__pwned=3">', "</script><script>window.__pwned=4</script>"]
TRAP = """window.__hits = [];
Object.defineProperty(window, "__pwned", {set: function (v) { window.__hits.push(v); }, get: function () { return undefined; }});"""
# A function, not an expression: playwright polls expressions with eval(), which the page's CSP refuses.
READY = "() => window.diplograph && window.diplograph.firstDrawMs() !== null"


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        yield b
        b.close()


class Opened:
    """A page loaded from a file, with everything it requested and every error it logged."""

    def __init__(self, browser, path: Path):
        self.requests, self.failed, self.errors = [], [], []
        self.page = browser.new_page(viewport={"width": 1400, "height": 900})
        self.page.add_init_script(TRAP)
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("requestfailed", lambda r: self.failed.append(r.url))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.goto(path.as_uri())
        self.page.wait_for_function(READY, timeout=30000)

    def js(self, expression: str, arg=None):
        return self.page.evaluate(expression, arg)

    def counts(self) -> tuple[int, int, int]:
        return tuple(self.js("[diplograph.visibleCount(), diplograph.drawnNodes(), diplograph.drawnEdges()]"))

    def click_node(self, iri: str) -> None:
        """Zoom onto the node and click it with the mouse."""
        x, y = self.js("""iri => {
            const n = diplograph.network, i = diplograph.indexOf(iri), p = n.getPositions([i])[i];
            n.moveTo({position: p, scale: 2.5});
            const d = n.canvasToDOM(p), r = document.getElementById('network').getBoundingClientRect();
            return [r.left + d.x, r.top + d.y];
        }""", iri)
        self.page.mouse.click(x, y)

    def assert_offline_and_clean(self, page_file: Path) -> None:
        assert [u for u in self.requests if u != page_file.as_uri()] == []
        assert self.failed == [] and self.errors == []
        assert self.js("window.__hits") == []


def write_page(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def drawn_edges(g, keep=lambda n: True) -> int:
    """Facts between the same two nodes with the same label are drawn as one link."""
    return len({(s, o, d["label"]) for s, o, d in g.edges(data=True) if keep(s) and keep(o)})


@pytest.fixture(scope="module")
def demo_graph(tmp_path_factory):
    """The bundled example article, read by the real pipeline into a real store."""
    from diplograph.graph.ingest import ingest
    from diplograph.graph.store import open_store

    store = tmp_path_factory.mktemp("demo") / "store"
    ingest([DEMO], store=store, workers=1)
    return to_networkx(open_store(store, read_only=True))


def test_example_article_page(browser, demo_graph, tmp_path):
    g = demo_graph
    path = write_page(tmp_path, "demo.html", to_html(g, title="demo"))
    page = Opened(browser, path)
    n = g.number_of_nodes()
    assert page.counts() == (n, n, drawn_edges(g))
    legend = page.page.inner_text("#legend")
    for kind in ("state", "person", "organization", "meeting", "position", "place"):
        assert kind in legend

    # legend = type filter
    persons = {v for v, d in g.nodes(data=True) if d["type"] == "person"}
    page.page.uncheck("#type-person")
    assert page.counts() == (n - len(persons), n - len(persons), drawn_edges(g, lambda v: v not in persons))
    page.page.check("#type-person")
    assert page.counts()[0] == n

    # state, date and article filters agree with select_view
    codes = {code for states in node_states(g).values() for code in states}
    code = "BRA" if "BRA" in codes else sorted(codes)[0]
    option = page.js("c => [...document.querySelectorAll('#filter-state option')].find(o => o.text.endsWith('(' + c + ')')).value", code)
    page.page.select_option("#filter-state", option)
    assert page.counts()[0] == len(select_view(g, states=[code]))
    page.page.select_option("#filter-state", "")
    page.page.fill("#filter-since", "2025-06-01")
    assert page.counts()[0] == len(select_view(g, since="2025-06-01")) < n
    page.page.fill("#filter-since", "")
    article = page.js("diplograph.data.articles[0][0]")
    page.page.select_option("#filter-article", index=1)
    assert page.counts()[0] == len(select_view(g, articles=[article]))
    page.page.click("#reset")
    assert page.counts()[0] == n

    # clicking a node shows its facts with the evidence sentence, the article link and dates
    person = max(persons, key=lambda v: (g.degree(v), v))
    page.click_node(person)
    details = page.page.inner_text("#details")
    assert details.startswith(g.nodes[person]["text"])
    facts = [d for s, o, d in g.edges(data=True) if person in (s, o)]
    assert all(f["evidence"] in details for f in facts if f["evidence"])
    assert f"{len(facts)} facts" in details
    assert page.js("document.querySelector('#details a').href") == g.nodes[person]["url"]

    # focus on N hops
    page.page.fill("#focus-hops", "1")
    page.page.click("#focus-apply")
    assert page.counts()[0] == len(select_view(g, focus=g.nodes[person]["text"], hops=1)) < n
    page.page.click("#focus-clear")
    assert page.counts()[0] == n

    # search by name, accents and case ignored
    place = next(d["text"] for _, d in g.nodes(data=True) if d["type"] == "place")
    page.page.fill("#search", place.upper())
    page.page.press("#search", "Enter")
    assert page.page.inner_text("#details h3") == place

    # meetings by date
    page.page.click("#tab-timeline")
    rows = page.page.locator("#timeline div.meeting").all_inner_texts()
    meetings = sorted(d["date"] for _, d in g.nodes(data=True) if d["type"] == "meeting")
    assert [r.split(" · ")[0] for r in rows] == meetings

    page.assert_offline_and_clean(path)


def _bench():
    spec = importlib.util.spec_from_file_location("bench_render", BENCH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_generated_2000_node_page_draws_at_once(browser, tmp_path):
    g = _bench().make_graph(2000)
    path = write_page(tmp_path, "big.html", to_html(g))
    page = Opened(browser, path)
    assert page.counts() == (2000, 2000, drawn_edges(g))
    # Physics off and positions computed ahead: pyvis's defaults take minutes here; the
    # bound is loose because the test machine is shared.
    assert page.js("diplograph.firstDrawMs()") < 15000
    positions = {v for v, d in g.nodes(data=True) if d["type"] == "position"}
    page.page.uncheck("#type-position")
    assert page.counts() == (2000 - len(positions), 2000 - len(positions), drawn_edges(g, lambda v: v not in positions))
    meeting = sorted(v for v, d in g.nodes(data=True) if d["type"] == "meeting")[0]
    page.click_node(meeting)
    assert g.nodes[meeting]["evidence"] in page.page.inner_text("#details")
    page.assert_offline_and_clean(path)


def test_article_payloads_run_no_script(browser, store_with, tmp_path):
    ex = make_extraction(quote=" ".join(PAYLOADS), url="javascript:window.__pwned=5")
    ex = replace(ex, article=replace(ex.article, title=PAYLOADS[1] + " titre"),
                 persons=(replace(ex.persons[0], name=PAYLOADS[0] + "Anna Berg"), *ex.persons[1:]))
    g = to_networkx(store_with(ex))
    path = write_page(tmp_path, "xss.html", to_html(g, title=PAYLOADS[2]))
    page = Opened(browser, path)
    assert page.counts()[0] == g.number_of_nodes()
    statement = next(v for v, d in g.nodes(data=True) if d["type"] == "position")
    page.click_node(statement)  # hover tooltip, then details
    assert page.page.is_visible("#tooltip")
    assert " ".join(PAYLOADS) in page.page.inner_text("#details")  # shown as text
    page.page.fill("#search", "anna")
    assert PAYLOADS[0] in page.page.inner_text("#search-results")
    page.page.press("#search", "Enter")
    assert page.page.inner_text("#details h3") == PAYLOADS[0] + "Anna Berg"
    assert PAYLOADS[1] in page.js("document.querySelector('#filter-article').options[1].text")
    page.page.click("#tab-timeline")
    assert page.page.inner_text("h1") == PAYLOADS[2]
    assert page.js("document.querySelectorAll('img, svg, a[href^=\"javascript\" i], #details script').length") == 0
    page.assert_offline_and_clean(path)


def test_notebook_frame_shows_the_same_view(browser, store_with, tmp_path):
    g = to_networkx(store_with(make_extraction(quote=PAYLOADS[0])))
    host = write_page(tmp_path, "notebook.html", "<!DOCTYPE html><html><body><h1>cell output</h1>"
                      f"{to_notebook(g)._repr_html_()}</body></html>")
    page = browser.new_page()
    page.add_init_script(TRAP)
    requests = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(host.as_uri())
    page.wait_for_function("() => document.querySelector('iframe') !== null")
    frame = page.frames[1]
    frame.wait_for_function(READY, timeout=30000)
    assert frame.evaluate("[diplograph.drawnNodes(), diplograph.drawnEdges()]") == [g.number_of_nodes(), drawn_edges(g)]
    assert frame.evaluate("window.__hits") == [] and page.evaluate("window.__hits") == []
    assert [u for u in requests if not u.startswith(("about:", host.as_uri()))] == []
    page.close()
