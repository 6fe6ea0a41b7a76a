"""`diplograph ingest` on a folder mixing languages: French and English are read, the others skipped."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

pytestmark = pytest.mark.slow

CLI = [sys.executable, "-m", "diplograph.graph"]
FR = """Réunion à Rabat sur la sécurité au Sahel
Le ministre marocain des Affaires étrangères, Karim Alaoui, a reçu le 12 mars à Rabat son homologue malien, Moussa Keïta.
« Nous voulons une coordination étroite », a déclaré M. Alaoui.
"""
EN = """Ghana and Togo hold border talks in Accra
Ghanaian Foreign Minister Kwame Asante hosted his Togolese counterpart, Kodjo Mensah, in Accra on March 12.
"We want close coordination on the border," Asante told reporters after the talks.
"""
ES = """Reunión en Lima sobre la frontera
El ministro de Relaciones Exteriores de Perú recibió el 12 de marzo en Lima a su homólogo de Ecuador para
hablar de la frontera, según un comunicado de la cancillería.
"""


def run(*args) -> subprocess.CompletedProcess:
    return subprocess.run([*CLI, *map(str, args)], capture_output=True, text=True, timeout=300)


def test_mixed_languages(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    for name, text in (("rabat.txt", FR), ("accra.txt", EN), ("lima.txt", ES)):
        (folder / name).write_text(text, encoding="utf-8")
    store = tmp_path / "store"
    proc = run("ingest", folder, "--store", store, "--published", "2025-03-13", "--workers", "1")
    assert proc.returncode == 0, proc.stderr
    assert f"skipped: {folder / 'lima.txt'}: unsupported language: es" in proc.stderr.splitlines()
    officials = {r["person"]: r for r in json.loads(run("ask", "officials", "--store", store, "--format", "json").stdout)}
    assert officials["Karim Alaoui"]["state"] == "MAR" and officials["Kwame Asante"]["state"] == "GHA"
    strict = run("ingest", folder, "--store", tmp_path / "strict", "--strict", "--workers", "1")
    assert strict.returncode == 1 and "unsupported language: es" in strict.stderr
