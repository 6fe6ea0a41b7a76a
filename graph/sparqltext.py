"""SPARQL text helpers shared by the embedded store and the remote endpoint.

Bindings are written into query text in a few places (a VALUES row for a remote server, or
pushed inside a GRAPH block for Oxigraph); these helpers find syntax without being fooled by
strings, IRIs and comments, and write values as escaped SPARQL terms, never pasted text.
"""
from __future__ import annotations

import re

from diplograph.graph.errors import QueryError

__all__ = ["mask", "sparql_term"]

# Comments, strings and IRIs are masked (same length) before the query text is inspected, so a
# "{" or "LIMIT" inside a literal, or the "#" of an IRI, is never taken for syntax.
_LEXEMES = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''
    r'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\''
    r'|<[^<>"{}|^`\\\x00-\x20]*>'
    r'|#[^\n]*'
)
_IRI_FORBIDDEN = re.compile(r'[<>"{}|^`\\\x00-\x20]')


def mask(text: str) -> str:
    def blank(m: re.Match) -> str:
        s = m.group(0)
        if s[0] == "#":
            return " " * len(s)
        return s[0] + "_" * (len(s) - 2) + s[-1]

    return _LEXEMES.sub(blank, text)


def sparql_term(value: str) -> str:
    """An IRI (``http(s)://…``, as the embedded store decides) or a plain literal, escaped."""
    if value.startswith(("http://", "https://")):
        if _IRI_FORBIDDEN.search(value):
            raise QueryError(f"cannot bind {value!r}: not a valid IRI")
        return f"<{value}>"
    escaped = (value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
               .replace("\r", "\\r").replace("\t", "\\t"))
    return f'"{escaped}"'
