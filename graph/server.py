"""The old import path of :mod:`diplograph.graph.serve`, kept for scripts and tests that use it."""
from diplograph.graph.serve import DiplographServer, ServerError, make_app, make_server

__all__ = ["ServerError", "DiplographServer", "make_server", "make_app"]
