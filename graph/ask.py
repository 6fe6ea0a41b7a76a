"""Named questions: the .rq files of diplograph.ontology, with rows shaped for people and tools.

The four competency questions (states, officials, meetings, positions) return exactly the keys
that the scoring contract expects; the other named queries return their own columns.
"""
from __future__ import annotations

from diplograph.graph.errors import QueryError
from diplograph.graph.store import run_query
from diplograph.ontology import query_names, read_query

__all__ = ["ask", "QUESTION_KEYS"]

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


def _shape(name: str, rows: list[dict]) -> list[dict]:
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


def ask(store, name: str, **bindings: str) -> list[dict]:
    """Answer the named question ``name`` from the store.

    Raises:
        QueryError: no question of that name.
    """
    if name not in query_names():
        raise QueryError(f"unknown question {name!r}: choose one of {', '.join(query_names())}")
    _, rows = run_query(store, read_query(name), **bindings)
    if name in QUESTION_KEYS:
        return _shape(name, rows)
    return rows
