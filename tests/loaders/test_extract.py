"""One invented article through the whole extraction with the real French pipeline: persons with
their fullest names, posts, a meeting with its venue, date, delegations and earlier round, acting
states, every kind of statement, and evidence that points into the text.

The tests of single subjects are in test_names, test_titles, test_states, test_meetings and
test_quotes."""
from __future__ import annotations

import pytest

from .conftest import _person

pytestmark = pytest.mark.slow

TALKS = """Le Kenya et l'Éthiopie reprennent leurs pourparlers sur l'eau
Des délégations du Kenya et de l'Éthiopie se sont réunies à Genève, en Suisse, le 12 mars, pour discuter du partage des eaux du lac Turkana.
La délégation kényane était conduite par Mme Amina Odhiambo, secrétaire principale aux Affaires étrangères. La délégation éthiopienne était dirigée par M. Tesfaye Bekele, ambassadeur d'Éthiopie à Nairobi.
« Nous voulons un accord équitable pour nos pêcheurs », a déclaré Mme Odhiambo.
Selon M. Bekele, les deux pays doivent d'abord « établir des données communes sur le débit du fleuve ».
Il a insisté sur la nécessité d'une commission technique conjointe.
Les discussions porteront sur l'eau et non sur la frontière, ont indiqué des diplomates.
Une précédente série de pourparlers s'était tenue le 20 janvier à Addis-Abeba.
"""


@pytest.fixture(scope="module")
def talks(extract):
    return extract(TALKS, published="2025-03-14", id="talks")


def test_persons_with_fullest_names(talks):
    names = {p.name for p in talks.persons}
    assert {"Amina Odhiambo", "Tesfaye Bekele"} <= names
    assert "Mme Amina Odhiambo" not in names


def test_posts_with_state_and_receiving_state(talks):
    bekele = _person(talks, "Bekele")
    role = next(r for r in talks.roles if r.person == bekele.key)
    assert role.role_type == "ambassador"
    assert role.state == "ETH"
    assert role.posted_to == "KEN"
    odhiambo = _person(talks, "Odhiambo")
    # No state in her title: it comes from the delegation she heads.
    assert next(r for r in talks.roles if r.person == odhiambo.key).state == "KEN"


def test_meeting_with_venue_date_and_round(talks):
    main = talks.meetings[0]
    assert main.date.iso == "2025-03-12" and main.date.inferred
    assert main.city and main.country == "CHE"
    assert {"KEN", "ETH"} <= set(main.states)
    heads = {d.state: d.head for d in main.delegations}
    assert heads["KEN"] == _person(talks, "Odhiambo").key
    earlier = [m for m in talks.meetings if m.date and m.date.iso == "2025-01-20"]
    assert earlier and earlier[0].series == main.series and main.previous == earlier[0].key


def test_states_acting_and_topic_only(talks):
    acting = {s.code for s in talks.states if s.acting}
    # Geneva is an organisation's seat: talks there between two other states do not make
    # Switzerland act (no Swiss official takes part).
    assert {"KEN", "ETH"} <= acting and "CHE" not in acting


def test_positions_direct_selon_pronoun_and_anonymous(talks):
    by_text = {p.text: p for p in talks.positions}
    direct = next(p for p in talks.positions if "accord équitable" in p.text)
    assert direct.quote_type == "direct" and direct.speaker == _person(talks, "Odhiambo").key
    selon = next(p for p in talks.positions if "données communes" in p.text)
    assert selon.speaker == _person(talks, "Bekele").key and selon.quote_type == "partial"
    pronoun = next(p for p in talks.positions if "commission technique" in p.text)
    assert pronoun.speaker == _person(talks, "Bekele").key and pronoun.cue == "insister"
    anonymous = next(p for p in talks.positions if "non sur la frontière" in p.text)
    assert anonymous.speaker is None and anonymous.speaker_kind == "anonymous"
    assert len(by_text) == len(talks.positions)


def test_every_fact_has_evidence_inside_the_text(talks):
    for fact in (*talks.roles, *talks.positions):
        ev = fact.evidence
        assert TALKS[ev.sentence_start:ev.sentence_end] == ev.sentence
        assert ev.sentence_start <= ev.start < ev.end <= ev.sentence_end
