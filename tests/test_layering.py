"""loaders/ is a leaf: it never imports rdflib, networkx, pyvis or diplograph.graph."""
import ast
from pathlib import Path

import pytest

import diplograph.loaders

LOADERS = Path(diplograph.loaders.__file__).parent
BANNED = ("rdflib", "networkx", "pyvis", "pyoxigraph", "pyshacl", "diplograph.graph")


def _imports(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            yield node.module


@pytest.mark.parametrize("path", sorted(LOADERS.rglob("*.py")), ids=lambda p: p.name)
def test_loaders_never_import_graph_libraries(path):
    bad = [m for m in _imports(path) if m.split(".")[0] in BANNED or m.startswith("diplograph.graph")]
    assert not bad, f"{path.name} imports {bad}"


def test_loaders_import_without_spacy():
    import subprocess
    import sys

    code = "import diplograph.loaders, diplograph.loaders.facts, sys; print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
