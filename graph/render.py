"""An interactive page of the graph that works offline.

pyvis's own ``write_html``/``show`` copy a ``lib/`` folder into the working directory and its
template loads Bootstrap and vis-network from CDNs, so the page is blank offline. Here the page
is built with ``generate_html()``, the vis-network script and style shipped inside pyvis are
inlined, and every external ``<script src>``/``<link href>`` is removed. pyvis renders node
titles as HTML: every text from an article is escaped before it gets there.
"""
from __future__ import annotations

import html
import re
from importlib.resources import files

import networkx as nx

__all__ = ["STYLE", "to_html"]

#: Colour and shape per node type (the legend is built from this table).
STYLE = {
    "state": ("#1f77b4", "diamond"),
    "person": ("#ff7f0e", "dot"),
    "organization": ("#2ca02c", "square"),
    "meeting": ("#d62728", "star"),
    "position": ("#9467bd", "box"),
    "place": ("#8c564b", "triangle"),
}


def _vis_assets() -> tuple[str, str]:
    lib = files("pyvis") / "templates" / "lib" / "vis-9.1.2"
    return (lib / "vis-network.min.js").read_text(encoding="utf-8"), (lib / "vis-network.css").read_text(encoding="utf-8")


def _tooltip(data: dict) -> str:
    parts = [f"<b>{html.escape(data.get('type', ''))}</b>: {html.escape(data.get('text') or data.get('label') or '')}"]
    if data.get("date"):
        parts.append(f"date: {html.escape(str(data['date']))}")
    if data.get("evidence"):
        parts.append(f"« {html.escape(data['evidence'])} »")
    if data.get("article"):
        parts.append(f"article: {html.escape(data['article'])}")
    return "<br>".join(parts)


def _legend() -> str:
    items = "".join(f'<span style="margin-right:1em"><span style="color:{c}">●</span> {t} ({s})</span>'
                    for t, (c, s) in STYLE.items())
    return f'<div id="legend" style="font:13px sans-serif;padding:6px">{items}</div>'


def to_html(g: nx.MultiDiGraph, *, title: str = "diplograph", height: str = "800px") -> str:
    """An offline HTML page of ``g`` (positions precomputed, physics off so big graphs draw at once)."""
    from pyvis.network import Network

    net = Network(height=height, width="100%", directed=True, cdn_resources="remote", notebook=False)
    positions = nx.spring_layout(nx.Graph(g), seed=7, scale=1000) if len(g) else {}
    for node, data in g.nodes(data=True):
        colour, shape = STYLE.get(data.get("type", ""), ("#7f7f7f", "dot"))
        x, y = positions.get(node, (0.0, 0.0))
        net.add_node(node, label=html.escape(data.get("label") or ""), title=_tooltip(data), color=colour,
                     shape=shape, x=float(x), y=float(y), group=data.get("type", ""))
    for s, o, data in g.edges(data=True):
        net.add_edge(s, o, title=html.escape(data.get("label", "")), label=html.escape(data.get("label", "")))
    net.toggle_physics(False)
    page = net.generate_html()
    js, css = _vis_assets()
    # Drop every external resource, then inline vis-network.
    page = re.sub(r"<script[^>]+src=\"https?://[^\"]*\"[^>]*>\s*</script>", "", page)
    page = re.sub(r"<link[^>]+href=\"https?://[^\"]*\"[^>]*/?>", "", page)
    page = page.replace("</head>", f"<style>{css}</style>\n<script>{js}</script>\n</head>", 1)
    page = page.replace("<body>", f"<body>\n<h1 style=\"font:18px sans-serif\">{html.escape(title)}</h1>\n{_legend()}", 1)
    return page
