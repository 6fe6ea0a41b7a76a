"""The store as a NetworkX graph: officials, states, organisations, meetings, positions, places.

Nodes carry a ``type``, a ``label``, the full ``text``, their own ``evidence`` sentence and the
article it comes from (``article``, ``url``, ``article_title``, ``published``), a ``date`` for
meetings and statements, the ISO ``code`` of a state and every article the node appears in
(``articles``, one id per line). Edges are facts: one edge per fact and article, with a ``label``
(acts for, holds post, posted to, attended, hosted at, said, about...), the fact's evidence
sentence, article and ``date``, and the post ``title`` as written. Every attribute is a plain
string so that the GraphML and GEXF writers accept it.

The view helpers (:func:`select_view`, :func:`trim_view`, :func:`node_states`,
:func:`node_dates`) narrow a projected graph by type, state, date, article or around one entity;
the ``render`` command and the page use the same rules.
"""
from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from datetime import date

import networkx as nx

from diplograph.graph.errors import QueryError
from diplograph.graph.sparqltext import load_query
from diplograph.graph.store import run_query

__all__ = ["NODE_TYPES", "to_networkx", "write_graphml", "write_gexf", "node_states", "node_dates", "date_span",
           "find_nodes", "select_view", "trim_view"]

#: The node types of the projection, in legend order.
NODE_TYPES = ("state", "person", "organization", "meeting", "position", "place")


def _s(value: object) -> str:
    return "" if value is None else str(value)


def to_networkx(store) -> nx.MultiDiGraph:
    """Project the whole store onto a directed multigraph.

    Args:
        store: an open store or a remote endpoint (anything :func:`run_query` accepts).

    Returns:
        A new graph; node ids are the IRIs; all attributes are strings (see the module docstring).
    """
    _, article_rows = run_query(store, load_query("network/articles"))
    articles = {r["aid"]: {"url": _s(r["url"]), "article_title": _s(r["title"]), "published": _s(r["published"])}
                for r in article_rows}
    # One row per node and article graph (ontology/queries/network/nodes.rq).
    _, node_rows = run_query(store, load_query("network/nodes"))
    # Sorted so that the node's "own" article (the first one with evidence) does not depend on row order.
    node_rows.sort(key=lambda r: (r["n"], r["type"], _s(r["aid"]), _s(r["label"])))
    seen: dict[str, list[str]] = defaultdict(list)
    g = nx.MultiDiGraph()
    for row in node_rows:
        n, text = row["n"], _s(row["label"])
        seen[n].append(_s(row["aid"]))
        if n in g:
            data = g.nodes[n]
            if data["type"] != row["type"]:
                continue
            if not data["evidence"] and row["evidence"]:
                data.update(evidence=_s(row["evidence"]), article=_s(row["aid"]), **articles.get(row["aid"], {}))
            data["date"] = data["date"] or _s(row["date"])
            continue
        label = text if len(text) <= 80 else text[:77] + "…"
        aid = _s(row["aid"])
        meta = articles.get(aid, {"url": "", "article_title": "", "published": ""})
        g.add_node(n, type=row["type"], label=label, text=text, evidence=_s(row["evidence"]), article=aid,
                   date=_s(row["date"]), code=_s(row["code"]), **meta)
    for n, ids in seen.items():
        g.nodes[n]["articles"] = "\n".join(sorted(set(ids)))
    _, edge_rows = run_query(store, load_query("network/edges"))
    edge_rows.sort(key=lambda r: (r["s"], r["o"], r["label"], _s(r["aid"])))
    for row in edge_rows:
        if row["s"] in g and row["o"] in g:
            aid = _s(row["aid"])
            meta = articles.get(aid, {"url": "", "article_title": "", "published": ""})
            g.add_edge(row["s"], row["o"], label=row["label"], evidence=_s(row["evidence"]), article=aid,
                       date=_s(row["date"]), title=_s(row["title"]), **meta)
    return g


def write_graphml(g: nx.MultiDiGraph, path) -> None:
    nx.write_graphml(g, path)


def write_gexf(g: nx.MultiDiGraph, path) -> None:
    nx.write_gexf(g, path)


# ---------------------------------------------------------------- views

_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def date_span(value: str) -> tuple[str, str] | None:
    """The first and last day a (possibly partial) ISO date covers, or None when it has no year.

    >>> date_span("2024-05")
    ('2024-05-01', '2024-05-31')
    >>> date_span("--05-02") is None
    True
    """
    m = _DATE.match(value or "")
    if not m:
        return None
    year, month, day = m.groups()
    if day:
        return value, value
    if month:
        return f"{year}-{month}-01", f"{year}-{month}-31"  # string comparison only: day 31 is an upper bound
    return f"{year}-01-01", f"{year}-12-31"


def node_states(g: nx.MultiDiGraph) -> dict[str, set[str]]:
    """The ISO codes of the states each node belongs to or acts with.

    A state belongs to itself; any other node to the states it is linked to (acts for, attended,
    belongs to, in...) or, when it has none, to those of its linked persons and organisations (a
    statement gets the state of its speaker).
    """
    codes = {n: d.get("code") or n.rsplit("/", 1)[-1] for n, d in g.nodes(data=True) if d.get("type") == "state"}
    direct: dict[str, set[str]] = {}
    for n in g:
        if n in codes:
            direct[n] = {codes[n]}
            continue
        direct[n] = {codes[m] for m in nx.all_neighbors(g, n) if m in codes}
    result = {}
    for n in g:
        states = direct[n]
        if not states and n not in codes:
            states = {c for m in nx.all_neighbors(g, n)
                      if g.nodes[m].get("type") in ("person", "organization") for c in direct[m]}
        result[n] = states
    return result


def node_dates(g: nx.MultiDiGraph) -> dict[str, list[tuple[str, str]]]:
    """The date spans of each node: its own date and those of the facts (edges) it takes part in."""
    spans: dict[str, set[tuple[str, str]]] = {n: set() for n in g}
    for n, d in g.nodes(data=True):
        span = date_span(d.get("date", ""))
        if span:
            spans[n].add(span)
    for s, o, d in g.edges(data=True):
        span = date_span(d.get("date", ""))
        if span:
            spans[s].add(span)
            spans[o].add(span)
    return {n: sorted(v) for n, v in spans.items()}


def _fold(text: str) -> str:
    """Lower case without accents, for matching names typed by hand."""
    return "".join(c for c in unicodedata.normalize("NFD", text.casefold()) if not unicodedata.combining(c))


def find_nodes(g: nx.MultiDiGraph, name: str) -> list[str]:
    """Nodes whose label, text or state code is ``name`` (case and accents ignored), else contain it."""
    key = _fold(name.strip())
    if not key:
        return []
    exact, partial = [], []
    for n, d in g.nodes(data=True):
        names = [_fold(d.get("label", "")), _fold(d.get("text", "")), _fold(d.get("code", ""))]
        if key in names:
            exact.append(n)
        elif any(key in x for x in names):
            partial.append(n)
    return sorted(exact) or sorted(partial)


def _check_date(value: str | None, what: str) -> tuple[str, str] | None:
    if not value:
        return None
    span = date_span(value)
    try:
        if span is None:
            raise ValueError
        date.fromisoformat(span[0])  # rejects month 13, day 32...
    except ValueError:
        raise QueryError(f"{what} date {value!r} is not a valid date (YYYY, YYYY-MM or YYYY-MM-DD)") from None
    return span


def select_view(g: nx.MultiDiGraph, *, types: Iterable[str] = (), states: Iterable[str] = (), since: str | None = None,
                until: str | None = None, articles: Iterable[str] = (), focus: str | None = None,
                hops: int = 2) -> nx.MultiDiGraph:
    """The part of ``g`` a reader asked for (a new graph; ``g`` is not changed).

    Args:
        g: a graph from :func:`to_networkx`.
        types: keep only nodes of these types (empty: all).
        states: keep only nodes that belong to one of these ISO codes (see :func:`node_states`).
        since: keep dated nodes with a date on or after this day (YYYY, YYYY-MM or YYYY-MM-DD);
            nodes without any date stay.
        until: the same, on or before.
        articles: keep only nodes that appear in one of these article ids, and their facts from them.
        focus: a node name (see :func:`find_nodes`): keep it and what lies within ``hops`` links.
        hops: the radius around ``focus``, links followed in both directions.

    Raises:
        QueryError: an unknown type, a malformed date, a negative radius, or a focus name that
            matches no node or several.
    """
    types, states, articles = set(types), {s.upper() for s in states}, set(articles)
    unknown = types - set(NODE_TYPES)
    if unknown:
        raise QueryError(f"unknown node type {sorted(unknown)[0]!r}: choose from {', '.join(NODE_TYPES)}")
    if hops < 0:
        raise QueryError(f"hops must be 0 or more, not {hops}")
    lo, hi = _check_date(since, "since"), _check_date(until, "until")
    keep = set(g)
    if focus is not None:
        found = find_nodes(g, focus)
        if not found:
            raise QueryError(f"no node is named {focus!r}: try 'diplograph ask officials' or 'ask states' for names")
        if len(found) > 1:
            names = "; ".join(sorted({g.nodes[n]["label"] for n in found})[:5])
            raise QueryError(f"{len(found)} nodes match {focus!r} ({names}…): give a longer name")
        keep = set(nx.single_source_shortest_path_length(g.to_undirected(as_view=True), found[0], cutoff=hops))
    if types:
        keep = {n for n in keep if g.nodes[n].get("type") in types}
    if states:
        belongs = node_states(g)
        keep = {n for n in keep if belongs[n] & states}
    if lo or hi:
        lo_day, hi_day = (lo or ("0000-01-01",))[0], (hi or ("", "9999-12-31"))[1]
        spans = node_dates(g)
        keep = {n for n in keep if not spans[n] or any(a <= hi_day and b >= lo_day for a, b in spans[n])}
    if articles:
        keep = {n for n in keep if articles & set(g.nodes[n].get("articles", g.nodes[n].get("article", "")).split("\n"))}
    view = nx.MultiDiGraph(g.subgraph(keep))
    if articles:
        view.remove_edges_from([(s, o, k) for s, o, k, a in view.edges(keys=True, data="article")
                                if a and a not in articles])
    return view


def trim_view(g: nx.MultiDiGraph, max_nodes: int) -> tuple[nx.MultiDiGraph, str]:
    """``g`` cut to its ``max_nodes`` most linked nodes, and a note saying what was left out.

    A page with tens of thousands of nodes draws slowly and cannot be read; the note tells the
    reader how to narrow the view instead. Returns ``(g, "")`` when ``g`` is small enough.
    """
    if max_nodes < 1:
        raise QueryError(f"the node limit must be 1 or more, not {max_nodes}")
    if g.number_of_nodes() <= max_nodes:
        return g, ""
    ranked = sorted(g, key=lambda n: (-g.degree(n), n))
    kept, dropped = ranked[:max_nodes], ranked[max_nodes:]
    counts: dict[str, int] = defaultdict(int)
    for n in dropped:
        counts[g.nodes[n].get("type", "other")] += 1
    what = ", ".join(f"{c} {t}" for t, c in sorted(counts.items(), key=lambda kv: -kv[1]))
    note = (f"The graph has {g.number_of_nodes()} nodes; this view shows the {max_nodes} most linked and "
            f"leaves out {len(dropped)} ({what}). Narrow it with --focus NAME --hops 1, --type, --state, "
            f"--since/--until or --article, or raise --max-nodes.")
    return nx.MultiDiGraph(g.subgraph(kept)), note
