"""Ingest: articles → facts → RDF → the store, in batches that survive being killed.

Articles stream from the reader (folders, globs, JSONL corpora, HTML pages) one at a time, so
memory stays flat however large the feed. Extraction runs in worker processes when asked (spaCy
holds the GIL; processes are the only way to use a second core). The main process builds RDF,
resolves entities against the store and commits every few articles in one transaction.

Resumable and idempotent: an article whose text hash is already in the store is not processed
again; a changed text replaces its article's named graph. A run killed at any point leaves the
store with whole articles only (each commit is atomic), so running it again completes the batch
with nothing duplicated and nothing lost. One bad article never stops a batch: it is skipped
with its reason, listed in the summary.

spaCy is imported only in the extraction path, never by the query commands.
"""
from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import RDF

from diplograph.graph.errors import GraphError
from diplograph.graph.rdf import facts_to_rdf
from diplograph.graph.store.folder import _check_folder
from diplograph.graph.store import article_hashes, flush, ingest_graphs, open_store, run_query
from diplograph.loaders.errors import LoaderError
from diplograph.loaders.facts import Article, Extraction
from diplograph.ontology.namespace import DIPLO

__all__ = ["IngestSummary", "Progress", "ingest", "count_inputs"]

#: Articles per transaction: small enough that a kill loses little work, large enough that
#: the per-commit cost (one SPARQL UPDATE) stays a few per cent of the run.
COMMIT_EVERY = 32
#: ...and at least this often, in seconds, for slow articles.
COMMIT_SECONDS = 5.0
#: Commits between two flushes of the store's write buffers: RocksDB otherwise keeps every
#: write in memory (~0.5 MB an article), so a 10,000-article ingest grew to 2.6 GB; flushing
#: every ~250 articles keeps the process under a few hundred MB for a small write cost.
FLUSH_EVERY = 8
FACT_KINDS = ("states", "persons", "roles", "meetings", "positions")


@dataclass
class IngestSummary:
    """What a run did: ``ingested``, ``unchanged`` and ``skipped`` (id or path, reason) articles."""

    store: str
    ingested: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    merges: int = 0  # merge records written by the resolver
    links: int = 0  # statements linked to the same statement in another article (dipl:sameStatementAs)
    seconds: float = 0.0

    @property
    def articles(self) -> list[str]:  # kept for callers of the first version
        return self.ingested


@dataclass
class Progress:
    """Passed to the ``on_progress`` callback after each article."""

    done: int
    total: int | None
    ingested: int
    unchanged: int
    skipped: int
    current: str
    rate: float  # articles per second since the start


def count_inputs(paths: Iterable[str | Path]) -> int | None:
    """A cheap count of the articles in ``paths`` (files, plus lines of JSONL corpora), for an ETA."""
    from diplograph.loaders.articles import EXTENSIONS

    total = 0
    try:
        for path in map(Path, paths):
            files = ([f for f in path.rglob("*") if f.suffix.lower() in EXTENSIONS and f.is_file()]
                     if path.is_dir() else [path] if path.is_file() else [])
            for f in files:
                if f.suffix.lower() == ".jsonl":
                    with f.open("rb") as fh:
                        total += sum(1 for line in fh if line.strip())
                elif not (f.suffix.lower() == ".json" and f.with_suffix(".txt").is_file()):
                    total += 1
    except OSError:
        return None
    return total or None


def _extract_in_process(article: Article, parsed: list | None = None) -> Extraction:
    from diplograph.loaders.extract import extract_facts
    from diplograph.loaders.nlp import load_pipeline

    if parsed is not None:  # parsed ahead with other articles (loaders.extract.parse_ahead)
        return extract_facts(article, parsed=parsed)
    return extract_facts(article, load_pipeline(article.lang))


def _safe_extract(article: Article, parsed: list | None = None) -> tuple[Article, Extraction | None, str | None]:
    """Run in a worker: errors come back as text, so one article never kills the pool."""
    try:
        return article, _extract_in_process(article, parsed), None
    except LoaderError as exc:
        return article, None, str(exc)
    except Exception as exc:  # noqa: BLE001 - a rule's bug skips its article, with the reason
        return article, None, f"extraction failed ({type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''})"


def _warm(lang: str = "fr") -> None:
    from diplograph.loaders.nlp import load_pipeline

    load_pipeline(lang)


def _extractions(articles: Iterable[Article], workers: int,
                 extract: Callable[[Article], Extraction] | None) -> Iterator[tuple[Article, Extraction | None, str | None]]:
    if extract is not None or workers <= 1:
        if extract is None:
            # One nlp.pipe call for the sentences of several articles: one call per article
            # costs ~10% of the parse.
            from diplograph.loaders.extract import parse_ahead

            yield from (_safe_extract(article, parsed) for article, parsed in parse_ahead(articles))
            return
        for article in articles:
            try:
                yield article, extract(article), None
            except LoaderError as exc:
                yield article, None, str(exc)
        return
    import itertools
    import multiprocessing as mp

    articles = iter(articles)
    first = next(articles, None)
    if first is None:  # nothing new: do not pay for starting the workers
        return
    # The model is loaded once here and the workers are forked from this process, so they
    # share its memory and start at once (as spaCy's own n_process does); loading it in each
    # spawned worker cost ~3 s of a two-core machine per run. Workers touch neither the store
    # nor the console.
    _warm(first.lang)
    with mp.get_context("fork").Pool(workers) as pool:
        # imap keeps input order, so a run is deterministic whatever the worker timing.
        yield from pool.imap(_safe_extract, itertools.chain([first], articles), chunksize=2)


def default_workers(paths: list[Path]) -> int:
    """One process for a few files; every core for folders and corpora (starting workers costs ~3 s)."""
    big = len(paths) > 8 or any(p.is_dir() or p.suffix.lower() == ".jsonl" for p in paths)
    return max(1, min(os.cpu_count() or 1, 4)) if big else 1


def ingest(
    paths: Iterable[str | Path],
    *,
    store: str | Path | None = None,
    target=None,
    lang: str | None = None,
    published: str | None = None,
    url: str | None = None,
    workers: int | None = None,
    resolve: bool = True,
    extract: Callable[[Article], Extraction] | None = None,
    on_progress: Callable[[Progress], None] | None = None,
    commit_every: int = COMMIT_EVERY,
    wait: float = 0.0,
) -> IngestSummary:
    """Read, extract, resolve and store articles, skipping the bad ones.

    The steps, in order: read (:func:`_start`, :func:`_fresh`), extract (:func:`_extractions`, a
    process pool for a corpus), resolve (:func:`_resolved_graph`), write (:func:`_commit`, one
    transaction every few articles), report (:func:`_report` after each article, :func:`_finish`).

    Args:
        paths: files, folders (recursively), glob patterns, JSONL corpora, HTML pages.
        store: the store folder (created when missing); or
        target: an open store or a remote :class:`~diplograph.graph.store.endpoint.Endpoint`.
        lang, published, url: override the articles' own metadata.
        workers: extraction processes (None: one for a few files, every core for a corpus).
        resolve: merge persons and meetings with those already known (see :mod:`.resolve`).
        extract: the extraction function (tests may pass a lighter one; the CLI never does).
        on_progress: called after each article with a :class:`Progress`.
        commit_every: articles per transaction.
        wait: seconds to wait for another process writing the same store.

    Returns:
        The summary; a run where every article was skipped raises instead.

    Raises:
        LoaderError: a path does not exist or an option is invalid (before any work), or no
            article could be ingested (the first reason).
        StoreError: the folder is not a store or cannot be written.
    """
    run, articles = _start(paths, store=store, target=target, lang=lang, published=published, url=url,
                           wait=wait, resolve=resolve, on_progress=on_progress, commit_every=commit_every)
    for article, ex, error in _extractions(_fresh(run, articles), workers or default_workers(run.paths), extract):
        run.done += 1
        if error is not None:
            run.summary.skipped.append((article.source or article.id, error.removeprefix(f"{article.source}: ")))
        else:
            _add_article(run, article, ex)
        if len(run.pending) >= run.commit_every or (run.pending and time.perf_counter() - run.last_commit > COMMIT_SECONDS):
            _commit(run)
        _report(run, article.id)
    _commit(run)  # the last articles, and whatever the resolver still has to write
    flush(run.db)
    return _finish(run)


@dataclass
class _Run:
    """The state of one ingest run, shared by its steps."""

    paths: list[Path]
    summary: IngestSummary
    db: object
    #: article id -> text hash of the articles already in the store
    known: dict[str, str]
    resolve: bool
    on_progress: Callable[[Progress], None] | None
    total: int | None
    started: float
    commit_every: int
    done: int = 0
    #: article id -> text hash of the articles of this batch so far
    seen: dict[str, str] = field(default_factory=dict)
    #: built at the first new article: a run with nothing new reads no index
    resolver: object = None
    linker: object = None
    #: article id -> graph, written at the next commit
    pending: dict[str, object] = field(default_factory=dict)
    last_commit: float = field(default_factory=time.perf_counter)
    commits: int = 0
    totals: dict[str, int] = field(default_factory=lambda: dict.fromkeys(("articles", *FACT_KINDS), 0))


def _start(paths, *, store, target, lang, published, url, wait, resolve, on_progress,
           commit_every) -> tuple[_Run, Iterator[Article]]:
    """Read step: check the store folder ("not a store" fails before any slow work), open the
    article reader (bad paths and options fail here, unreadable files become skipped ones), open
    the store (waiting ``wait`` seconds for another writer) and read the hashes it already has."""
    from diplograph.loaders.articles import iter_articles

    started = time.perf_counter()
    paths = [Path(p) for p in paths]
    if target is None:
        if store is None:
            raise GraphError("ingest needs a store folder or a target")
        _check_folder(Path(store), create=True)
    summary = IngestSummary(store=str(store if target is None else getattr(target, "url", target)))
    skipped = summary.skipped
    articles = iter_articles(paths, lang=lang, published=published, url=url, on_warning=summary.warnings.append,
                             on_error=lambda where, error: skipped.append((where, str(error).removeprefix(f"{where}: "))))
    db = target if target is not None else open_store(store, create=True, wait=wait)
    known = article_hashes(db)
    total = count_inputs(paths) if on_progress else None
    run = _Run(paths=paths, summary=summary, db=db, known=known, resolve=resolve, on_progress=on_progress,
               total=total, started=started, commit_every=commit_every)
    return run, articles


def _fresh(run: _Run, articles: Iterable[Article]) -> Iterator[Article]:
    """Articles that need work; the others are counted as unchanged (same text as in the store)
    or skipped (an id used twice in the batch with other texts) here."""
    summary = run.summary
    for article in articles:
        if article.id in run.seen:
            run.done += 1
            if run.seen[article.id] == article.sha256:
                summary.unchanged.append(article.id)
            else:
                summary.skipped.append((article.source or article.id,
                                        f"article id {article.id!r} is used by another article of this batch; rename one"))
            continue
        run.seen[article.id] = article.sha256 or ""
        if run.known.get(article.id) == article.sha256:
            run.done += 1
            summary.unchanged.append(article.id)
            _report(run, article.id, pending=0)
            continue
        yield article


def _add_article(run: _Run, article: Article, ex: Extraction) -> None:
    """Build, resolve and queue one article's graph; a failure that is no LoaderError or
    GraphError (a bug in a rule or the resolver) skips the article and keeps the batch going."""
    try:
        graph = _resolved_graph(run, article, ex)
    except (LoaderError, GraphError):
        raise
    except Exception as exc:  # noqa: BLE001 - skip the article, keep the batch going
        run.summary.skipped.append((article.source or article.id, f"could not build its graph ({type(exc).__name__}: {exc})"))
        return
    run.pending[article.id] = graph
    run.totals["articles"] += 1
    run.totals["states"] += sum(1 for s in ex.states if s.acting)
    for key in FACT_KINDS[1:]:
        run.totals[key] += len(getattr(ex, key))


def _resolved_graph(run: _Run, article: Article, ex: Extraction):
    """Resolve step: the article's RDF, its persons and meetings merged with those already known,
    then its statements linked to the same statements in other articles (an article ingested
    again is first forgotten by both)."""
    graph = facts_to_rdf(ex)
    if run.resolve and run.resolver is None:
        run.resolver, run.linker = _resolver(run.db), _linker(run.db)
    if run.resolver is None:
        return graph
    if article.id in run.known:
        run.resolver.forget(article.id)
        run.linker.forget(article.id)
    graph = run.resolver.resolve(article.id, graph)
    run.summary.merges += sum(1 for _ in graph.subjects(RDF.type, DIPLO.Merge))
    # After the resolver: speakers and meetings carry their canonical IRIs.
    graph = run.linker.link(article.id, graph)
    run.summary.links += sum(1 for _ in graph.subjects(RDF.type, DIPLO.StatementLink))
    return graph


def _commit(run: _Run) -> None:
    """Write step: the pending articles and the resolver's updates in one transaction, so a run
    killed at any point leaves whole articles only; the store's write buffers are flushed every
    :data:`FLUSH_EVERY` commits."""
    summary = run.summary
    ingest_graphs(run.db, run.pending, run.resolver.updates() if run.resolver else ())
    summary.ingested.extend(run.pending)
    summary.replaced.extend(a for a in run.pending if a in run.known)
    run.pending, run.last_commit, run.commits = {}, time.perf_counter(), run.commits + 1
    if run.commits % FLUSH_EVERY == 0:
        flush(run.db)


def _finish(run: _Run) -> IngestSummary:
    """Report step: the counts and time of the run; a run where every article was skipped raises
    the first reason in one line."""
    summary, skipped = run.summary, run.summary.skipped
    summary.counts = run.totals
    summary.seconds = time.perf_counter() - run.started
    if not summary.ingested and not summary.unchanged and skipped:
        where, reason = skipped[0]
        more = f" (and {len(skipped) - 1} more skipped)" if len(skipped) > 1 else ""
        raise LoaderError(f"{where}: {reason}{more}")
    return summary


def _resolver(db):
    from diplograph.graph.resolve import Resolver

    return Resolver(lambda sparql: run_query(db, sparql)[1])


def _linker(db):
    from diplograph.graph.statements import StatementLinker

    return StatementLinker(lambda sparql: run_query(db, sparql)[1])


def _report(run: _Run, current: str, pending: int | None = None) -> None:
    """Progress step: tell ``on_progress`` where the run is after each article; ``pending``
    articles (by default those waiting for the next commit) count as ingested."""
    if run.on_progress is None:
        return
    summary = run.summary
    elapsed = max(time.perf_counter() - run.started, 1e-9)
    run.on_progress(Progress(run.done, run.total, len(summary.ingested) + (len(run.pending) if pending is None else pending),
                             len(summary.unchanged), len(summary.skipped), current, run.done / elapsed))
