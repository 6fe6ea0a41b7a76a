"""The real-article dev set's gold files: well formed, traceable to their source, halves disjoint.

Runs without the texts (they are third-party and rebuilt per session); when a text is present
its hash must match the one the gold was written for.
"""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

REAL = Path(__file__).parents[1] / "fixtures" / "real"


def _checker():
    spec = importlib.util.spec_from_file_location("real_check", REAL / "check.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("half", ["tune", "check"])
def test_gold_files_are_well_formed_and_traceable(half):
    present, total, problems = _checker().check(REAL / "fr" / half)
    assert total >= 10
    assert problems == []


def test_halves_are_disjoint_and_urls_unique():
    golds = {h: [json.loads(p.read_text(encoding="utf-8")) for p in sorted((REAL / "fr" / h / "gold").glob("*.json"))]
             for h in ("tune", "check")}
    urls = [g["url"] for gs in golds.values() for g in gs]
    assert len(urls) == len(set(urls))
    ids = {h: {g["id"] for g in gs} for h, gs in golds.items()}
    assert not ids["tune"] & ids["check"]
    assert all(g["id"] == p.stem for h in golds for g, p in zip(golds[h], sorted((REAL / "fr" / h / "gold").glob("*.json"))))
