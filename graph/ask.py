"""Named questions: the .rq files of diplograph.ontology, with rows shaped for people and tools.

The four competency questions (states, officials, meetings, positions) return exactly the keys
that the scoring contract expects; the other named queries return their own columns.
"""
from __future__ import annotations

import re

from diplograph.graph.errors import QueryError
from diplograph.graph.sparqltext import Shape, from_named, header_vars, mask, sliced, sparql_literal
from diplograph.graph.store import run_query
from diplograph.ontology import query_names, read_query

__all__ = ["ask", "bindable_columns", "shape", "QUESTION_KEYS"]

#: Keys of the competency questions, in output order.
QUESTION_KEYS = {
    "states": ("state", "name", "qid"),
    "officials": ("person", "role", "role_type", "state", "organization", "posted_to", "as_of", "article"),
    "meetings": ("meeting", "kind", "date", "city", "country", "venue", "states", "persons", "status", "article"),
    "positions": ("speaker", "speaker_state", "text", "quote_type", "cue", "date", "article"),
}
#: More columns for the table and CSV views; JSON keeps exactly the contract's keys.
EXTRA_KEYS: dict[str, tuple[str, ...]] = {}


def _none(value):
    return None if value in ("", None) else value


def shape(name: str, rows: list[dict]) -> list[dict]:
    """The rows of the question's query as ``ask`` returns them (competency questions: the contract's keys)."""
    if name not in QUESTION_KEYS:
        return rows
    keys = QUESTION_KEYS[name] + EXTRA_KEYS.get(name, ())
    out, seen = [], set()
    for row in rows:
        shaped = {k: _none(row.get(k)) for k in keys}
        if name == "meetings":
            shaped["states"] = sorted(set((row.get("states") or "").split()))
            shaped["persons"] = sorted(set(p for p in (row.get("persons") or "").split("|") if p))
        if name == "states":
            # One row per state, whatever the number of articles it acts in.
            ident = shaped["state"]
        else:
            ident = tuple(str(shaped[k]) for k in keys)
        if ident in seen:
            continue
        seen.add(ident)
        out.append(shaped)
    return out


def bindable_columns(name: str) -> list[str]:
    """The columns of question ``name`` that ``ask(…, COLUMN=VALUE)`` can fix.

    Every column of the question's query except those it computes from the rows it groups
    (counts, GROUP_CONCAT lists): the columns ``ask`` shows, and those its table leaves out
    (states' ``article``, officials' ``status``), which then keep the query's rows whose
    column is the value, shaped as usual.

    Raises:
        QueryError: no question of that name.
    """
    return Shape(read_query(_known(name))).bindable or []


def _known(name: str) -> str:
    if name not in query_names():
        raise QueryError(f"unknown question {name!r}: choose one of {', '.join(query_names())}")
    return name


def ask(store, name: str, /, *, limit: int | None = None, offset: int = 0, **bindings: str) -> list[dict]:
    """Answer the named question ``name`` from the store.

    Args:
        store: an open store or a remote endpoint.
        name: the question (a query of :mod:`diplograph.ontology`).
        limit, offset: one page of the question's rows (its query's rows in its order, as
            ``LIMIT``/``OFFSET`` would cut them), shaped as usual.
        **bindings: column → value: exactly the rows of the whole answer whose column is the
            value, as text (numbers as numbers; an empty value: the rows without one). See
            :func:`bindable_columns` for the columns, :func:`diplograph.graph.sparqltext.bind`
            for how the value reaches the query.

    Raises:
        QueryError: no question of that name, a binding of a column it cannot take, or a
            negative page.
    """
    text = read_query(_known(name))
    query = Shape(text)
    columns = query.bindable or []
    for key in bindings:
        if key in query.computed:
            raise QueryError(f"cannot bind {key} in {name}: {key} is computed from the rows it groups "
                             f"(bind one of: {', '.join(columns)})")
        if key not in columns:
            raise QueryError(f"cannot bind {key} in {name}: no such column (bind one of: {', '.join(columns)})")
    if (limit is not None and limit < 0) or offset < 0:
        raise QueryError("a page needs a limit and an offset of zero or more")
    return shape(name, _rows(store, text, query, limit, offset, bindings, FIRST_PAGE_KEYS.get(name)))


# A query whose header says "# article graph: ?article" matches all its patterns inside the one
# GRAPH block that holds the article's dipl:articleId, so each row comes from its article's graph.
# Such a query can read only the graphs it needs (FROM NAMED): one article, or for a first page of
# a query sorted by article first, the first articles' graphs. Oxigraph otherwise builds the hash
# table of every OPTIONAL of several patterns over the whole store before it joins (~0.7 s for one
# article of a million quads, 1 ms this way). The answer is the same rows in the same order.

#: Articles read at once for a page, at first; then as many as the rows so far say the page needs.
_FIRST_GRAPHS = 16
#: Beyond this many graphs at once, the whole store is read instead: a dataset of hundreds of
#: graphs is slow on Virtuoso, and a page that needs that many articles is not a first page.
_MOST_GRAPHS = 64
_MOST_ROUNDS = 6


def _rows(store, text: str, query: Shape, limit: int | None, offset: int, bindings: dict,
          keys: str | None = None) -> list[dict]:
    scope = header_vars(text, "article graph")
    article = scope[0] if scope else None
    if article and bindings.get(article):
        graphs = [r["graph"] for r in _article_graphs(store, **{"article": bindings[article]})]
        if not graphs:
            return []  # every row needs the article in some graph
        return run_query(store, sliced(from_named(text, graphs), limit, offset), **bindings)[1]
    if article and limit is not None and _sorted_by(query, article):
        rows = _first_articles(store, text, limit + offset, bindings)
        if rows is not None:
            return rows[offset:offset + limit]
    if keys and limit is not None and not bindings:
        rows = _first_by_keys(store, text, query, keys, limit + offset)
        if rows is not None:
            return rows[offset:offset + limit]
    if limit is None and not offset:
        return run_query(store, text, **bindings)[1]
    return run_query(store, sliced(text, limit, offset), **bindings)[1]


def _article_graphs(store, **bindings) -> list[dict]:
    return run_query(store, read_query("ask/article_graphs"), **bindings)[1]


def _sorted_by(query: Shape, variable: str) -> bool:
    """Whether the query's ORDER BY starts with ``?variable`` (or its text) ascending, and a GROUP BY,
    if any, keeps the variable (no group spans articles)."""
    tail = query.masked[query.where_end + 1:]
    first_key = rf"(?:ASC\s*\(\s*)?(?:STR\s*\(\s*)?\?{variable}\b"
    return bool(re.match(rf"(?is)\s*(?:GROUP\s+BY\b[^}}]*?\?{variable}\b[^}}]*?)?ORDER\s+BY\s+{first_key}", tail))


def _first_articles(store, text: str, wanted: int, bindings: dict) -> list[dict] | None:
    """The first ``wanted`` rows (or all, if fewer) read article graph by article graph, or None
    when that needs more graphs than a page should (the caller then reads the whole store)."""
    rows, at, size = [], 0, _FIRST_GRAPHS
    lookup = read_query("ask/article_graphs")
    for _ in range(_MOST_ROUNDS):
        if len(rows) >= wanted:
            return rows
        batch = list(dict.fromkeys(r["graph"] for r in run_query(store, sliced(lookup, size, at))[1]))
        if not batch:
            return rows
        rows.extend(run_query(store, from_named(text, batch), **bindings)[1])
        at += size
        # The next batch: as many articles as the rows so far say the rest of the page needs.
        size = min(_MOST_GRAPHS, -(-(wanted - len(rows)) * 5 * at // (4 * len(rows))) + 1 if rows else size * 2)
    return rows if len(rows) >= wanted else None


# A query sorted first by one column, with a keys query (FIRST_PAGE_KEYS), answers a first page from the rows of its first keys only: the keys query lists
# the values of one variable of the question (?key, an IRI or a plain string) with ?order, a bound
# of the question's first sort key over the rows that have that value (the key itself when the
# value fixes it; else the least value for an ascending order, the greatest for a descending one),
# and may give ?rows, about how many rows the value has. The question then runs with the first
# keys joined (VALUES) in every GRAPH block that uses the variable, and keeps the rows whose sort
# key is strictly before the bound of the first key left out: every row of the whole answer before
# that bound has its key among the first ones, so these rows are the first rows of the whole
# answer, in its order. Oxigraph 0.5 sorts long strings by reading them from the store at every
# comparison (~40 µs a row) and joins by an index lookup a row: the whole answer of such a
# question over a million quads took 0.3-0.6 s, its first keys take a few ms.

#: Question → the keys query of its first page.
FIRST_PAGE_KEYS = {
    "states": "ask/states_keys",
    "organizations": "ask/organizations_keys",
    "state_meetings": "ask/state_meetings_keys",
    "timeline": "ask/timeline_keys",
    "persons": "ask/persons_keys",
    "contacts": "ask/contacts_keys",
}
#: The most keys joined at once, and rounds of a growing number of keys, before the whole
#: answer is read instead.
_MOST_KEYS = 500
_KEY_ROUNDS = 4


def _first_key(query: Shape) -> tuple[str, bool] | None:
    """The column of the query's first sort key and whether it sorts descending (None: not one column)."""
    tail = query.masked[query.where_end + 1:]
    found = re.search(r"(?is)\bORDER\s+BY\s+(?:(ASC|DESC)\s*\(\s*)?(?:STR\s*\(\s*)?[?$](\w+)", tail)
    if not found or found.group(2) not in (query.columns or []):
        return None
    return found.group(2), (found.group(1) or "").upper() == "DESC"


def _with_keys(text: str, variable: str, values: list[str], iris: bool = False) -> str:
    """The query with ``VALUES ?variable {…}`` opening every GRAPH block that uses the variable.

    Each value is joined as a plain string, and also as an IRI when it looks like one (as
    :func:`diplograph.graph.sparqltext.bind` does with a bound variable): a triple pattern
    matches only the right one. With ``iris`` (the keys are known to be IRIs), a value that
    looks like an IRI is joined as that IRI only: half the text to read and half the lookups."""
    terms = []
    for value in dict.fromkeys(values):
        iri = value.startswith(("http://", "https://")) and not re.search(r'[<>"{}|^`\\\x00-\x20]', value)
        if iri:
            terms.append(f"<{value}>")
        if not (iri and iris):
            terms.append(sparql_literal(value))
    values_clause = f" VALUES ?{variable} {{ {' '.join(terms)} }}"
    masked = mask(text)
    uses = re.compile(rf"[?$]{re.escape(variable)}\b")
    points = []
    for block in re.finditer(r"(?i)\bGRAPH\s+[?$]\w+\s*\{", masked):
        depth, end = 0, block.end() - 1
        for end in range(block.end() - 1, len(masked)):
            depth += {"{": 1, "}": -1}.get(masked[end], 0)
            if depth == 0:
                break
        if uses.search(masked, block.end(), end):
            points.append(block.end())
    for at in reversed(points):
        text = text[:at] + values_clause + text[at:]
    return text


def _first_by_keys(store, text: str, query: Shape, keys_name: str, wanted: int) -> list[dict] | None:
    """The first ``wanted`` rows (or all, if fewer) from the question's first keys, or None when
    that needs more keys than a page should (the caller then reads the whole answer)."""
    first = _first_key(query)
    if first is None:
        return None
    column, descending = first
    keys_text = read_query(keys_name)
    keys_shape = Shape(keys_text)
    variable = next(c for c in keys_shape.columns if c not in ("order", "rows"))
    # A keys query with its own ORDER BY (cheap on the engine: short sort keys) is read a page at
    # a time; one without is read whole and sorted here (long strings sort faster in Python).
    ordered = bool(re.search(r"(?i)\bORDER\s+BY\b", keys_shape.masked[keys_shape.where_end:]))
    # "# keys are IRIs": the keys query takes its keys from the subjects of its patterns.
    iris = bool(re.search(r"(?m)^#\s*keys are IRIs\b", keys_text))
    # The question sliced before its keys are written in: the text is then ten times longer.
    text = sliced(text, wanted)
    read: dict = {"keys": [], "complete": False}

    def first_keys(n: int) -> list[dict]:
        """At least the first n + 1 keys in order (all, if fewer)."""
        if not read["complete"] and len(read["keys"]) <= n:
            # Read ahead: a later round then needs no second reading.
            keys = run_query(store, sliced(keys_text, 2 * n + 1) if ordered else keys_text)[1]
            for k in keys:
                k.setdefault("order", k[variable])  # no ?order: the key is the sort key
            if not ordered:
                keys.sort(key=lambda k: (k["order"] is None, k["order"]), reverse=descending)
            read.update(keys=keys, complete=not ordered or len(keys) <= 2 * n)
        return read["keys"]

    before = (lambda a, b: a > b) if descending else (lambda a, b: a < b)
    # Without an estimate of their rows, twice as many keys as the page has rows.
    size, keys = 2 * wanted, first_keys(2 * wanted)
    if keys and "rows" in keys[0]:
        # As many keys as their rows say the page needs, and a quarter more (rows are estimates).
        size, total = 0, 0
        while size < len(keys) and total < wanted * 5 / 4:
            total += keys[size]["rows"] or 1
            size += 1
    for _ in range(_KEY_ROUNDS):
        keys = first_keys(size)
        # Keys of the same order all in or all out: rows of equal sort keys may come in any order.
        while 0 < size < len(keys) and keys[size]["order"] == keys[size - 1]["order"]:
            size += 1
            keys = first_keys(size)
        if any(k["order"] is None or k[variable] is None for k in keys[:size + 1]):
            return None  # an unbound sort key: the engines order it each their own way
        if size >= len(keys):
            bound, batch = None, keys  # every key: the whole answer
        else:
            bound = keys[size]["order"]
            batch = [k for k in keys[:size] if before(k["order"], bound)]
        if len(batch) > _MOST_KEYS:
            return None
        rows = []
        if batch:
            rows = run_query(store, _with_keys(text, variable, [str(k[variable]) for k in batch], iris))[1]
        if bound is None:
            return rows
        safe = []
        for row in rows:
            value = row.get(column)
            if value is None or type(value) is not type(bound) or not before(value, bound):
                break
            safe.append(row)
        if len(safe) >= wanted:
            return safe
        # The next round: as many keys as the rows so far say the page needs.
        size = max(2 * size, -(-size * wanted * 5 // (4 * len(safe)))) if safe else 4 * size
    return None
