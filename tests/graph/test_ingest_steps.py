"""The steps of ingest (read, extract, resolve, write, report) keep their guarantees: progress after
each article, unchanged and replaced articles told apart, an id used twice in one batch skipped, a
batch of bad articles failing in one line. Extraction is the hand-built facts of conftest (the
``extract`` argument), so these run without the NLP pipeline; the real store and resolver run."""
from __future__ import annotations

import dataclasses
import json

import pytest

from diplograph.graph.ingest import Progress, ingest
from diplograph.loaders.errors import LoaderError

from .conftest import TEXT, make_extraction


def hand_facts(article):
    """The conftest facts, carrying the article as read (its id, text and hash go to the store)."""
    return dataclasses.replace(make_extraction(article.id), article=article)


def write_feed(folder, names, text=TEXT):
    folder.mkdir(exist_ok=True)
    for name in names:
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return folder


def test_progress_after_each_article_then_unchanged_then_replaced(tmp_path):
    feed = write_feed(tmp_path / "feed", ["a1", "a2", "a3"])
    seen: list[Progress] = []
    first = ingest([feed], store=tmp_path / "store", lang="fr", extract=hand_facts, on_progress=seen.append,
                   commit_every=2)
    assert sorted(first.ingested) == ["a1", "a2", "a3"] and first.unchanged == [] and first.skipped == []
    assert first.counts["articles"] == 3 and first.counts["meetings"] == 3 and first.counts["states"] == 6
    assert [(p.done, p.total, p.ingested) for p in seen] == [(1, 3, 1), (2, 3, 2), (3, 3, 3)]

    seen.clear()
    again = ingest([feed], store=tmp_path / "store", lang="fr", extract=hand_facts, on_progress=seen.append)
    assert again.ingested == [] and sorted(again.unchanged) == ["a1", "a2", "a3"]
    assert [(p.done, p.unchanged, p.ingested) for p in seen] == [(1, 1, 0), (2, 2, 0), (3, 3, 0)]

    (feed / "a2.txt").write_text(TEXT + "\nUne phrase de plus.", encoding="utf-8")
    changed = ingest([feed], store=tmp_path / "store", lang="fr", extract=hand_facts)
    assert changed.ingested == ["a2"] and changed.replaced == ["a2"] and sorted(changed.unchanged) == ["a1", "a3"]


def test_an_id_used_twice_in_one_batch_is_skipped_unless_the_text_is_the_same(tmp_path):
    corpus = tmp_path / "wire.jsonl"
    records = [{"id": "w1", "text": TEXT}, {"id": "w1", "text": TEXT}, {"id": "w1", "text": TEXT + "\nAutre."}]
    corpus.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    summary = ingest([corpus], store=tmp_path / "store", lang="fr", extract=hand_facts, resolve=False)
    assert summary.ingested == ["w1"] and summary.unchanged == ["w1"]
    assert len(summary.skipped) == 1 and "article id 'w1' is used by another article of this batch" in summary.skipped[0][1]


def test_a_batch_of_bad_articles_fails_in_one_line_with_the_first_reason(tmp_path):
    feed = write_feed(tmp_path / "feed", ["b1", "b2"])

    def refuse(article):
        raise LoaderError(f"{article.source}: no sentence the rules can read")

    with pytest.raises(LoaderError) as failed:
        ingest([feed], store=tmp_path / "store", lang="fr", extract=refuse)
    message = str(failed.value)
    assert "\n" not in message and message.endswith("no sentence the rules can read (and 1 more skipped)")
    assert message.startswith(str(feed / "b1.txt"))
