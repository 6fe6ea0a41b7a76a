"""Named questions: the .rq files of diplograph.ontology, with rows shaped for people and tools.

The four competency questions (states, officials, meetings, positions) return exactly the keys
that the scoring contract expects; the other named queries return their own columns.
"""
from __future__ import annotations

from diplograph.graph.errors import QueryError
from diplograph.graph.sparqltext import Shape
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


def ask(store, name: str, /, **bindings: str) -> list[dict]:
    """Answer the named question ``name`` from the store.

    Args:
        store: an open store or a remote endpoint.
        name: the question (a query of :mod:`diplograph.ontology`).
        **bindings: column → value: exactly the rows of the whole answer whose column is the
            value, as text (numbers as numbers; an empty value: the rows without one). See
            :func:`bindable_columns` for the columns, :func:`diplograph.graph.sparqltext.bind`
            for how the value reaches the query.

    Raises:
        QueryError: no question of that name, or a binding of a column it cannot take.
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
    _, rows = run_query(store, text, **bindings)
    return shape(name, rows)
