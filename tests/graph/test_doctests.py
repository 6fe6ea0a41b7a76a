"""The examples in graph/'s docstrings run (so they cannot drift from the code).

Every module of diplograph.graph whose source holds a ``>>>`` example is collected, so a new
example is tested without touching this file.
"""
import doctest
import importlib
from pathlib import Path

import pytest

import diplograph.graph

GRAPH = Path(diplograph.graph.__file__).parent


def _modules_with_examples() -> list[str]:
    names = []
    for path in sorted(GRAPH.rglob("*.py")):
        if ">>>" in path.read_text(encoding="utf-8"):
            parts = path.relative_to(GRAPH).with_suffix("").parts
            parts = parts[:-1] if parts[-1] == "__init__" else parts
            names.append(".".join(("diplograph.graph", *parts)))
    return names


MODULES = _modules_with_examples()


def test_the_examples_are_found():
    # A moved or renamed module must not silently drop its examples from the suite.
    assert {"diplograph.graph.sparqltext", "diplograph.graph.evaluate", "diplograph.graph.ids",
            "diplograph.graph.resolve.names", "diplograph.graph.resolve.model", "diplograph.graph.resolve.weights",
            "diplograph.graph.render.network", "diplograph.graph.render.spellings", "diplograph.graph.statements",
            "diplograph.graph.store.endpoint", "diplograph.graph.serve.worker"} <= set(MODULES)


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0 and result.failed == 0, f"{name}: {result.failed} of {result.attempted} failed"
