"""The old path of :mod:`diplograph.graph.render.pyvis` (README examples used it)."""
from diplograph.graph.render.pyvis import to_pyvis  # noqa: F401

__all__ = ["to_pyvis"]
