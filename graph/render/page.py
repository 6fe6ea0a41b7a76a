"""An interactive page of the graph that works offline, in a browser or inline in Jupyter.

pyvis out of the box fails readers: its ``remote``/``local`` modes load vis-network from a CDN
(blank page offline), ``in_line`` still loads Bootstrap from one, it renders node titles,
headings and menus as HTML (a quote holding ``<img onerror=…>`` runs script), and with physics
on a 500-node graph takes tens of seconds to settle. So the page is our own small template
(``graph/page/``) around the vis-network script that pyvis ships, inlined:

- the graph is data, a JSON document in ``<script type="application/json">`` with ``<``, ``>``
  and ``&`` written as ``\\u003c``… so no text can close the tag; the page puts every text into
  the DOM with ``textContent`` and makes links of http(s) URLs only;
- a Content-Security-Policy allows only the page's two scripts (by hash) and no request at all,
  so even a missed escape could neither run script nor reach the network;
- positions are computed here (a force layout with grid-approximated repulsion, numpy) and
  physics is off, so the browser draws at once;
- above ``max_nodes`` the page keeps the most linked nodes and says what it left out.
"""
from __future__ import annotations

import base64
import hashlib
import html
import importlib.util
import json
import re
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from urllib.parse import urlsplit

import networkx as nx
import numpy as np

from diplograph.graph.errors import GraphError
from diplograph.graph.render.network import NODE_TYPES, node_dates, node_states, select_view, to_networkx, trim_view

__all__ = ["STYLE", "MAX_NODES", "layout", "to_html", "to_notebook", "InlinePage", "RenderedPage", "render_store"]

#: Colour, vis-network shape and legend glyph per node type, in legend order.
STYLE = {
    "state": ("#1f77b4", "diamond", "◆"),
    "person": ("#ff7f0e", "dot", "●"),
    "organization": ("#2ca02c", "square", "■"),
    "meeting": ("#d62728", "star", "★"),
    "position": ("#9467bd", "hexagon", "⬢"),
    "place": ("#8c564b", "triangle", "▲"),
}
#: Default limit of nodes on one page: 10,000 still draw in a few seconds, but cannot be read.
MAX_NODES = 5000
#: Distance in pixels between linked nodes, roughly.
SPACING = 90.0
#: Connected parts up to this size are laid out by networkx's exact (n²) spring layout.
SMALL = 300


# ---------------------------------------------------------------- layout

def _scatter(index: np.ndarray, values: np.ndarray, n: int) -> np.ndarray:
    """Sum the rows of ``values`` into ``n`` rows by ``index`` (what np.add.at does, in a fraction of its time)."""
    return np.stack([np.bincount(index, values[:, 0], n), np.bincount(index, values[:, 1], n)], 1)


def _force_layout(n: int, edges: np.ndarray, iterations: int = 80, seed: int = 7) -> np.ndarray:
    """Fruchterman-Reingold positions (ideal edge length 1) in O(n) per step.

    networkx's spring_layout computes all n² repulsions: 8 s for 2,000 nodes and minutes for
    10,000. Here repulsion is exact only between close nodes (a KD-tree) and comes from the
    centres of mass of a coarse grid further away, a cheap Barnes-Hut: 0.4 s for 2,000 nodes.
    """
    from scipy.spatial import cKDTree

    if n == 1:
        return np.zeros((1, 2))
    rng = np.random.default_rng(seed)
    side = float(np.sqrt(n))
    pos = rng.uniform(-side / 2, side / 2, size=(n, 2))
    src, dst = (edges[:, 0], edges[:, 1]) if len(edges) else (np.zeros(0, int), np.zeros(0, int))
    cells = int(np.clip(np.sqrt(n) / 8, 3, 10))
    temp = side / 5
    for _ in range(iterations):
        disp = np.zeros_like(pos)
        lo, hi = pos.min(0), pos.max(0)
        cell = np.minimum(((pos - lo) / np.maximum(hi - lo, 1e-9) * cells).astype(int), cells - 1)
        cid = cell[:, 0] * cells + cell[:, 1]
        mass = np.bincount(cid, minlength=cells * cells)
        full = mass > 0
        com = _scatter(cid, pos, cells * cells)[full] / mass[full, None]
        d2 = (pos * pos).sum(1)[:, None] + (com * com).sum(1)[None, :] - 2.0 * pos @ com.T
        # Softened by the cell size: a cell acts as a spread cloud, not a point that digs a hole.
        soft = float(((hi - lo) / cells).mean()) ** 2
        w = mass[full][None, :] / (np.maximum(d2, 0.0) + soft)
        disp += pos * w.sum(1)[:, None] - w @ com
        pairs = cKDTree(pos).query_pairs(1.0, output_type="ndarray")
        if len(pairs):
            d = pos[pairs[:, 0]] - pos[pairs[:, 1]]
            f = d / np.maximum((d * d).sum(1), 1e-4)[:, None]
            disp += _scatter(pairs[:, 0], f, n) - _scatter(pairs[:, 1], f, n)
        if len(src):
            d = pos[src] - pos[dst]
            f = d * np.sqrt((d * d).sum(1))[:, None]
            disp += _scatter(dst, f, n) - _scatter(src, f, n)
        length = np.maximum(np.sqrt((disp * disp).sum(1)), 1e-9)
        pos += disp / length[:, None] * np.minimum(length, temp)[:, None]
        temp = max(temp * 0.95, 0.01)
    return pos - pos.mean(0)


def layout(g: nx.MultiDiGraph) -> dict[str, tuple[float, float]]:
    """Positions in pixels for every node: each connected part laid out alone, parts packed in rows.

    Deterministic (fixed seeds, nodes in sorted order), so the same graph always looks the same.
    """
    u = nx.Graph()
    u.add_nodes_from(sorted(g))
    u.add_edges_from((s, o) for s, o in g.edges() if s != o)
    parts = sorted((sorted(c) for c in nx.connected_components(u)), key=lambda c: (-len(c), c[0]))
    boxes = []
    for part in parts:
        index = {v: i for i, v in enumerate(part)}
        edges = np.array([(index[a], index[b]) for a, b in u.subgraph(part).edges()], dtype=int).reshape(-1, 2)
        if 2 < len(part) <= SMALL:
            # Exact Fruchterman-Reingold (networkx) looks better and is fast enough on small parts.
            sub = u.subgraph(part)
            placed = nx.spring_layout(sub, seed=7, iterations=200)
            pos = np.array([placed[v] for v in part])
            d = pos[edges[:, 0]] - pos[edges[:, 1]]
            pos = pos / max(float(np.median(np.sqrt((d * d).sum(1)))), 1e-6) * SPACING * 1.5
        else:
            pos = _force_layout(len(part), edges) * SPACING
        boxes.append((part, pos, pos.max(0) - pos.min(0) + SPACING))
    # Shelf packing: rows as wide as the biggest part or the square root of the total area.
    width = max([b[2][0] for b in boxes] + [float(np.sqrt(sum(b[2][0] * b[2][1] for b in boxes)))])
    result, x, y, row = {}, 0.0, 0.0, 0.0
    for part, pos, size in boxes:
        if x > 0 and x + size[0] > width:
            x, y, row = 0.0, y + row, 0.0
        origin = np.array([x, y]) - pos.min(0) + SPACING / 2
        for v, p in zip(part, pos + origin):
            result[v] = (round(float(p[0]), 1), round(float(p[1]), 1))
        x, row = x + size[0], max(row, size[1])
    return result


# ---------------------------------------------------------------- page

def _asset(name: str) -> str:
    return (files("diplograph.graph") / "page" / name).read_text(encoding="utf-8")


def _vis_script() -> str:
    # Located, not imported: importing pyvis imports IPython (a second of start-up for nothing).
    spec = importlib.util.find_spec("pyvis")
    if spec is None or not spec.submodule_search_locations:
        raise GraphError("pyvis is not installed: the page needs the vis-network script it ships")
    lib = Path(spec.submodule_search_locations[0]) / "templates" / "lib" / "vis-9.1.2" / "vis-network.min.js"
    js = lib.read_text(encoding="utf-8")
    if "</script" in js.lower():  # inlined as is, so it must not be able to close its own tag
        raise GraphError("the vis-network script shipped with pyvis cannot be inlined (it contains '</script')")
    return js


def _safe_url(url: str) -> str:
    """The URL when it is http(s), else "" (a ``javascript:`` URL must never become a link)."""
    url = (url or "").strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return ""
    if parts.scheme.lower() in ("http", "https") and parts.netloc and not re.search(r"[\s\x00-\x1f\x7f]", url):
        return url
    return ""


def _short(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def _page_data(g: nx.MultiDiGraph, *, title: str, notice: str) -> dict:
    """The graph as the compact arrays page.js reads (field order documented there)."""
    order = sorted(g, key=lambda n: (NODE_TYPES.index(g.nodes[n].get("type")) if g.nodes[n].get("type") in NODE_TYPES
                                     else len(NODE_TYPES), n))
    index = {n: i for i, n in enumerate(order)}
    positions = layout(g)
    states_of, spans_of = node_states(g), node_dates(g)
    tables: dict[str, dict] = {"articles": {}, "states": {}, "sentences": {}}

    def ref(table: str, key, value=None) -> int:
        if not key:
            return -1
        entries = tables[table]
        if key not in entries:
            entries[key] = (len(entries), value if value is not None else key)
        return entries[key][0]

    def article(data: dict, aid: str) -> int:
        meta = [aid, data.get("article_title", ""), _safe_url(data.get("url", "")), data.get("published", "")]
        i = ref("articles", aid, meta)
        if i >= 0 and not tables["articles"][aid][1][1] and meta[1]:
            tables["articles"][aid] = (i, meta)  # a later record knows the title
        return i

    state_names = {d.get("code") or n.rsplit("/", 1)[-1]: d.get("label", "") for n, d in g.nodes(data=True)
                   if d.get("type") == "state"}
    nodes = []
    for n in order:
        d = g.nodes[n]
        kind = d.get("type") if d.get("type") in NODE_TYPES else "place"
        text = d.get("text") or d.get("label") or ""
        label = _short(d.get("label") or text, 40 if kind == "position" else 60)
        x, y = positions[n]
        own_article = article(d, d.get("article", ""))
        all_articles = sorted({article({}, a) for a in (d.get("articles") or d.get("article") or "").split("\n") if a})
        nodes.append([n, label, text, NODE_TYPES.index(kind), x, y, g.degree(n), d.get("date", ""), d.get("code", ""),
                      ref("sentences", d.get("evidence", "")), own_article, all_articles,
                      sorted(ref("states", c, [c, state_names.get(c, c)]) for c in states_of[n]),
                      [list(s) for s in spans_of[n]], _spellings(d, article)])
    merged: dict[tuple, list[int]] = {}
    facts = []
    for s, o, d in sorted(g.edges(data=True), key=lambda e: (index[e[0]], index[e[1]], e[2].get("label", ""),
                                                             e[2].get("article", ""))):
        facts.append([article(d, d.get("article", "")), ref("sentences", d.get("evidence", "")), d.get("date", ""),
                      d.get("title", ""), index[s], index[o], d.get("label", "")])
        merged.setdefault((index[s], index[o], d.get("label", "")), []).append(len(facts) - 1)
    edges = [[s, o, label, ids] for (s, o, label), ids in merged.items()]

    def table(name: str) -> list:
        return [v for _, v in sorted(tables[name].values(), key=lambda iv: iv[0])]

    return {"title": title, "notice": notice, "types": [[t, *STYLE[t]] for t in NODE_TYPES],
            "articles": table("articles"), "states": table("states"), "sentences": table("sentences"),
            "nodes": nodes, "edges": edges, "facts": facts}


def _spellings(d: dict, article) -> list[list]:
    """``[[article, spelling], …]`` of a person node that :func:`diplograph.graph.render.spellings.annotate`
    gave each article's spelling; empty otherwise (and for a name every article writes alike)."""
    pairs = [line.split("=", 1) for line in (d.get("spellings") or "").split("\n") if "=" in line]
    if len({s for _, s in pairs}) < 2:
        return []
    return [[article({}, aid), spelling] for aid, spelling in pairs]


def _json_for_script(data: dict) -> str:
    """JSON that cannot end the ``<script>`` element holding it, whatever the article text says."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _sha256(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode() + "'"


def to_html(g: nx.MultiDiGraph, *, title: str = "diplograph", max_nodes: int = MAX_NODES, notice: str = "") -> str:
    """A self-contained HTML page of ``g``: no request leaves it, no article text runs as code.

    Args:
        g: a graph from :func:`diplograph.graph.render.network.to_networkx` (or a view of one).
        title: the page heading.
        max_nodes: above this many nodes, the page keeps the most linked ones and says what it
            left out (see :func:`diplograph.graph.render.network.trim_view`).
        notice: a note shown above the graph (the ``render`` command passes what it left out).

    Returns:
        The page, about 0.5 MB plus the data; the caller writes it.
    """
    view, left_out = trim_view(g, max_nodes)
    vis, app = _vis_script(), _asset("page.js")
    # Scripts are allowed by hash only: an injected <script> or onerror= attribute would be refused.
    csp = (f"default-src 'none'; script-src {_sha256(vis)} {_sha256(app)}; style-src 'unsafe-inline'; "
           "img-src data:; base-uri 'none'; form-action 'none'")
    parts = {
        "CSP": csp,
        "TITLE": html.escape(title),
        "STYLE": _asset("page.css"),
        "DATA": _json_for_script(_page_data(view, title=title, notice=" ".join(x for x in (notice, left_out) if x))),
        "VIS": vis,
        "APP": app,
    }
    # One pass, so that a marker inside inserted text is never replaced again.
    return re.sub(r"@(CSP|TITLE|STYLE|DATA|VIS|APP)@", lambda m: parts[m.group(1)], _asset("page.html"))


class InlinePage:
    """The page for Jupyter: shown in a sandboxed iframe, so its scripts and styles stay inside it."""

    def __init__(self, page: str, height: int = 700):
        #: The full HTML page.
        self.page = page
        #: Height of the frame in pixels.
        self.height = height

    def _repr_html_(self) -> str:
        # srcdoc keeps the page offline and self-contained; "allow-scripts" without
        # "allow-same-origin" gives it an opaque origin, so it cannot touch the notebook.
        return (f'<iframe srcdoc="{html.escape(self.page, quote=True)}" sandbox="allow-scripts allow-popups" '
                f'style="width:100%;height:{int(self.height)}px;border:1px solid #ddd"></iframe>')


def to_notebook(g: nx.MultiDiGraph, *, height: int = 700, **options) -> InlinePage:
    """The same page, displayed inline when it is the last value of a Jupyter cell.

    Args:
        g: the graph.
        height: frame height in pixels.
        **options: passed to :func:`to_html`.
    """
    return InlinePage(to_html(g, **options), height=height)


@dataclass(frozen=True, slots=True)
class RenderedPage:
    """What :func:`render_store` wrote."""

    #: The HTML file.
    path: Path
    #: Nodes and edges on the page.
    nodes: int
    edges: int
    #: Nodes of the whole graph, before the view was selected and trimmed.
    total_nodes: int
    #: What the page left out to stay under ``max_nodes`` ("" when nothing).
    left_out: str


def render_store(store, output: Path, *, focus: str | None = None, hops: int = 2, types=(), states=(),
                 since: str | None = None, until: str | None = None, articles=(), max_nodes: int = MAX_NODES,
                 title: str = "diplograph") -> RenderedPage:
    """Write the page of a store (or of a view of it) to ``output``: what ``diplograph render`` does.

    Args:
        store: a store folder opened with :func:`diplograph.graph.store.open_store`, or an endpoint.
        output: the HTML file to write.
        focus, hops, types, states, since, until, articles: the view, as
            :func:`diplograph.graph.render.network.select_view` takes them.
        max_nodes: most nodes on the page; beyond, the most linked are kept.
        title: the page heading.

    Returns:
        The file written and the counts shown on the page.
    """
    from diplograph.graph.render.spellings import annotate

    g = to_networkx(store)
    annotate(g, store)  # persons: the canonical name, and each article's spelling in the details
    view = select_view(g, types=types, states=states, since=since, until=until, articles=articles,
                       focus=focus, hops=hops)
    view, left_out = trim_view(view, max_nodes)
    output = Path(output)
    output.write_text(to_html(view, title=title, max_nodes=max_nodes, notice=left_out), encoding="utf-8")
    return RenderedPage(output, view.number_of_nodes(), view.number_of_edges(), g.number_of_nodes(), left_out)
