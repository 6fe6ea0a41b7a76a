import datetime as dt

import pytest

from diplograph.loaders.dates import find_dates, normalise_month_day

PUB = dt.date(2025, 4, 10)  # a Thursday


def iso(text, published=PUB, future=False):
    return [(d.value.iso, d.value.inferred) for d in find_dates(text, published, future=future)]


@pytest.mark.parametrize("text, expected", [
    ("le 10 avril", [("2025-04-10", True)]),
    ("le 27 février", [("2025-02-27", True)]),
    ("le 20 décembre", [("2024-12-20", True)]),  # past event after publication day: last year
    ("le 1er mars 2023", [("2023-03-01", False)]),
    ("jeudi", [("2025-04-10", True)]),
    ("mardi", [("2025-04-08", True)]),
    ("jeudi dernier", [("2025-04-03", True)]),
    ("hier", [("2025-04-09", True)]),
    ("il y a trois ans", [("2022", True)]),
    ("en mars 2024", [("2024-03", False)]),
    ("le 2025-01-31", [("2025-01-31", False)]),
    ("le 8 courant", [("2025-04-08", True)]),  # the month of publication
    ("lundi 7 courant", [("2025-04-07", True)]),
])
def test_past_dates(text, expected):
    assert iso(text) == expected


def test_planned_dates_move_forward():
    assert iso("se rencontreront le 3 mars", future=True) == [("2026-03-03", True)]
    assert iso("se rencontreront mardi", future=True) == [("2025-04-15", True)]


def test_past_clause_in_a_future_sentence_stays_past():
    text = "la réunion devrait durer, plus courte que la série qui s'est tenue le 27 février"
    assert iso(text, future=True) == [("2025-02-27", True)]


def test_without_publication_date_partial_dates_stay_partial():
    assert iso("le 14 mai", published=None) == [("--05-14", False)]
    assert iso("jeudi", published=None) == []


def test_words_that_look_like_dates_are_not_dates():
    assert iso("des responsables ont parlé pendant près de trois ans") == []
    assert iso("le 31 février") == []


def test_normalise_month_day_rejects_impossible_days():
    assert normalise_month_day(2, 30, PUB, future=False) is None
