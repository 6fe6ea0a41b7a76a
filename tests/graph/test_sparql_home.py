"""One home for SPARQL: queries only in ontology/queries, one scanner, one term converter, one
key recipe, every error class in errors.py."""
import ast
import hashlib
import re
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Literal, URIRef

import diplograph.graph
import diplograph.loaders
import diplograph.ontology
from diplograph.graph.errors import QueryError
from diplograph.graph.sparqltext import (
    form,
    is_update,
    load_query,
    mask,
    python_value,
    term_value,
    with_prologue,
    with_values,
)
from diplograph.ontology import PREFIXES, read_query

GRAPH = Path(diplograph.graph.__file__).parent
LOADERS = Path(diplograph.loaders.__file__).parent
QUERIES = Path(diplograph.ontology.__file__).parent / "queries"

#: graph/ modules that still hold query text, each waiting for a change that removes it (none left).
PENDING: set[str] = set()

# A query form or update keyword, then a "{" group holding a variable: a query or an update that
# matches patterns. Data payloads (INSERT DATA of serialised triples) and the endpoint's paging
# wrapper (a sub-select around a given query) hold no variable of their own and are not queries.
_QUERY_TEXT = re.compile(r"(?s)\b(SELECT|CONSTRUCT|ASK|DESCRIBE|INSERT|DELETE)\b[^{]*\{[^{}]*(?:\{[^{}]*)*[?$][A-Za-z_]")
_PREFIX_DECL = re.compile(r"(?im)^\s*PREFIX\s+[\w-]*:\s*<")


def _docstrings(tree: ast.AST) -> set[int]:
    ids = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                ids.add(id(body[0].value))
    return ids


def _strings(source: str):
    """Every string of a module but its docstrings, an f-string's fields written as "…"."""
    tree = ast.parse(source)
    skip = _docstrings(tree)
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip:
            yield node.lineno, node.value
        elif isinstance(node, ast.JoinedStr):
            text = "".join(v.value if isinstance(v, ast.Constant) else "…" for v in node.values)
            yield node.lineno, text


def query_texts(source: str) -> list[tuple[int, str]]:
    return [(line, text) for line, text in _strings(source) if _QUERY_TEXT.search(text) or _PREFIX_DECL.search(text)]


def _modules():
    return sorted(p for p in GRAPH.rglob("*.py") if p.relative_to(GRAPH).as_posix() not in PENDING)


@pytest.mark.parametrize("path", _modules(), ids=lambda p: p.relative_to(GRAPH).as_posix())
def test_no_query_text_outside_rq_files(path):
    found = query_texts(path.read_text(encoding="utf-8"))
    assert not found, (f"{path.name} holds SPARQL at line(s) {[line for line, _ in found]}: "
                       "move it to ontology/queries/<family>/<name>.rq and read it with sparqltext.load_query")


def test_pending_modules_exist():
    # A name left here after its module went away would silently exempt a future file.
    for name in PENDING:
        assert (GRAPH / name).exists(), f"{name} is gone: remove it from PENDING"


def test_the_detector_sees_queries_and_leaves_payloads():
    caught = '''
NODES = PREFIXES + """
SELECT ?n ?type WHERE { GRAPH ?g { ?n a dipl:State } }"""
q = "SELECT ?id WHERE { GRAPH ?g { ?a <https://w3id.org/dipl/ns#articleId> ?id } } ORDER BY ?id"
u = f"DELETE WHERE {{ GRAPH {g} {{ {rec} ?p ?o }} }}"
v = (f"DELETE {{ GRAPH {g} {{ {c} ?p ?o }} }} INSERT {{ GRAPH {g} {{ {m} ?p ?o }} }} "
     f"WHERE {{ GRAPH {g} {{ {c} ?p ?o }} }}")
P = """PREFIX dipl: <https://w3id.org/dipl/ns#>
"""
'''
    assert sorted(line for line, _ in query_texts(caught)) == [2, 4, 5, 6, 8]
    left = '''
"""A docstring may show SELECT ?x WHERE { ?x ?p ?o }."""
payload = f"DROP SILENT GRAPH <{g}> ;\\nINSERT DATA {{ GRAPH <{g}> {{\\n{text}\\n}} }}"
page = (f"{text[:start]}SELECT * {' '.join(datasets)} WHERE {{ {{\\n{inner[start:]}\\n}} }}\\n"
        f"LIMIT {limit} OFFSET {offset}")
message = f"run 'diplograph ask officials' or select a state with --where state={code}"
'''
    assert query_texts(left) == []


# --- the .rq files ----------------------------------------------------------------------------


def _rq_files():
    return sorted(QUERIES.rglob("*.rq"))


def _name(path: Path) -> str:
    return path.relative_to(QUERIES).with_suffix("").as_posix()


@pytest.mark.parametrize("path", _rq_files(), ids=_name)
def test_every_rq_file_parses(path):
    """Named questions as written (users run them with ``query --file``); the library's own
    queries with the prologue :func:`load_query` gives them."""
    name = _name(path)
    text = path.read_text(encoding="utf-8")
    assert text.startswith(f"# name: {name}\n"), name
    assert read_query(name) == text
    if "/" in name:
        text = load_query(name)
    params = re.search(r"^# parameters: (.*(?:\n#  .*)*)", text, re.M)
    if params and name.startswith("resolve/"):
        # A template of graph/resolve/writes.fill: parse it with its parameters written as terms.
        from diplograph.graph.resolve.writes import fill
        from rdflib import URIRef

        names = set(re.findall(r"\?([A-Za-z_]\w*)", params.group(1))) & set(re.findall(r"[?$]([A-Za-z_]\w*)", text))
        text = fill(name.split("/", 1)[1], **{n: URIRef(f"https://example.org/{n}") for n in names})
    store = ox.Store()  # in memory: parsing and running on an empty store changes nothing
    try:
        if is_update(text):
            store.update(text)
        else:
            result = store.query(text)
            if not isinstance(result, ox.QueryBoolean):
                list(result)
    except SyntaxError as exc:
        pytest.fail(f"{name}: {exc}")


def test_every_declared_prefix_is_the_tables():
    for path in _rq_files():
        for prefix, iri in re.findall(r"(?im)^\s*PREFIX\s+([\w-]*):\s*<([^>]*)>", path.read_text(encoding="utf-8")):
            assert PREFIXES.get(prefix) == iri, f"{_name(path)}: {prefix}: <{iri}> is not in ontology.PREFIXES"


def test_every_library_query_is_read_by_some_module():
    sources = "\n".join(p.read_text(encoding="utf-8") for p in GRAPH.rglob("*.py"))
    # graph/resolve/writes.fill("stem", …) reads the template resolve/stem.
    names = [_name(p) for p in _rq_files() if "/" in _name(p)]
    unread = [n for n in names if f'"{n}"' not in sources
              and not (n.startswith("resolve/") and f'fill("{n.split("/", 1)[1]}"' in sources)]
    assert not unread, f"no graph/ module reads {unread}"


# --- the scanner ------------------------------------------------------------------------------


def test_a_hash_inside_an_iri_is_not_a_comment():
    text = "PREFIX dipl: <https://w3id.org/dipl/ns#>\nINSERT DATA { <https://e.org/a> dipl:p 1 }"
    assert is_update(text) and form(text) == "INSERT"
    assert is_update("PREFIX dipl: <https://w3id.org/dipl/ns#>\nPREFIX x: <https://e.org/x#>\nDELETE WHERE { ?s ?p ?o }")
    assert not is_update("PREFIX dipl: <https://w3id.org/dipl/ns#>\n# INSERT DATA {}\nSELECT * { ?s ?p ?o }")
    assert not is_update('SELECT * { ?s ?p "DELETE" }')


def test_the_store_refuses_an_update_behind_a_hash_iri():
    from diplograph.graph.store import run_query

    store = ox.Store()
    with pytest.raises(QueryError, match="read-only"):
        run_query(store, "PREFIX dipl: <https://w3id.org/dipl/ns#>\n"
                         "INSERT DATA { GRAPH <https://e.org/g> { <https://e.org/a> dipl:articleId \"x\" } }")
    assert len(store) == 0


def test_the_server_refuses_the_same_update():
    from diplograph.graph.serve.worker import run_sparql

    with pytest.raises(QueryError, match="read-only"):
        run_sparql(ox.Store(), "PREFIX dipl: <https://w3id.org/dipl/ns#>\nINSERT DATA { <https://e.org/a> dipl:p 1 }")


def test_service_is_found_by_the_same_scanner():
    from diplograph.graph.serve.worker import uses_service

    assert uses_service("PREFIX ex: <http://example.org/ns#>\nSELECT * { SERVICE <http://e.org/sparql> { ?s ?p ?o } }")
    assert not uses_service('SELECT * { ?s ?p """multi\nline SERVICE <x> { }""" } # SERVICE <y> {}')


def test_mask_keeps_offsets():
    text = "PREFIX ex: <http://e.org/#> # say \"no\"\nSELECT ('''a\n#b''' AS ?x) { ?s ex:a\\#b ?o }"
    masked = mask(text)
    assert len(masked) == len(text)
    assert "#" not in masked.replace("\\#", "") and "no" not in masked and masked.endswith("{ ?s ex:a\\#b ?o }")


def test_the_endpoint_pages_with_the_same_scanner():
    from diplograph.graph.store.endpoint import _page

    text = ("PREFIX dipl: <https://w3id.org/dipl/ns#> # {\nSELECT ?a FROM <https://e.org/g#1> "
            "WHERE { ?x dipl:articleId ?a } ORDER BY ?a")
    paged = _page(text, 10, 20)
    assert paged.startswith("PREFIX dipl: <https://w3id.org/dipl/ns#> # {\nSELECT * FROM <https://e.org/g#1> WHERE { {\n")
    assert paged.endswith("ORDER BY ?a\n} }\nLIMIT 10 OFFSET 20")
    store = ox.Store()
    store.add(ox.Quad(ox.NamedNode("https://e.org/x"), ox.NamedNode("https://w3id.org/dipl/ns#articleId"),
                      ox.Literal("a1"), ox.NamedNode("https://e.org/g#1")))
    assert [s["a"].value for s in store.query(_page(text, 10, 0))] == ["a1"]


# --- the prologue and the values --------------------------------------------------------------


def test_the_prologue_declares_what_is_used_after_the_header():
    text = "# name: x\n# bound vars: none\nSELECT ?s { ?s a dipl:State ; rdfs:label \"org:no\" } # owl:no\n"
    assert with_prologue(text) == ("# name: x\n# bound vars: none\nPREFIX dipl: <https://w3id.org/dipl/ns#>\n"
                                   "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n" + text.split("\n", 2)[2])
    declared = "PREFIX dipl: <https://w3id.org/dipl/ns#>\nASK { ?s a dipl:State }"
    assert with_prologue(declared) == declared
    assert with_prologue('ASK { ?s ?p "1"^^xsd:integer }').startswith("PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>\n")


def test_values_are_exact_terms():
    text = with_values("SELECT ?s ?n { ?s <https://e.org/name> ?n }",
                       [{"s": URIRef("https://e.org/a"), "n": 'Ann "A"\n'}, {"s": URIRef("https://e.org/b"), "n": None}])
    assert '{ VALUES (?s ?n) { (<https://e.org/a> "Ann \\"A\\"\\n") (<https://e.org/b> UNDEF) }\n' in text
    store = ox.Store()
    store.add(ox.Quad(ox.NamedNode("https://e.org/a"), ox.NamedNode("https://e.org/name"), ox.Literal('Ann "A"\n')))
    store.add(ox.Quad(ox.NamedNode("https://e.org/c"), ox.NamedNode("https://e.org/name"), ox.Literal("C")))
    assert [s["s"].value for s in store.query(text)] == ["https://e.org/a"]
    insert = "insert { <https://e.org/a> <https://e.org/n> ?n } where { }"  # keywords in any case
    store.update(with_values(insert, []))  # no rows, no solution: nothing written
    assert len(store) == 2
    store.update(with_values(insert, [{"n": 3}, {"n": None}]))  # an unbound value writes nothing either
    assert [q.object for q in store.quads_for_pattern(None, ox.NamedNode("https://e.org/n"), None)] == [ox.Literal(
        "3", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))]
    with pytest.raises(QueryError, match="not an IRI"):
        with_values("SELECT ?s { ?s ?p ?o }", [{"s": URIRef("https://e.org/a> . <x")}])
    with pytest.raises(QueryError, match="no WHERE"):
        with_values("INSERT DATA { <https://e.org/a> <https://e.org/b> 1 }", [{"s": URIRef("https://e.org/a")}])


def test_unmerge_rewrites_exactly_the_graphs_of_the_merge():
    """The unmerge updates (merges/*.rq) with their values, on a hand-built store."""
    from diplograph.graph.resolve.merges import unmerge
    from diplograph.graph.resolve import DECISIONS_GRAPH

    d, e = "https://w3id.org/dipl/ns#", "https://w3id.org/dipl/id/"
    mention, canonical, other = e + "meeting/a2-m0", e + "meeting/2024-03-14--kaz-rus--talks", e + "meeting/x"
    g1, g2 = e + "graph/a2", e + "graph/a3"

    def quads(g, merge, replaced):
        yield merge, "http://www.w3.org/1999/02/22-rdf-syntax-ns#type", URIRef(d + "Merge")
        yield merge, d + "mention", URIRef(mention)
        yield merge, d + "canonical", URIRef(canonical)
        if replaced:
            yield merge, d + "replacedDate", Literal(replaced)
        yield canonical, d + "date", Literal("2024-03-14")
        yield canonical, d + "dateInferred", Literal(True)
        yield canonical, "http://semanticweb.cs.vu.nl/2009/11/sem/hasTimeStamp", Literal("2024-03-14")
        yield other, d + "previousRound", URIRef(canonical)

    store = ox.Store()
    for g, merge, replaced in ((g1, e + "merge/m1", "--03-14"), (g2, e + "merge/m2", None)):
        for s, p, o in quads(g, merge, replaced):
            obj = ox.NamedNode(o) if isinstance(o, URIRef) else ox.Literal(str(o), datatype=ox.NamedNode(o.datatype)) \
                if o.datatype else ox.Literal(str(o))
            store.add(ox.Quad(ox.NamedNode(s), ox.NamedNode(p), obj, ox.NamedNode(g)))
    untouched = e + "graph/a4"
    store.add(ox.Quad(ox.NamedNode(canonical), ox.NamedNode(d + "date"), ox.Literal("2024-03-14"), ox.NamedNode(untouched)))

    done = unmerge(store, "m1")
    assert done == {"mention": mention, "canonical": canonical, "articles": 2}
    got = {(q.subject.value, q.predicate.value, term_value(q.object), q.graph_name.value) for q in store}
    assert got == {
        (mention, d + "date", "--03-14", g1), (mention, d + "dateInferred", False, g1),
        (other, d + "previousRound", mention, g1),
        (mention, d + "date", "2024-03-14", g2), (mention, d + "dateInferred", True, g2),
        (mention, "http://semanticweb.cs.vu.nl/2009/11/sem/hasTimeStamp", "2024-03-14", g2),
        (other, d + "previousRound", mention, g2),
        (canonical, d + "date", "2024-03-14", untouched),
        (mention, d + "distinctFrom", canonical, str(DECISIONS_GRAPH)),
    }


# --- one term converter -----------------------------------------------------------------------


def test_one_converter_for_every_engine():
    from diplograph.graph.store.endpoint import _json_value

    xsd = "http://www.w3.org/2001/XMLSchema#"
    cases = [("true", "boolean", True), ("1", "boolean", True), ("0", "boolean", False), ("42", "integer", 42),
             ("2.5", "decimal", 2.5), ("2024-04-10", "date", "2024-04-10"), ("x", "string", "x"), ("12x", "integer", "12x")]
    for lexical, kind, want in cases:
        assert python_value(lexical, xsd + kind) == want
        assert term_value(ox.Literal(lexical, datatype=ox.NamedNode(xsd + kind))) == want
        assert _json_value({"type": "literal", "value": lexical, "datatype": xsd + kind}) == want
    assert term_value(ox.Literal("Paris", language="fr")) == "Paris"
    assert term_value(ox.NamedNode("https://e.org/a")) == "https://e.org/a"
    assert _json_value({"type": "uri", "value": "https://e.org/a"}) == "https://e.org/a"
    assert term_value(None) is None and _json_value(None) is None


# --- one key recipe ---------------------------------------------------------------------------

#: Rule modules that hash keys with their own call, waiting for the loaders' refactor to use
#: diplograph.loaders.keys.digest (the same recipe, so the same keys: see the test below).
PENDING_KEYS: set[str] = set()


def test_one_key_recipe():
    from diplograph.graph.ids import digest as graph_digest
    from diplograph.loaders.keys import digest

    assert graph_digest is digest
    assert digest("a1", 3, None) == "98238c554a9ae0e9"  # keys are part of IRIs: the recipe never changes
    # The keys the meeting and statement rules minted before the recipe: unchanged by it.
    assert hashlib.sha1("a1|7".encode()).hexdigest()[:12] == digest("a1", 7, length=12)
    assert hashlib.sha1("a1|10|42|p".encode()).hexdigest()[:16] == digest("a1", 10, 42, "p")
    hashing = sorted(p.relative_to(p.parents[1]).as_posix() for p in [*GRAPH.rglob("*.py"), *LOADERS.rglob("*.py")]
                     if "hashlib.sha1" in p.read_text(encoding="utf-8") and p.name not in PENDING_KEYS)
    assert hashing == ["loaders/keys.py"]


# --- every error class in errors.py -----------------------------------------------------------

#: Modules that still define their own error classes (none left).
PENDING_ERRORS: set[str] = set()


def test_error_classes_live_in_errors_py():
    from diplograph.graph import errors

    known = {name for name in dir(errors) if isinstance(getattr(errors, name), type)} | {"Exception"}
    for path in GRAPH.rglob("*.py"):
        rel = path.relative_to(GRAPH).as_posix()
        if rel == "errors.py" or rel in PENDING_ERRORS:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                bases = {b.id if isinstance(b, ast.Name) else getattr(b, "attr", "") for b in node.bases}
                assert not (bases & known or any(b.endswith(("Error", "Exception")) for b in bases)), \
                    f"{rel}: class {node.name} is an error class: define it in graph/errors.py"
