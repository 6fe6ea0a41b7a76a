"""Organisations: ministries and embassies written with a capital, national bodies whose names
hold "Commission" or "Cour" (their heads keep the state), and international organisations (their
officials have no state). French; all run the real pipeline.

Every text is invented (no sentence of a real article); many reproduce a shape first seen in real
French or English news, and each of those failed before its fix.
"""
from __future__ import annotations

import pytest

from .conftest import _person

pytestmark = pytest.mark.slow


# Ministries and missions written with a capital at the start of a sentence or a heading.
def test_capitalised_ministry_and_embassy_are_organisations(extract):
    ex = extract("Tensions entre Bamako et Niamey\n"
                 "Ministère des Affaires étrangères du Mali : le communiqué a été publié mardi.\n"
                 "Ambassade de France au Niger : les visas sont suspendus.\n", published="2025-05-02")
    by_kind = {(o.kind, o.state, o.host_state) for o in ex.organizations}
    assert ("ministry", "MLI", None) in by_kind
    assert ("embassy", "FRA", "NER") in by_kind


# National bodies whose names contain "Commission" or "Cour" are not international organisations.
@pytest.mark.parametrize("title", ["Le président de la Commission électorale nationale",
                                   "Le président de la Cour suprême"])
def test_national_bodies_keep_the_state(extract, title):
    ex = extract("Élections au Malawi\n"
                 f"{title}, M. Chifundo Banda, a validé mardi l'élection présidentielle malawienne.\n",
                 published="2025-05-02")
    assert next(r for r in ex.roles if r.person == _person(ex, "Banda").key).state == "MWI"


def test_known_international_organisation_has_no_state(extract):
    ex = extract("Élections au Malawi\n"
                 "Le secrétaire général de l'ONU, M. Chifundo Banda, a salué mardi l'élection présidentielle "
                 "malawienne.\n",
                 published="2025-05-02")
    assert next(r for r in ex.roles if r.person == _person(ex, "Banda").key).state is None
