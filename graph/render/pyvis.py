"""The graph as a ``pyvis.network.Network``, for notebook users who customise pyvis themselves.

The fast page of :mod:`diplograph.graph.render` stays the default; this is the same view in
pyvis's own objects: nodes at the page's positions (:func:`~diplograph.graph.render.layout`),
physics off, the page's colours and shapes, one edge per fact kind between two nodes.

Three things in pyvis 0.3.2 are set right on the returned network, and stay right whatever the
caller changes afterwards through pyvis's API:

- offline: vis-network is inlined (``cdn_resources="in_line"``) and the Bootstrap ``<link>`` and
  ``<script>`` that pyvis's template loads from a CDN in every mode are left out;
- text stays text: the template is rendered with Jinja's autoescape, so the heading and the
  select menu are escaped; data goes in as JSON (``tojson``); tooltips are strings, which
  vis-network shows with ``innerText``. pyvis switches to an ``innerHTML`` tooltip as soon as one
  title contains "href" (an article could say so); that switch is turned off;
- no file appears in the working directory (``in_line`` writes only the file asked for).
"""
from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import networkx as nx

from diplograph.graph.errors import GraphError
from diplograph.graph.render.network import NODE_TYPES, trim_view
from diplograph.graph.render.page import MAX_NODES, STYLE, layout

__all__ = ["to_pyvis"]

#: The name of the patched template in the network's Jinja environment.
TEMPLATE = "diplograph-pyvis.html"
#: (pattern, replacement, times it must match) applied to pyvis's template.html.
_PATCHES = [
    # Bootstrap from jsdelivr, loaded whatever cdn_resources says (pyvis#229); the page does not use it.
    (r'<link\s+href="https://cdn\.jsdelivr\.net/npm/bootstrap@[^"]*"[^>]*>', "", 1),
    (r'<script\s+src="https://cdn\.jsdelivr\.net/npm/bootstrap@[^"]*"[^>]*>\s*</script>', "", 1),
    # The tooltip pyvis writes with innerHTML when a title contains "href".
    (r"\{%\s*if tooltip_link\s*%\}", "{% if false %}", 2),
    # The heading is written twice; the copy at the start of a line is the one inside <head>.
    (r"\n<center>\n<h1>\{\{heading\}\}</h1>\n</center>", "\n", 1),
]


def _template_source(pyvis_dir: Path) -> str:
    text = (pyvis_dir / "templates" / "template.html").read_text(encoding="utf-8")
    for pattern, replacement, times in _PATCHES:
        text, n = re.subn(pattern, replacement, text)
        if n != times:
            raise GraphError(f"pyvis's template.html is not the one diplograph knows (pattern {pattern!r} "
                             f"found {n} time(s)): install pyvis 0.3.2")
    return text  # CDN URLs remain in the "local" and "remote" branches, which an in_line network never renders


def _environment(pyvis_dir: Path):
    from jinja2 import ChoiceLoader, DictLoader, Environment, FileSystemLoader

    loader = ChoiceLoader([DictLoader({TEMPLATE: _template_source(pyvis_dir)}),
                           FileSystemLoader(str(pyvis_dir / "templates"))])  # the inlined lib/… files
    return Environment(loader=loader, autoescape=True)


def _node_title(d: dict, kind: str) -> str:
    lines = [d.get("text") or d.get("label") or "", " · ".join(x for x in (kind, d.get("code"), d.get("date")) if x)]
    if d.get("evidence"):
        lines.append(f"“{d['evidence']}”")
    if d.get("article_title") or d.get("article"):
        lines.append(f"article: {d.get('article_title') or d.get('article')}")
    return "\n".join(x for x in lines if x)


def to_pyvis(g: nx.MultiDiGraph, *, max_nodes: int = MAX_NODES, heading: str = "", height: str = "750px",
             width: str = "100%"):
    """A pyvis network of ``g``, laid out as the fast page lays it out, offline and escaped.

    Args:
        g: a graph from :func:`diplograph.graph.render.network.to_networkx` (or a view of one).
        max_nodes: above this many nodes, keep the most linked ones (as the page does); what was
            left out is said in the heading.
        heading: a heading above the graph (shown as text).
        height, width: CSS sizes of the drawing.

    Returns:
        A ``pyvis.network.Network``: node ids are the IRIs, with ``x``/``y`` fixed and physics
        off; customise it with pyvis's API, then ``net.write_html(path)`` or ``net.generate_html()``.
    """
    from pyvis.network import Network

    spec = importlib.util.find_spec("pyvis")
    view, left_out = trim_view(g, max_nodes)
    positions = layout(view)
    net = Network(height=height, width=width, directed=True, cdn_resources="in_line",
                  heading=" — ".join(x for x in (heading, left_out) if x))
    net.templateEnv = _environment(Path(spec.submodule_search_locations[0]))
    net.path = TEMPLATE
    net.template = net.templateEnv.get_template(TEMPLATE)  # what show(…, notebook=True) renders
    order = sorted(view, key=lambda n: (NODE_TYPES.index(view.nodes[n]["type"]) if view.nodes[n].get("type")
                                        in NODE_TYPES else len(NODE_TYPES), n))
    for n in order:
        d = view.nodes[n]
        kind = d.get("type") if d.get("type") in NODE_TYPES else "place"
        colour, shape, _ = STYLE[kind]
        x, y = positions[n]
        net.add_node(n, label=d.get("label") or d.get("text") or n, title=_node_title(d, kind), shape=shape,
                     color=colour, x=x, y=y, physics=False, type=kind, size=10 + min(view.degree(n), 20) / 2)
    merged: dict[tuple[str, str, str], list[dict]] = {}
    for s, o, d in sorted(view.edges(data=True), key=lambda e: (e[0], e[1], e[2].get("label", ""))):
        merged.setdefault((s, o, d.get("label", "")), []).append(d)
    for (s, o, label), facts in merged.items():
        sentences = sorted({f["evidence"] for f in facts if f.get("evidence")})
        title = "\n".join([f"{label} ({len(facts)} fact{'s' if len(facts) > 1 else ''})",
                           *(f"“{x}”" for x in sentences[:5])])
        net.add_edge(s, o, label=label, title=title, arrows="to")
    net.toggle_physics(False)
    net.options.edges.smooth.enabled = False  # straight lines: drawn at once, as on the page
    return net
