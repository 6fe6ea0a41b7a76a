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


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("half", ["tune", "check"])
def test_gold_files_are_well_formed_and_traceable(lang, half):
    present, total, problems = _checker().check(REAL / lang / half)
    assert total >= 10
    assert problems == []


def _golds(lang: str) -> dict[str, list[tuple[Path, dict]]]:
    return {h: [(p, json.loads(p.read_text(encoding="utf-8"))) for p in sorted((REAL / lang / h / "gold").glob("*.json"))]
            for h in ("tune", "check")}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_halves_are_disjoint_and_urls_unique(lang):
    golds = _golds(lang)
    urls = [g["url"] for gs in golds.values() for _, g in gs]
    assert len(urls) == len(set(urls))
    ids = {h: {g["id"] for _, g in gs} for h, gs in golds.items()}
    assert not ids["tune"] & ids["check"]
    assert all(g["id"] == p.stem and g["lang"] == lang for gs in golds.values() for p, g in gs)


def test_english_set_spans_outlets_and_continents():
    """Issue 10: at least 25 articles from at least 15 outlets; outlets on five continents."""
    golds = [g for gs in _golds("en").values() for _, g in gs]
    assert len(golds) >= 25
    assert len({g["outlet"] for g in golds}) >= 15
    continents = {"Africa": {"NGA", "KEN", "EGY", "GHA", "UGA", "DJI", "ZAF", "ETH"},
                  "Asia": {"THA", "JOR", "BGD", "IDN", "MYS", "PAK", "PHL", "JPN", "VNM", "IND"},
                  "Europe": {"GBR", "IRL", "ROU", "POL"},
                  "Americas": {"BRA", "ARG", "GUY", "JAM", "CAN", "USA"},
                  "Oceania": {"NZL", "AUS", "PNG", "WSM", "FJI"}}
    seen = {c for g in golds for c, codes in continents.items() if g["outlet_country"] in codes}
    assert seen == set(continents)
