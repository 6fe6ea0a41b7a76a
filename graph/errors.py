"""Errors raised by diplograph.graph.

    GraphError
     ├── StoreError            the store folder is missing, not a store, or cannot be written
     ├── QueryError            broken SPARQL, an update where only reading is allowed, unknown question
     │    ├── QueryTimeout     a query ran past its time limit (its worker was killed)
     │    ├── ResultTooLarge   more rows than the server's cap
     │    ├── NotAcceptable    no result format the client accepts
     │    └── ServerBusy       every query worker is busy
     ├── WorkerFailed          a query worker died or did not start (the server's fault)
     ├── ServerError           the server cannot start (address in use, bad host, bad settings)
     ├── EvaluationError       a gold file or an evaluation folder that cannot be used
     └── ShapeValidationError  the store does not conform to the SHACL shapes (carries the report)

Messages are one line; the CLI prints them as ``error: …`` and exits with status 1.
"""
from __future__ import annotations

__all__ = ["GraphError", "StoreError", "QueryError", "QueryTimeout", "ResultTooLarge", "NotAcceptable", "ServerBusy",
           "WorkerFailed", "ServerError", "EvaluationError", "ShapeValidationError"]


class GraphError(Exception):
    """Base class of every error raised by diplograph.graph."""


class StoreError(GraphError):
    pass


class QueryError(GraphError):
    pass


class QueryTimeout(QueryError):
    pass


class ResultTooLarge(QueryError):
    pass


class NotAcceptable(QueryError):
    pass


class ServerBusy(QueryError):
    pass


class WorkerFailed(GraphError):
    """A worker process died or did not start: the server's fault, not the query's."""


class ServerError(GraphError):
    """The server cannot start (address in use, bad host, bad settings)."""


class EvaluationError(GraphError):
    pass


class ShapeValidationError(GraphError):
    def __init__(self, message: str, report: str = ""):
        super().__init__(message)
        #: The full pySHACL text report.
        self.report = report
