"""The examples in the loaders' docstrings run (so they cannot drift from the code)."""
import doctest
import importlib

import pytest

MODULES = ["text", "dates", "persons", "mentions", "extract", "keys", "lexicon"]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    module = importlib.import_module(f"diplograph.loaders.{name}")
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0 and result.failed == 0
