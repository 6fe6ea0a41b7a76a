"""SPARQL text: the one scanner, the prologue, and values written into query text.

Bindings are written into query text (:func:`bind`, :func:`with_values`), the same text for
Oxigraph, a remote server or any other engine; the helpers here find syntax without being fooled
by strings, IRIs and comments (:func:`mask`), and write values as escaped SPARQL terms, never
pasted text. Every module that looks at SPARQL text (the store's read-only check, the server's
SERVICE check, the endpoint's paging, the binding of named questions) uses this scanner.

The queries the library runs for itself live in ``ontology/queries/<family>/<name>.rq`` without
a prologue; :func:`load_query` reads one and declares the prefixes it uses from the one prefix
table, :data:`diplograph.ontology.PREFIXES`.
"""
from __future__ import annotations

import re
from functools import lru_cache

from rdflib import Literal, URIRef

from diplograph.graph.errors import QueryError
from diplograph.ontology import PREFIXES, read_query

__all__ = ["mask", "prologue_end", "form", "is_update", "with_prologue", "load_query", "sparql_literal",
           "sparql_term", "python_value", "term_value", "Shape", "bind", "bound_vars", "with_values",
           "header_vars", "from_named", "sliced"]

# Comments, strings and IRIs are masked (same length) before the query text is inspected, so a
# "{" or "LIMIT" inside a literal, or the "#" of an IRI, is never taken for syntax. The
# alternatives are tried at each offset in turn, so whichever starts first wins: a "#" inside a
# string or an IRI belongs to it, a quote inside a comment belongs to the comment. A "\#" is a
# prefixed name's escaped character (ex:a\#b), not a comment.
_LEXEMES = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''
    r'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\''
    r'|<[^<>"{}|^`\\\x00-\x20]*>'
    r'|(?<!\\)#[^\n]*'
)
_IRI_FORBIDDEN = re.compile(r'[<>"{}|^`\\\x00-\x20]')
_PROLOGUE = re.compile(r"(?is)^\s*(?:(?:PREFIX\s+[^\s:]*:\s*<[^>]*>|BASE\s*<[^>]*>)\s*)*")
_DECLARED = re.compile(r"(?i)\bPREFIX\s+([^\s:]*):")
#: A prefixed name's prefix (``dipl:`` in ``dipl:State``, ``xsd:`` in ``"1"^^xsd:integer``).
_USED = re.compile(r"(?<![\w.\-:?$])([A-Za-z][\w\-]*(?:\.[\w\-]+)*):")
_HEADER = re.compile(r"(?:[ \t]*(?:#[^\n]*)?\n)*")
_KEYWORD = re.compile(r"[A-Za-z]+")
QUERY_FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")
UPDATE_FORMS = ("INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH")
_FORM = re.compile(r"(?i)(SELECT|ASK|CONSTRUCT|DESCRIBE)\b")
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_NUMBER = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")
_GRAPH_BLOCK = re.compile(r"(?i)\bGRAPH\s+[?$][A-Za-z_]\w*\s*\{")
#: The header line of a query that names its index variables (see :func:`bind`).
_BOUND_VARS = re.compile(r"(?im)^[ \t]*#[ \t]*bound vars:(.*)$")
_XSD = "http://www.w3.org/2001/XMLSchema#"


def mask(text: str) -> str:
    r"""The text with every comment, string and IRI blanked, offsets unchanged.

    Comments become spaces; strings and IRIs keep their delimiters around underscores, so the
    masked text still shows where a term stands.

    >>> mask('PREFIX dipl: <https://w3id.org/dipl/ns#> # a comment\nSELECT ("#{" AS ?x) {}')
    'PREFIX dipl: <_________________________>            \nSELECT ("__" AS ?x) {}'
    """
    def blank(m: re.Match) -> str:
        s = m.group(0)
        if s[0] == "#":
            return " " * len(s)
        return s[0] + "_" * (len(s) - 2) + s[-1]

    return _LEXEMES.sub(blank, text)


def prologue_end(masked: str) -> int:
    """The offset after the prologue (PREFIX and BASE declarations) of a masked text."""
    return _PROLOGUE.match(masked).end()


def form(text: str) -> str | None:
    r"""The first keyword after the prologue, upper-cased: the query form or update operation.

    >>> form("PREFIX dipl: <https://w3id.org/dipl/ns#>\n# INSERT nothing\nselect * {}")
    'SELECT'
    """
    masked = mask(text)
    word = _KEYWORD.match(masked, prologue_end(masked))
    return word.group(0).upper() if word else None


def is_update(sparql: str) -> bool:
    r"""True when the text is a SPARQL UPDATE rather than a query.

    >>> is_update("PREFIX dipl: <https://w3id.org/dipl/ns#>\nINSERT DATA { <a:b> <a:c> 1 }")
    True
    >>> is_update("# DELETE everything?\nSELECT * { ?s ?p ?o }")
    False
    """
    return form(sparql) in UPDATE_FORMS


def with_prologue(text: str) -> str:
    r"""The text with a PREFIX declaration for each prefix it uses and does not declare.

    The declarations come from :data:`diplograph.ontology.PREFIXES`, in its order, and go after
    the query's header comment; a prefix the table does not know is left for the engine to report.

    >>> print(with_prologue("# name: x\nASK { ?s a dipl:State ; rdfs:label ?l }"))
    # name: x
    PREFIX dipl: <https://w3id.org/dipl/ns#>
    PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
    ASK { ?s a dipl:State ; rdfs:label ?l }
    """
    masked = mask(text)
    used = set(_USED.findall(masked)) - set(_DECLARED.findall(masked))
    lines = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items() if p in used)
    at = _HEADER.match(text).end()
    return text[:at] + lines + text[at:]


@lru_cache(maxsize=None)
def load_query(name: str) -> str:
    """A bundled query (:func:`diplograph.ontology.read_query`) with its prologue, ready to run.

    Args:
        name: ``"family/stem"`` of a query the library runs itself (``"network/nodes"``), or the
            name of a named question.

    Raises:
        KeyError: no query has that name.
    """
    return with_prologue(read_query(name))


def sparql_literal(value: str) -> str:
    """A plain string literal, every quote, backslash and line break escaped."""
    escaped = (value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
               .replace("\r", "\\r").replace("\t", "\\t"))
    return f'"{escaped}"'


def sparql_term(value: object) -> str:
    r"""A value as a SPARQL term: an rdflib IRI or literal as written, a Python value as a literal.

    ``None`` is ``UNDEF`` (a VALUES row that leaves the variable unbound).

    >>> sparql_term(URIRef("https://w3id.org/dipl/id/person/x")), sparql_term('say "hi"'), sparql_term(False)
    ('<https://w3id.org/dipl/id/person/x>', '"say \\"hi\\""', 'false')

    Raises:
        QueryError: an IRI holding a character no IRI may hold (a space, a quote, ``>``…).
    """
    if value is None:
        return "UNDEF"
    if isinstance(value, URIRef):
        if _IRI_FORBIDDEN.search(value):
            raise QueryError(f"not an IRI: {str(value)!r}")
        return f"<{value}>"
    if isinstance(value, Literal):
        return value.n3()
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return Literal(value).n3()
    return sparql_literal(str(value))


def python_value(value: str, datatype: str | None) -> object:
    """The Python value of a literal: booleans, integers and decimals converted, the rest text.

    Every engine's answers go through this one function, so the embedded store and a remote
    server give the same rows. A form the datatype does not allow stays text.

    >>> python_value("1", "http://www.w3.org/2001/XMLSchema#boolean"), python_value("2.50", _XSD + "decimal")
    (True, 2.5)
    """
    dt = datatype or ""
    if not dt.startswith(_XSD):
        return value
    kind = dt[len(_XSD):]
    try:
        if kind == "boolean":
            return value.strip() in ("true", "1")  # Virtuoso answers "1"/"0"
        if kind in ("integer", "nonNegativeInteger", "int"):
            return int(value)
        if kind in ("decimal", "double"):
            return float(value)
    except ValueError:
        return value
    return value


def term_value(term) -> object:
    """The Python value of a pyoxigraph term: IRIs and blank nodes as text, literals as above."""
    if term is None:
        return None
    datatype = getattr(term, "datatype", None)  # only literals have one
    if datatype is None:
        return term.value
    return python_value(term.value, datatype.value)


class Shape:
    """Where the parts of a query are: its form, its columns and its WHERE group.

    Attributes:
        form: SELECT, ASK, CONSTRUCT or DESCRIBE.
        body_start: the offset after the prologue (PREFIX and BASE).
        where: the offset of the "{" that opens the WHERE group (None for ``DESCRIBE <iri>``).
        where_end: the offset of the "}" that closes it.
        columns: the variables a SELECT projects as they are (``?x``), in order; ``None`` for
            ``SELECT *`` and the other forms.
        computed: the variables a SELECT computes itself (``(COUNT(?m) AS ?n)``): they exist only
            after the WHERE group, so no binding can reach them there.
    """

    def __init__(self, text: str):
        self.masked = masked = mask(text)
        self.body_start = prologue_end(masked)
        form = _FORM.match(masked, self.body_start)
        if not form:
            raise QueryError("invalid SPARQL: expected SELECT, ASK, CONSTRUCT or DESCRIBE")
        self.form = form.group(1).upper()
        self.where = self._where_brace(form.end())
        self.where_end = self._closing(self.where) if self.where is not None else None
        self.columns: list[str] | None = None
        self.computed: list[str] = []
        if self.form == "SELECT" and self.where is not None:
            self._projection(masked[form.end():self.where])

    def _where_brace(self, after: int) -> int | None:
        """Offset of the "{" that opens the WHERE group (None for ``DESCRIBE <iri>``)."""
        masked, depth = self.masked, 0
        skip_template = self.form == "CONSTRUCT" and not re.match(r"(?i)\s*WHERE\b", masked[after:])
        for i in range(after, len(masked)):
            c = masked[i]
            if c == "{" and depth == 0:
                if skip_template:
                    skip_template = False
                    depth += 1
                    continue
                return i
            if c in "{(":
                depth += 1
            elif c in "})":
                depth -= 1
        return None

    def _closing(self, opening: int) -> int:
        depth = 0
        for i in range(opening, len(self.masked)):
            depth += {"{": 1, "}": -1}.get(self.masked[i], 0)
            if depth == 0:
                return i
        raise QueryError("invalid SPARQL: a '{' is never closed")

    def _projection(self, clause: str) -> None:
        # What stands outside parentheses is projected as is; "(… AS ?v)" is computed.
        depth, chars = 0, []
        for c in clause:
            depth += {"(": 1, ")": -1}.get(c, 0)
            chars.append(c if depth == 0 and c != ")" else " ")
        top = "".join(chars)
        self.computed = re.findall(r"(?i)\bAS\s+[?$]([A-Za-z_]\w*)", clause)
        if re.search(r"(?<![\w?$])\*", top):
            return
        self.columns = list(dict.fromkeys(re.findall(r"[?$]([A-Za-z_]\w*)", top) + self.computed))

    @property
    def bindable(self) -> list[str] | None:
        """The columns a binding may fix (``None``: any variable, the query says ``SELECT *``)."""
        if self.columns is None:
            return None
        return [c for c in self.columns if c not in self.computed]


def bound_vars(text: str) -> list[str]:
    """The variables named by the query's ``# bound vars:`` header line(s) (see :func:`bind`)."""
    return header_vars(text, "bound vars")


def header_vars(text: str, key: str) -> list[str]:
    """The variables named by the query's ``# KEY:`` header line(s), in order."""
    names: list[str] = []
    for line in re.findall(rf"(?im)^[ \t]*#[ \t]*{re.escape(key)}:(.*)$", text):
        names.extend(re.findall(r"[?$]([A-Za-z_]\w*)", line.split("(")[0]))
    return list(dict.fromkeys(names))


def from_named(text: str, graphs: list[str]) -> str:
    """The query reading only the named graphs ``graphs`` (``FROM NAMED`` before its WHERE group).

    Without ``FROM``, the default graph is then empty: only for a query whose every pattern sits
    in a ``GRAPH ?g`` block.

    Raises:
        QueryError: a graph name that is not an IRI, or a query without a WHERE group.
    """
    shape = Shape(text)
    if shape.where is None:
        raise QueryError("cannot name the graphs of a query without a WHERE clause")
    for g in graphs:
        if _IRI_FORBIDDEN.search(g) or ":" not in g:
            raise QueryError(f"cannot read the graph {g!r}: not an IRI")
    keyword = re.search(r"(?i)\bWHERE\s*$", shape.masked[:shape.where])
    at = keyword.start() if keyword else shape.where
    return text[:at] + "".join(f"FROM NAMED <{g}> " for g in graphs) + text[at:]


def sliced(text: str, limit: int | None, offset: int = 0) -> str:
    """The query with ``LIMIT``/``OFFSET`` after its own modifiers (a query without them)."""
    shape = Shape(text)
    if re.search(r"(?i)\b(LIMIT|OFFSET)\b", shape.masked[shape.where_end or 0:]):
        raise QueryError("the query has its own LIMIT or OFFSET")
    parts = ([f"LIMIT {int(limit)}"] if limit is not None else []) + ([f"OFFSET {int(offset)}"] if offset else [])
    return text.rstrip() + ("\n" + " ".join(parts) if parts else "") + "\n"


def bind(text: str, bindings: dict[str, object]) -> str:
    """The query text answering only the rows whose column ``NAME`` equals each binding's value.

    A binding ``NAME=VALUE`` keeps exactly the rows of the unbound query whose ``NAME`` value,
    as text (an IRI as written, a literal's lexical form without datatype or language), is
    ``VALUE``, or, for a number, whose number equals it (``1.0`` finds the score stored as
    ``1``); an empty value keeps the rows where ``NAME`` has no value. It is written as
    ``FILTER (STR(?NAME) = "VALUE")`` at the end of the WHERE group: a filter, unlike a
    pre-bound variable (pyoxigraph's substitutions, rdflib's ``initBindings``, a ``VALUES``
    joined first), never gives a value to a row that has none (an OPTIONAL that did not match,
    one branch of a UNION, a BIND whose expression failed) and never lets the row's own
    value be replaced.

    A filter alone means matching the whole table and then dropping rows; so a query may name
    in a ``# bound vars: ?a ?b`` header line the variables that are bound in *every* row of its
    WHERE group to an IRI or a plain string (article ids, names, fact IRIs). Their bindings are
    joined as ``VALUES`` inside the first ``GRAPH ?g { … }`` block of the WHERE group (or at its
    start when it has none), where Oxigraph matches them first: an index lookup instead of a
    scan (1 ms instead of 200 ms on a million triples). For such variables the two are the
    same answer; the invariant tests check it for every named question. A value that looks like
    an IRI is joined both as that IRI and as a string: a header cannot say which the column
    holds, and a triple pattern matches only the right one (a zero-length property path would
    match both, so such a variable must also be matched by a triple pattern).

    Args:
        text: a SPARQL query.
        bindings: column name → value (``None`` values are ignored).

    Raises:
        QueryError: a name that is not a variable, a column the query does not have or
            computes in its SELECT clause, or a query without a WHERE group.
    """
    bound = {k: str(v) for k, v in bindings.items() if v is not None}
    if not bound:
        return text
    shape = Shape(text)
    for name in bound:
        if not _NAME.fullmatch(name):
            raise QueryError(f"cannot bind {name!r}: not a SPARQL variable name")
    if shape.where is None:
        raise QueryError("cannot bind variables: the query has no WHERE clause")
    bindable = shape.bindable
    for name in bound:
        if name in shape.computed:
            raise QueryError(f"cannot bind {name}: the query computes it from the rows it groups "
                             f"(bind one of {', '.join(bindable or [])})")
        if bindable is not None and name not in bindable:
            raise QueryError(f"cannot bind {name}: not a column of the query (bind one of {', '.join(bindable)})")
    indexed = set(bound_vars(text))
    pushed, filters = [], []
    for name, value in bound.items():
        if name in indexed and value:
            terms = [sparql_literal(value)]
            if value.startswith(("http://", "https://")) and not _IRI_FORBIDDEN.search(value):
                terms.insert(0, f"<{value}>")
            pushed.append(f" VALUES ?{name} {{ {' '.join(terms)} }}")
        elif value:
            test = f"STR(?{name}) = {sparql_literal(value)}"
            if _NUMBER.fullmatch(value):  # a number equals its other spellings: score 1.0 is stored "1"
                test += f" || (isNumeric(?{name}) && ?{name} = {value})"
            filters.append(f"  FILTER ({test})\n")
        else:
            # Not !BOUND(?x): Virtuoso 7 says a BIND whose expression failed is bound.
            filters.append(f'  FILTER (COALESCE(STR(?{name}), "") = "")\n')
    at, end = _push_point(shape), shape.where_end
    if filters and not text[:end].endswith("\n"):
        filters.insert(0, "\n")
    return text[:at] + "".join(pushed) + text[at:end] + "".join(filters) + text[end:]


def _push_point(shape: Shape) -> int:
    """Just inside the first GRAPH block directly in the WHERE group, or just inside the group."""
    masked, where = shape.masked, shape.where
    block = _GRAPH_BLOCK.search(masked, where + 1, shape.where_end)
    if block is not None:
        between = masked[where:block.start()]
        if between.count("{") - between.count("}") == 1:
            return block.end()
    return where + 1


def _update_where(masked: str) -> int | None:
    """Offset of the "{" that opens the WHERE group of the first update operation."""
    depth = 0
    for m in re.finditer(r"(?i)[{}]|\bWHERE\b", masked):
        token = m.group(0)
        if token == "{":
            depth += 1
        elif token == "}":
            depth -= 1
        elif depth == 0:
            brace = masked.find("{", m.end())
            return brace if brace >= 0 else None
    return None


def with_values(text: str, rows: list[dict[str, object]]) -> str:
    """The text with ``VALUES (?a ?b) { (…) … }`` opening its WHERE group: one solution per row.

    The companion of :func:`bind` for updates and other texts that must receive exact terms:
    each value is written by :func:`sparql_term` (an rdflib IRI stays an IRI, a string becomes a
    literal), so ``DELETE { GRAPH ?g { ?s ?p ?o } } WHERE { GRAPH ?g { … } }`` runs for exactly
    the given graphs. In a request of several operations only the first receives the rows; the
    house keeps one operation per file. No rows means no solution: the text then changes nothing.

    Args:
        text: a query, or an update with a ``WHERE`` group.
        rows: variable name → value, the same names in every row.

    Raises:
        QueryError: a name that is not a variable, rows with different names, or no WHERE group.

    >>> print(with_values("DELETE { GRAPH ?g { ?s ?p ?o } } WHERE { GRAPH ?g { ?s ?p ?o } }",
    ...                   [{"g": URIRef("https://e.org/g"), "s": URIRef("https://e.org/s")}]))
    DELETE { GRAPH ?g { ?s ?p ?o } } WHERE { VALUES (?g ?s) { (<https://e.org/g> <https://e.org/s>) }
     GRAPH ?g { ?s ?p ?o } }
    """
    names = list(rows[0]) if rows else []
    for name in names:
        if not _NAME.fullmatch(name):
            raise QueryError(f"cannot bind {name!r}: not a SPARQL variable name")
    if any(list(row) != names for row in rows):
        raise QueryError("every row must give the same variables, in the same order")
    masked = mask(text)
    if form(text) in QUERY_FORMS:
        shape = Shape(text)
        where = shape.where
    else:
        where = _update_where(masked)
    if where is None:
        raise QueryError("cannot bind variables: the text has no WHERE group")
    body = " ".join("(" + " ".join(sparql_term(row[n]) for n in names) + ")" for row in rows)
    values = f" VALUES ({' '.join('?' + n for n in names)}) {{ {body} }}\n"
    return text[:where + 1] + values + text[where + 1:]
