"""Ingest: articles → facts → RDF → one atomic write to the store.

Everything that can fail (reading, language, dates, extraction, RDF) happens before the store is
touched; the write itself is one transaction. So a bad input leaves the store exactly as it was.
spaCy is imported only here, inside :func:`ingest`, never by the query commands.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from diplograph.graph.rdf import facts_to_rdf
from diplograph.graph.store import _check_folder, ingest_graphs, open_store
from diplograph.loaders.errors import LoaderError
from diplograph.loaders.facts import Article, Extraction

__all__ = ["IngestSummary", "ingest"]


@dataclass
class IngestSummary:
    store: str
    articles: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


def _default_extract(article: Article) -> Extraction:
    from diplograph.loaders.extract import extract_facts
    from diplograph.loaders.nlp import load_pipeline

    return extract_facts(article, load_pipeline(article.lang))


def ingest(
    paths: Iterable[str | Path],
    *,
    store: str | Path,
    lang: str | None = None,
    published: str | None = None,
    url: str | None = None,
    extract: Callable[[Article], Extraction] | None = None,
    on_article: Callable[[Article, int, int], None] | None = None,
) -> IngestSummary:
    """Read, extract and store articles.

    Args:
        paths: files or folders (text with a .json sidecar, HTML, JSON, JSONL).
        store: the store folder (created when missing).
        lang, published, url: override the articles' own metadata.
        extract: the extraction function (tests may pass a lighter one; the CLI never does).
        on_article: progress callback ``(article, index, total)``.

    Raises:
        LoaderError: an input cannot be read or extracted.
        StoreError: the folder is not a store or cannot be written.
    """
    from diplograph.loaders.articles import read_articles

    store = Path(store)
    _check_folder(store, create=True)  # "not a store" fails before any slow work
    summary = IngestSummary(store=str(store))
    articles = read_articles(list(paths), lang=lang, published=published, url=url,
                             on_warning=summary.warnings.append)
    extract = extract or _default_extract
    graphs = {}
    totals = {"articles": 0, "states": 0, "persons": 0, "roles": 0, "meetings": 0, "positions": 0}
    for i, article in enumerate(articles):
        if on_article:
            on_article(article, i, len(articles))
        try:
            ex = extract(article)
        except LoaderError:
            raise
        except (ValueError, KeyError, IndexError, AttributeError, TypeError) as exc:
            # A bug in a rule must not leave a half-written store; report the article instead.
            raise LoaderError(f"{article.source or article.id}: extraction failed ({type(exc).__name__}: {exc})") from exc
        graphs[article.id] = facts_to_rdf(ex)
        totals["articles"] += 1
        totals["states"] += sum(1 for s in ex.states if s.acting)
        for key in ("persons", "roles", "meetings", "positions"):
            totals[key] += len(getattr(ex, key))
        summary.articles.append(article.id)
    db = open_store(store, create=True)
    ingest_graphs(db, graphs)
    summary.counts = totals
    return summary
