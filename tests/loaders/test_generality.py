"""Patterns of real French diplomatic news that the rules missed, each reproduced with our own
invented sentences (no text of any real article). Each test failed before its fix.

The ones marked slow run the real French pipeline.
"""
from __future__ import annotations

import pytest

from diplograph.loaders.mentions import refine_role_type

slow = pytest.mark.slow


def _person(ex, surname):
    return next(p for p in ex.persons if p.name.endswith(surname))


def _roles(ex, surname):
    key = _person(ex, surname).key
    return [r for r in ex.roles if r.person == key]


# 1. A word of time never extends a person's name (the model tags "Emmanuel Macron lundi" as PER).

@slow
def test_weekday_after_a_name_is_not_part_of_it(extract):
    ex = extract("Visite à Rabat\nLe roi Karim III a reçu le président français Emmanuel Macron lundi.\n"
                 "Le chef de l'État a aussi reçu Mme Awa Ndiaye Mardi.\n", published="2025-03-12")
    keys = {p.key for p in ex.persons}
    assert "emmanuel-macron" in keys and "awa-ndiaye" in keys
    assert not any("lundi" in k or "mardi" in k for k in keys)


# 2. The head of a court, a parliament or a commission is not a head of state.

def test_heads_of_courts_and_parliaments_are_not_heads_of_state():
    assert refine_role_type("head_of_state", "president de la cour supreme") == "official"
    assert refine_role_type("head_of_state", "presidente de l'assemblee nationale") == "official"
    assert refine_role_type("head_of_state", "president de la commission de l'ua") == "secretary_general"
    assert refine_role_type("head_of_state", "president de la republique") == "head_of_state"
    assert refine_role_type("head_of_state", "president du conseil souverain") == "head_of_state"


@slow
def test_supreme_court_president_is_an_official(extract):
    ex = extract("Audience au palais\nLe président ivoirien a reçu le président de la Cour suprême, Jean Kouamé, mardi.\n",
                 published="2025-03-12")
    assert [r.role_type for r in _roles(ex, "Kouamé")] == ["official"]


# 3. "l'honorable" between a title and the name (Canadian usage).

@slow
def test_honorable_between_title_and_name(extract):
    ex = extract("Appel entre Ottawa et Paris\n"
                 "La ministre des Affaires étrangères, l'honorable Julie Tremblay, s'est entretenue mardi avec "
                 "le ministre français de l'Europe et des Affaires étrangères, Marc Aubry.\n", published="2025-03-12")
    assert [r.role_type for r in _roles(ex, "Tremblay")] == ["foreign_minister"]


# 4. A name that the model cut short or tagged in two pieces.

@slow
def test_name_parts_left_out_by_the_model_are_kept(extract):
    ex = extract("Réunion à Alger\nIl a rencontré Ahmed Attaf mardi matin.\n"
                 "Le mandat de Nkosazana Dlamini-Zuma, présidente de la commission, a été prolongé.\n",
                 published="2025-03-12")
    names = {p.name for p in ex.persons}
    assert {"Ahmed Attaf", "Nkosazana Dlamini-Zuma"} <= names


@slow
def test_state_name_as_a_surname(extract):
    # "Hollande" is also a name of the Netherlands.
    ex = extract("Entretien\nFrançois Hollande et Donald Trump se sont entretenus vendredi par téléphone.\n",
                 published="2016-11-11")
    assert "francois-hollande" in {p.key for p in ex.persons}
    assert "NLD" not in {s.code for s in ex.states}


# 5. A title does not swallow the name written right after its state.

@slow
def test_title_stops_before_a_name_after_its_state(extract):
    ex = extract("Candidatures\nLa ministre des Affaires étrangères du Botswana Lesedi Molefe-Kgosi est candidate.\n",
                 published="2025-03-12")
    roles = _roles(ex, "Molefe-Kgosi")
    assert _person(ex, "Molefe-Kgosi").name == "Lesedi Molefe-Kgosi"
    assert [(r.title, r.state) for r in roles] == [("ministre des Affaires étrangères du Botswana", "BWA")]


# 6. Long portfolios: lower-case continuations, "des Collectivités…", "résidant à l'étranger".

@slow
def test_long_portfolios_reach_the_name(extract):
    ex = extract("Arrivée à Conakry\n"
                 "Le ministre des Affaires étrangères, de l'intégration africaine et des Guinéens de l'étranger, "
                 "Dr Sékou Camara, est arrivé mardi.\n"
                 "Le ministre des Affaires étrangères, de la Coopération africaine et des Marocains résidant à "
                 "l'étranger, Karim Alaoui, a téléphoné mercredi.\n"
                 "Il a été accueilli par le ministre de l'Intérieur, des Collectivités locales et de l'Aménagement "
                 "du Territoire, Omar Bensaïd.\n", published="2025-03-12")
    assert [(r.role_type, r.state) for r in _roles(ex, "Camara")] == [("foreign_minister", "GIN")]
    assert [(r.role_type, r.state) for r in _roles(ex, "Alaoui")] == [("foreign_minister", "MAR")]
    assert [r.role_type for r in _roles(ex, "Bensaïd")] == ["minister"]


def test_lower_case_continuation_needs_a_portfolio_word():
    from diplograph.loaders.mentions import COMMA_CONTINUATION

    assert COMMA_CONTINUATION.match(", de l'intégration africaine")
    assert COMMA_CONTINUATION.match(", de passage à Paris") is None


# 7. One row per post.

@slow
def test_one_row_per_post(extract):
    ex = extract("Visite à Lomé\nLe chef de l'État a accueilli mardi son hôte. Le président Koffi Amégan a ensuite "
                 "parlé à la presse.\nLe ministre Paul Yao, ministre des Affaires étrangères du Togo, était présent. "
                 "Le ministre Yao a pris la parole.\n", published="2025-03-12")
    yao = [(r.role_type, r.state) for r in _roles(ex, "Yao")]
    assert yao == [("foreign_minister", "TGO")]


# 8. Quotes: inverted speakers followed by a clause, adverbs in the incise, nested cues, reminders.

@slow
def test_inverted_speaker_followed_by_a_clause(extract):
    ex = extract("Tensions\nLa région traverse « une période difficile », a affirmé Li Wen, dont le pays n'est pas en cause.\n"
                 "Les discussions avancent, a déclaré jeudi le ministre péruvien des Affaires étrangères, "
                 "suggérant qu'elles reprendraient bientôt.\n", published="2025-03-12")
    texts = {p.text: p for p in ex.positions}
    assert any(t.startswith("La région traverse") for t in texts), texts
    first = next(p for t, p in texts.items() if t.startswith("La région traverse"))
    assert first.speaker == _person(ex, "Wen").key
    assert any(t.startswith("Les discussions avancent") and p.speaker_state == "PER" for t, p in texts.items())
    assert any(t.startswith("elles reprendraient") for t in texts)


@slow
def test_adverb_between_auxiliary_and_cue_in_an_incise(extract):
    ex = extract("Appel\n« Le dialogue reste ouvert », a par ailleurs précisé le Quai d'Orsay.\n", published="2025-03-12")
    (pos,) = ex.positions
    assert pos.text == "Le dialogue reste ouvert" and pos.cue == "preciser" and pos.speaker_kind == "organization"


@slow
def test_cue_inside_another_cue_content_is_not_the_speaker(extract):
    ex = extract("Visite\nLe ministre Ali Rahimi est arrivé à Bagdad, où il a déclaré que la partie irakienne "
                 "avait proposé de nouvelles idées.\n", published="2025-03-12")
    (pos,) = ex.positions
    assert pos.cue == "declarer" and pos.speaker == _person(ex, "Rahimi").key


@slow
def test_as_announced_is_not_a_statement(extract):
    ex = extract("Visite\nComme annoncé précédemment, Pierre Lenoir, président du Conseil européen, effectuera une "
                 "visite à Dakar lundi.\n", published="2025-03-12")
    assert ex.positions == ()


# 9. Meetings: dates of statements, the near future, calls, buildings, reporters.

@slow
def test_date_of_a_statement_is_not_the_meeting_date(extract):
    ex = extract("Dialogue\nLes pourparlers entre le Qatar et Oman sont sur la bonne voie, a déclaré jeudi le "
                 "ministre omanais des Affaires étrangères.\n", published="2025-03-14")
    assert all(m.date is None for m in ex.meetings), [m.date for m in ex.meetings]


@slow
def test_near_future_is_planned(extract):
    ex = extract("Programme\nUne conférence de presse va clore la visite de M. Hugo Lind à Dakar le 16 mars.\n",
                 published="2025-03-12")
    assert [m.status for m in ex.meetings] == ["planned"]


@slow
def test_reference_to_a_phone_call_makes_the_meeting_a_call(extract):
    ex = extract("Appel\nLa ministre Julie Tremblay s'est entretenue mardi avec son homologue française, Anne Roux.\n"
                 "Au cours de l'entretien téléphonique, les ministres ont évoqué la Francophonie.\n",
                 published="2025-03-12")
    assert [m.kind for m in ex.meetings] == ["call"]


@slow
def test_airport_of_a_city_is_a_venue(extract):
    ex = extract("Arrivée\nLa ministre Awa Sow a accueilli mercredi 5 mars à l'aéroport international de Ouagadougou "
                 "son homologue malien, Issa Traoré.\n", published="2025-03-06")
    assert [m.city for m in ex.meetings if m.city] and ex.meetings[0].country == "BFA"


@slow
def test_speaker_of_a_quoted_report_is_not_a_participant(extract):
    ex = extract("Arrivée\n« La délégation omanaise est arrivée à Doha mardi et a été accueillie par les responsables "
                 "qataris », a annoncé le porte-parole Samir Haddad.\n", published="2025-03-12")
    assert ex.meetings and all(_person(ex, "Haddad").key not in m.persons for m in ex.meetings)


# 10. States of posts written without one.

@slow
def test_host_with_a_bare_title_gives_the_outlet_country(extract):
    ex = extract("Audience\nLe président de la République, M. Karim Benali, a reçu jeudi à Alger le président du "
                 "gouvernement espagnol, Pablo Ruiz.\nLe ministre des Affaires étrangères, Samir Kaci, était présent.\n",
                 published="2025-03-14")
    assert [r.state for r in _roles(ex, "Benali")] == ["DZA"]
    assert [r.state for r in _roles(ex, "Kaci")] == ["DZA"]


@slow
def test_their_ministers_take_the_states_of_the_leaders_in_order(extract):
    ex = extract("Appel\nLe président chilien Mateo Rojas et la présidente péruvienne Lucía Vargas se sont entretenus "
                 "mercredi.\nLes deux dirigeants ont chargé leurs ministres des Affaires étrangères, Pablo Soto et "
                 "Inés Quispe, de préparer une visite.\n", published="2025-03-12")
    assert [r.state for r in _roles(ex, "Soto")] == ["CHL"]
    assert [r.state for r in _roles(ex, "Quispe")] == ["PER"]


@slow
def test_counterpart_title_drops_a_demonym_used_as_a_noun(extract):
    ex = extract("Visite\nLe ministre des Affaires étrangères, de la Coopération régionale et des Burkinabè de "
                 "l'extérieur, Paul Kaboré, a accueilli mardi son homologue du Niger, Ali Moussa.\n",
                 published="2025-03-12")
    (role,) = _roles(ex, "Moussa")
    assert role.state == "NER" and role.title == "ministre des Affaires étrangères, de la Coopération régionale"
