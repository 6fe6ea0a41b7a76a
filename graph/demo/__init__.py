"""The bundled demo: one invented French article, ingested, asked and rendered (``diplograph demo``).

``demo.fr.txt`` is the article and ``demo.fr.json`` its sidecar (language, date, URL); both ship
in the wheel, so the demo runs from an installed package.
"""
from __future__ import annotations

from dataclasses import dataclass
from importlib.resources import as_file, files
from pathlib import Path

__all__ = ["DEMO_QUESTIONS", "Demo", "run_demo"]

#: The questions the demo answers, in the order it prints them.
DEMO_QUESTIONS = ("officials", "meetings")


@dataclass(frozen=True, slots=True)
class Demo:
    """What :func:`run_demo` did: the ingest summary, the answers, the page written."""

    summary: object  # diplograph.graph.ingest.IngestSummary
    #: Question name -> rows, for each of :data:`DEMO_QUESTIONS`.
    answers: dict[str, list[dict]]
    page: object  # diplograph.graph.render.RenderedPage
    store: Path


def run_demo(*, store: Path, output: Path) -> Demo:
    """Ingest the demo article into ``store``, answer :data:`DEMO_QUESTIONS`, write the page to ``output``.

    Loads the French spaCy pipeline (the ingest); a second run finds the article unchanged.
    """
    from diplograph.graph.ask import ask
    from diplograph.graph.ingest import ingest
    from diplograph.graph.render import render_store
    from diplograph.graph.store import open_store

    here = files("diplograph.graph.demo")
    with as_file(here / "demo.fr.txt") as path, as_file(here / "demo.fr.json"):
        summary = ingest([path], store=store, workers=1)
    db = open_store(store, read_only=True)
    answers = {name: ask(db, name) for name in DEMO_QUESTIONS}
    page = render_store(db, output)
    return Demo(summary, answers, page, Path(store))
