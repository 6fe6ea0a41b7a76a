"""Shapes of real French articles (issue 9's error classes and the real dev set's tuning half),
each reproduced with our own invented sentences (no text of any real article).

Each test failed before its fix. They run the real French pipeline.
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _key(ex, surname):
    return next(p.key for p in ex.persons if p.name.endswith(surname))


def _meetings(ex):
    # Cities are GeoNames keys: gn-909137 is Lusaka.
    names = {p.key: p.name.split()[-1] for p in ex.persons}
    return sorted((m.date.iso if m.date else None, m.city, tuple(sorted(names[k] for k in m.persons)), m.states)
                  for m in ex.meetings)


# Side meetings at a summit: one meeting per counterpart, all in the summit's city.

SUMMIT = ("Sommet de Lusaka\nLe président Lamine Sarr a reçu mardi à Lusaka, en marge du sommet de l'Union africaine, "
          "le Premier ministre éthiopien Dawit Bekele, puis s'est entretenu avec le président kényan Peter Mwangi.\n"
          "Il a ensuite rencontré la présidente tanzanienne Amina Juma.\n"
          "Le président sénégalais a salué des échanges fructueux.\n")


def test_side_meetings_told_in_one_sentence_are_separate(extract):
    ex = extract(SUMMIT, published="2024-02-15")
    got = _meetings(ex)
    assert ("2024-02-13", "gn-909137", ("Bekele", "Sarr"), ("ETH", "SEN")) in got
    assert ("2024-02-13", "gn-909137", ("Mwangi", "Sarr"), ("KEN", "SEN")) in got


def test_a_later_encounter_with_a_new_counterpart_is_its_own_meeting(extract):
    ex = extract(SUMMIT, published="2024-02-15")
    assert ("2024-02-13", "gn-909137", ("Juma", "Sarr"), ("SEN", "TZA")) in _meetings(ex)
    assert len(ex.meetings) == 3


def test_a_demonym_given_later_gives_the_state(extract):
    ex = extract(SUMMIT, published="2024-02-15")
    assert {(r.role_type, r.state) for r in ex.roles if r.person == _key(ex, "Sarr")} == {("head_of_state", "SEN")}


def test_two_verbs_about_one_counterpart_stay_one_meeting(extract):
    ex = extract("Visite\nLa ministre Inès Carvalho a reçu jeudi à Luanda son homologue namibien, Peter Shikongo, "
                 "puis l'a raccompagné à l'aéroport.\nLes deux ministres ont ensuite discuté du corridor ferroviaire.\n",
                 published="2024-05-10")
    assert len(ex.meetings) == 1
