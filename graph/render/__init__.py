"""Pictures of the graph: the NetworkX projection, the offline HTML page, and pyvis for notebooks.

Modules: :mod:`.network` (the store as a ``networkx.MultiDiGraph``, views by type, state, date,
article or focus; GraphML/GEXF), :mod:`.spellings` (canonical names and each article's spelling
of a person), :mod:`.page` (the self-contained page and :func:`render_store`, what
``diplograph render`` writes) and :mod:`.pyvis` (the same view as a ``pyvis.network.Network``;
imported on demand, since it loads pyvis and Jinja). The page's functions are importable from here
(``from diplograph.graph.render import to_html, to_notebook``).
"""
from diplograph.graph.render.page import (
    MAX_NODES,
    STYLE,
    InlinePage,
    RenderedPage,
    layout,
    render_store,
    to_html,
    to_notebook,
)

__all__ = ["STYLE", "MAX_NODES", "layout", "to_html", "to_notebook", "InlinePage", "RenderedPage", "render_store"]
