"""Errors raised by diplograph.graph.

    GraphError
     ├── StoreError            the store folder is missing, not a store, or cannot be written
     ├── QueryError            broken SPARQL, an update where only reading is allowed, unknown question
     ├── EvaluationError       a gold file or an evaluation folder that cannot be used
     └── ShapeValidationError  the store does not conform to the SHACL shapes (carries the report)

Messages are one line; the CLI prints them as ``error: …`` and exits with status 1.
"""
from __future__ import annotations

__all__ = ["GraphError", "StoreError", "QueryError", "EvaluationError", "ShapeValidationError"]


class GraphError(Exception):
    """Base class of every error raised by diplograph.graph."""


class StoreError(GraphError):
    pass


class QueryError(GraphError):
    pass


class EvaluationError(GraphError):
    pass


class ShapeValidationError(GraphError):
    def __init__(self, message: str, report: str = ""):
        super().__init__(message)
        #: The full pySHACL text report.
        self.report = report
