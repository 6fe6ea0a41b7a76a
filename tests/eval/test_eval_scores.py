"""Extraction quality on our own hand-written articles, through the CLI contract.

Each article in tests/fixtures/eval/texts has a gold file in tests/fixtures/eval/gold; the vendored
scorer ingests it into a fresh store with `diplograph ingest`, asks the four named questions with
`--format json` and compares. The thresholds are floors that catch regressions, not targets.
"""
from __future__ import annotations

import importlib.util
import json
import shlex
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

HERE = Path(__file__).parent
EVAL = HERE.parent / "fixtures" / "eval"
SHARED = HERE.parents[2] / "shared"
CLI = [sys.executable, "-m", "diplograph.graph"]


def _scorer():
    spec = importlib.util.spec_from_file_location("diplograph_score", HERE / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _score(pairs):
    score = _scorer()
    totals = {c: [0, 0, 0, 0] for c in score.CATEGORIES}
    per_article = {}
    for text, gold_path in pairs:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        answers, _ = score.answer(CLI, text, gold)
        result = score.score_article(answers, gold)
        per_article[text.name] = {c: round(score.prf(*result[c])[2], 2) for c in score.CATEGORIES}
        for c in score.CATEGORIES:
            totals[c] = [x + y for x, y in zip(totals[c], result[c])]
    f1 = {c: score.prf(*totals[c])[2] for c in score.CATEGORIES}
    return sum(f1.values()) / len(f1), f1, per_article


def _pairs(lang: str):
    texts = sorted((EVAL / "texts").glob(f"{lang}-*.txt"))
    return [(t, EVAL / "gold" / f"{t.stem}.json") for t in texts if (EVAL / "gold" / f"{t.stem}.json").exists()]


def test_french_test_articles_score_above_floor():
    pairs = _pairs("fr")
    assert len(pairs) >= 20, "the French eval set needs its 24 articles with gold files"
    overall, f1, per_article = _score(pairs)
    print(json.dumps({"overall": round(overall, 3), "f1": f1, "articles": per_article}, indent=1))
    assert overall >= 0.80, (overall, f1)
    assert min(f1.values()) >= 0.65, f1


@pytest.mark.skipif(not (SHARED / "eval" / "score.py").exists(), reason="shared/ not beside the checkout")
def test_seed_article_scores_at_least_090():
    article = SHARED / "articles" / "istanbul-talks-2025-04-10.fr.txt"
    gold = SHARED / "eval" / "istanbul-talks-2025-04-10.fr.gold.json"
    overall, f1, _ = _score([(article, gold)])
    assert overall >= 0.90, f1


@pytest.mark.skipif(not (SHARED / "eval" / "score.py").exists(), reason="shared/ not beside the checkout")
def test_vendored_scorer_matches_shared_copy():
    ours = [l for l in (HERE / "score.py").read_text(encoding="utf-8").splitlines() if not l.startswith("# Vendored")
            and not l.startswith("# checkout; keep")]
    theirs = (SHARED / "eval" / "score.py").read_text(encoding="utf-8").splitlines()
    assert ours == theirs
