"""Benchmark (not a test): how fast the page draws in headless Chromium, against pyvis with its
defaults on the same graph, measured in the same run and reported as a ratio.

    python tests/benchmarks/bench_render.py [--sizes 500 2000 10000] [--pyvis-timeout 120]

For each size, a synthetic graph shaped like ``to_networkx``'s output (invented names) is drawn:
- ours: ``to_html`` (Python time, layout included), then in Chromium the time from navigation
  to the first frame drawn, and the time of one zoom redraw (responsiveness);
- pyvis: ``Network(directed=True)`` with its default physics, the same nodes, edges, labels and
  titles, vis-network inlined (``cdn_resources="in_line"``, external requests aborted so that
  its Bootstrap links cannot stall it); the time to the first frame (vis-network draws after
  stabilising) and to the end of the simulation, cut at ``--pyvis-timeout`` seconds.

``make_graph`` is also used by tests/graph/test_browser.py.
"""
from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

import networkx as nx

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run"]
FIRST = ["Alma", "Bruno", "Chloé", "Dario", "Edith", "Farid", "Greta", "Hugo", "Inès", "Jonas", "Kofi", "Lena"]
LAST = ["Aubert", "Costa", "Diallo", "Eriksen", "Ferreira", "Haddad", "Jensen", "Kato", "Lopes", "Mensah", "Novak"]


def make_graph(n: int, seed: int = 7) -> nx.MultiDiGraph:
    """A graph with exactly ``n`` nodes shaped like ``to_networkx``'s: every type, one article per
    fact, dates over 2024-2025, states as hubs. Names and sentences are invented."""
    rnd = random.Random(seed)
    g = nx.MultiDiGraph()
    arts = [(f"art-{i:05d}", f"Dépêche n° {i}", f"https://news.example.org/{i}", f"2025-{1 + i % 12:02d}-{1 + i % 28:02d}")
            for i in range(max(1, n // 25))]

    def fact(date: str = "") -> dict:
        aid, title, url, published = rnd.choice(arts)
        return dict(evidence=f"Phrase d'exemple {rnd.randrange(10**6)} tirée de « {title} ».", article=aid, url=url,
                    article_title=title, published=published, date=date)

    def add(key: str, kind: str, label: str, date: str = "", code: str = "") -> None:
        f = fact(date)
        g.add_node(key, type=kind, label=label, text=label, code=code, articles=f["article"], **f)

    def day() -> str:
        return f"202{rnd.randrange(4, 6)}-{rnd.randrange(1, 13):02d}-{rnd.randrange(1, 29):02d}"

    states = [f"https://w3id.org/dipl/id/state/S{i:03d}" for i in range(max(4, min(190, n // 12)))]
    for i, s in enumerate(states):
        add(s, "state", f"État {i}", code=f"S{i:03d}")
    rest = n - len(states)
    counts = {"place": rest // 12, "organization": rest // 8, "person": rest * 3 // 10, "meeting": rest // 6}
    counts["position"] = rest - sum(counts.values())
    ids = {t: [f"https://w3id.org/dipl/id/{t}/{i}" for i in range(c)] for t, c in counts.items()}
    for i, p in enumerate(ids["place"]):
        add(p, "place", f"Ville {i}")
        g.add_edge(p, rnd.choice(states), label="in", **fact())
    for i, o in enumerate(ids["organization"]):
        add(o, "organization", f"ministère {i}")
        g.add_edge(o, rnd.choice(states), label="belongs to", **fact())
    for i, p in enumerate(ids["person"]):
        add(p, "person", f"{rnd.choice(FIRST)} {rnd.choice(LAST)} {i}")
        d = day()
        g.add_edge(p, rnd.choice(states), label="acts for", title="ministre", **fact(d))
        if ids["organization"] and rnd.random() < 0.7:
            g.add_edge(p, rnd.choice(ids["organization"]), label="holds post", title="ministre", **fact(d))
    for i, m in enumerate(ids["meeting"]):
        d = day()
        add(m, "meeting", f"rencontre {d} #{i}", date=d)
        for s in rnd.sample(states, 2):
            g.add_edge(s, m, label="attended", **fact(d))
        for p in rnd.sample(ids["person"], min(len(ids["person"]), rnd.randrange(1, 4))):
            g.add_edge(p, m, label="attended", **fact(d))
        if ids["place"]:
            g.add_edge(m, rnd.choice(ids["place"]), label="hosted at", **fact(d))
    for i, q in enumerate(ids["position"]):
        d = day()
        add(q, "position", f"« Déclaration numéro {i} sur la coopération »", date=d)
        if ids["person"]:
            g.add_edge(rnd.choice(ids["person"]), q, label="said", **fact(d))
        if ids["meeting"] and rnd.random() < 0.5:
            g.add_edge(q, rnd.choice(ids["meeting"]), label="about", **fact(d))
    return g


def pyvis_page(g: nx.MultiDiGraph) -> str:
    """pyvis with its defaults (physics on, no positions), vis-network inlined so that it can load."""
    from pyvis.network import Network

    net = Network(directed=True, cdn_resources="in_line")
    for node, d in g.nodes(data=True):
        net.add_node(node, label=d["label"], title=d["text"])
    for s, o, d in g.edges(data=True):
        net.add_edge(s, o, label=d["label"])
    return net.generate_html()


# pyvis's first frame is its first stroke on a canvas (a listener attached after its script
# could miss it): the start of the frame, which favours pyvis; ours is timed to the end of its
# first frame (``firstDrawMs``). "stabilized" is vis-network's event at the end of the physics.
WATCH = """
window.__bench = {first: null, stable: null};
(function () {
  var proto = CanvasRenderingContext2D.prototype, stroke = proto.stroke;
  proto.stroke = function () {
    if (window.__bench.first === null) window.__bench.first = performance.now();
    return stroke.apply(this, arguments);
  };
})();
(function poll() {
  // pyvis's global "network"; ours would be the <div id="network"> (named access), hence .once
  var n = window.network;
  if (!n || !n.once) { setTimeout(poll, 2); return; }
  n.once("stabilized", function () { window.__bench.stable = performance.now(); });
})();
"""
ZOOM = """() => new Promise(function (done) {
  var n = window.diplograph.network, t = performance.now();
  n.once("afterDrawing", function () { done(performance.now() - t); });
  n.moveTo({scale: n.getScale() * 1.5});
})"""


def draw(playwright, path: Path, ours: bool, timeout_s: float) -> dict:
    # A browser of its own: pages of one site share a renderer process, and pyvis's page keeps
    # its main thread busy long after it is closed.
    browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    page.route("http*://**", lambda route: route.abort())
    page.add_init_script(WATCH)
    result = {}
    # "commit", not "load": pyvis's page may block its main thread for minutes before "load".
    page.goto(path.as_uri(), wait_until="commit", timeout=timeout_s * 1000)
    try:
        if ours:
            page.wait_for_function("() => window.diplograph && window.diplograph.firstDrawMs() !== null",
                                   timeout=timeout_s * 1000)
            result["first_ms"] = page.evaluate("diplograph.firstDrawMs()")  # the end of the first frame
            result["zoom_ms"] = page.evaluate(ZOOM)
            result["drawn"] = page.evaluate("diplograph.drawnNodes()")
        else:
            page.wait_for_function("() => window.__bench.first !== null", timeout=timeout_s * 1000, polling=100)
            result["first_ms"] = page.evaluate("window.__bench.first")
            try:
                left = max(1.0, timeout_s - result["first_ms"] / 1000)
                page.wait_for_function("() => window.__bench.stable !== null", timeout=left * 1000, polling=200)
                result["stable_ms"] = page.evaluate("window.__bench.stable")
            except Exception:  # playwright's TimeoutError: the simulation is still running
                result["stable_ms"] = None
    except Exception:  # playwright's TimeoutError: nothing drawn yet
        result.setdefault("first_ms", None)
    browser.close()
    return result


def main() -> None:
    from playwright.sync_api import sync_playwright

    from diplograph.graph.render import to_html

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[500, 2000, 10000])
    parser.add_argument("--pyvis-timeout", type=float, default=120.0)
    args = parser.parse_args()
    cut = args.pyvis_timeout

    def secs(ms: float | None, pyvis: bool = True) -> str:
        if ms is None:
            return f"> {cut:.0f} s" if pyvis else "failed"
        return f"{ms / 1000:.2f} s"

    print("| nodes | edges | to_html (Python) | page | ours: first draw | ours: zoom redraw "
          "| pyvis defaults: first draw | pyvis: physics settled | first-draw ratio pyvis/ours |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- |", flush=True)
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        for n in args.sizes:
            g = make_graph(n)
            start = time.perf_counter()
            page = to_html(g, max_nodes=n)
            build = time.perf_counter() - start
            ours_file, theirs_file = Path(tmp) / f"ours-{n}.html", Path(tmp) / f"pyvis-{n}.html"
            ours_file.write_text(page, encoding="utf-8")
            theirs_file.write_text(pyvis_page(g), encoding="utf-8")
            ours = draw(p, ours_file, True, 60)
            theirs = draw(p, theirs_file, False, cut)
            if theirs.get("first_ms") and ours.get("first_ms"):
                ratio = f"{theirs['first_ms'] / ours['first_ms']:.0f}×"
            else:
                ratio = f"> {cut * 1000 / ours['first_ms']:.0f}×" if ours.get("first_ms") else "n/a"
            print(f"| {n} | {g.number_of_edges()} | {build:.2f} s | {len(page) / 1e6:.1f} MB "
                  f"| {secs(ours.get('first_ms'), pyvis=False)} | {ours.get('zoom_ms', 0):.0f} ms | {secs(theirs.get('first_ms'))} "
                  f"| {secs(theirs.get('stable_ms'))} | {ratio} |", flush=True)


if __name__ == "__main__":
    main()
