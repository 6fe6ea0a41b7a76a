"""Languages: detection from function words, metadata that wins, and the English model's checks.

Invented example text only. The model tests copy the installed English model folder, tamper with
the copy and check that it is refused; the installed folder itself is never touched.
"""
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from diplograph.loaders.articles import iter_articles, read_article_text, read_articles
from diplograph.loaders.errors import ModelIntegrityError, UnsupportedLanguageError
from diplograph.loaders.language import detect_language
from diplograph.loaders.nlp import MODELS, verified_model_dir

EN = ("Ministers agree to resume border talks\n"
      "The foreign ministers of the two countries met in Geneva on Tuesday and agreed to resume talks on "
      "the border, a spokesperson for the ministry said.")
FR = ("Les ministres relancent les pourparlers\n"
      "Les ministres des Affaires étrangères des deux pays se sont rencontrés mardi à Genève et ont convenu "
      "de reprendre les discussions sur la frontière, selon le porte-parole du ministère.")
ES = ("Los ministros reanudan las conversaciones\n"
      "Los ministros de Asuntos Exteriores de los dos países se reunieron el martes en Ginebra y acordaron "
      "reanudar las conversaciones sobre la frontera, según el portavoz del ministerio.")
DE = ("Minister nehmen Gespräche wieder auf\n"
      "Die Außenminister der beiden Länder haben sich am Dienstag in Genf getroffen und sich auf neue "
      "Gespräche über die Grenze geeinigt, sagte ein Sprecher des Ministeriums.")
SHARED_MANIFEST = Path(__file__).parents[3] / "shared" / "models" / "en_core_web_sm-3.8.0.manifest.json"


@pytest.mark.parametrize("text, lang", [(EN, "en"), (FR, "fr"), (ES, "es"), (DE, "de")])
def test_detect_language(text, lang):
    assert detect_language(text) == lang


def test_too_little_text_says_nothing():
    assert detect_language("Lavrov, Rubio") is None
    assert detect_language("") is None


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_language_is_detected_when_no_metadata_gives_it(tmp_path):
    [en] = read_articles([write(tmp_path / "a.txt", EN)])
    [fr] = read_articles([write(tmp_path / "b.txt", FR)])
    assert (en.lang, fr.lang) == ("en", "fr")
    assert read_article_text(EN, id="mem").lang == "en"
    assert read_articles([tmp_path / "a.txt"], lang="auto")[0].lang == "en"


def test_metadata_wins_and_an_explicit_language_forces(tmp_path):
    txt = write(tmp_path / "a.txt", EN)
    write(tmp_path / "a.json", json.dumps({"lang": "fr"}))
    assert read_articles([txt])[0].lang == "fr"  # the sidecar's language wins over the text's
    assert read_articles([txt], lang="en")[0].lang == "en"  # --lang forces
    corpus = write(tmp_path / "c.jsonl", "\n".join(json.dumps(r) for r in (
        {"text": EN}, {"text": FR}, {"text": EN, "lang": "fr-FR"})))
    assert [a.lang for a in read_articles([corpus])] == ["en", "fr", "fr"]


def test_another_language_is_refused_with_its_code(tmp_path):
    path = write(tmp_path / "es.txt", ES)
    with pytest.raises(UnsupportedLanguageError) as info:
        read_articles([path])
    assert str(info.value) == f"{path}: unsupported language: es"
    # In a batch it is skipped with that reason, and the other articles are read.
    write(tmp_path / "en.txt", EN)
    write(tmp_path / "de.txt", DE)
    errors = []
    got = list(iter_articles([tmp_path], on_error=lambda where, error: errors.append((where, str(error)))))
    assert [a.id for a in got] == ["en"]
    assert sorted(e[1] for e in errors) == [f"{tmp_path / 'de.txt'}: unsupported language: de",
                                           f"{tmp_path / 'es.txt'}: unsupported language: es"]


def test_an_unsupported_language_argument_fails_at_the_call(tmp_path):
    with pytest.raises(UnsupportedLanguageError, match=r"^unsupported language: es \(diplograph reads fr, en\)$"):
        iter_articles([write(tmp_path / "a.txt", EN)], lang="es")


# --- the English model ---------------------------------------------------------------------

def _manifest() -> dict:
    from importlib.resources import files

    return json.loads((files("diplograph.loaders") / "data" / MODELS["en"]).read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def model_copy(tmp_path_factory):
    """A private copy of the installed English model folder, to tamper with."""
    folder = tmp_path_factory.mktemp("model") / "en"
    shutil.copytree(verified_model_dir(MODELS["en"]), folder)
    return folder


@pytest.mark.skipif(not SHARED_MANIFEST.exists(), reason="shared/ not beside the checkout")
def test_the_kept_manifest_is_the_recorded_one():
    assert _manifest() == json.loads(SHARED_MANIFEST.read_text(encoding="utf-8"))


def test_an_untouched_copy_passes(model_copy):
    assert verified_model_dir(_manifest(), root=model_copy) == model_copy


@pytest.mark.parametrize("change, what", [
    ("tamper", "ner/model differs"),
    ("extra", "extra.py is not part of the model"),
    ("missing", "tokenizer is missing"),
])
def test_a_changed_model_is_refused_in_one_line(model_copy, tmp_path, change, what):
    folder = tmp_path / "en"
    shutil.copytree(model_copy, folder)
    if change == "tamper":  # same size, one byte flipped
        data = bytearray((folder / "ner" / "model").read_bytes())
        data[len(data) // 2] ^= 0xFF
        (folder / "ner" / "model").write_bytes(bytes(data))
    elif change == "extra":
        (folder / "extra.py").write_text("print('hello')\n")
    else:
        (folder / "tokenizer").unlink()
    with pytest.raises(ModelIntegrityError) as info:
        verified_model_dir(_manifest(), root=folder)
    message = str(info.value)
    assert "\n" not in message and message.startswith("English refused: ") and what in message, message
    assert isinstance(info.value, UnsupportedLanguageError)  # a batch skips English articles with that reason


@pytest.mark.slow
def test_english_loads_by_path_without_importing_the_wheel():
    code = ("import sys; from diplograph.loaders.nlp import load_pipeline; nlp = load_pipeline('en'); "
            "print(nlp.lang, nlp.meta['version'], any(m.startswith('en_core_web_sm') for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["en", "3.8.0", "False"]
