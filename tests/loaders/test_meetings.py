"""Meetings: what makes one (talks, calls, summons, "a échangé avec") and what does not
(interviews, briefings, a press conference elsewhere, a tally), how many (side meetings at a
summit, later encounters, two verbs about one counterpart), and each one's kind, status, date (not
a statement's), venue, delegations and participants. French and English; all run the real
pipelines.

Every text is invented (no sentence of a real article); many reproduce a shape first seen in real
French or English news, and each of those failed before its fix.
"""
from __future__ import annotations

import pytest

from .conftest import _holdings, _key, _person, roles
from .stories import SUMMIT

pytestmark = pytest.mark.slow


def _meetings(ex):
    # Cities are GeoNames keys: gn-909137 is Lusaka.
    names = {p.key: p.name.split()[-1] for p in ex.persons}
    return sorted((m.date.iso if m.date else None, m.city, tuple(sorted(names[k] for k in m.persons)), m.states)
                  for m in ex.meetings)


# The meeting's place or day given by the next sentence (tuning half, meetings).

MARGINS = ("Le ministre sénégalais des Affaires étrangères, Moussa Ndiaye, a eu un entretien, jeudi 9 mai 2024, "
           "avec son homologue gambien, Ebrima Ceesay.\n"
           "La rencontre s'est tenue en marge de la conférence ministérielle de l'OCI, qui se tient le 10 mai 2024 "
           "à Banjul.\n")

REMARKS = ("DAKAR, 12 juin (Dépêche) -- La coopération entre le Sénégal et le Ghana est exemplaire, a déclaré "
           "mercredi le président sénégalais Ousmane Diallo.\n"
           "M. Diallo a fait ces remarques lors de sa rencontre avec le président ghanéen Kwame Mensah à Dakar.\n")


# --- What is a meeting and what is not ------------------------------------------------------------

# "a échangé avec" is a meeting.
def test_exchanged_with_is_a_meeting(extract):
    ex = extract("Entretien\nLe président gabonais Jean Mba a échangé ce jeudi 6 mars avec la ministre belge des "
                 "Affaires étrangères, Lise Claes.\nIls ont échangé sur la coopération.\n", published="2025-03-07")
    (meeting,) = ex.meetings
    assert meeting.date.iso == "2025-03-06" and set(meeting.states) == {"GAB", "BEL"}


def test_summons_and_metonym(extract):
    text = ("Nairobi convoque l'ambassadeur chinois\n"
            "Le ministère kényan des Affaires étrangères a convoqué mardi l'ambassadeur de Chine au Kenya, "
            "Zhou Ping, après des propos jugés offensants. Pékin a dénoncé une « réaction excessive ».")
    ex = extract(text, published="2024-06-13")
    summons = [m for m in ex.meetings if m.kind == "summons"]
    assert summons and summons[0].date.iso == "2024-06-11"
    assert {"KEN", "CHN"} <= set(summons[0].states)
    zhou = next(r for r in ex.roles if r.person == "zhou-ping")
    assert (zhou.state, zhou.posted_to) == ("CHN", "KEN")
    beijing = next(p for p in ex.positions if "réaction excessive" in p.text)
    assert beijing.speaker is None and beijing.speaker_state == "CHN"


def test_summons_and_chargé_in_the_capital(extract_en):
    ex = extract_en("Protest note\nThe Foreign Ministry summoned Ruritania's chargé d'affaires in Warsaw, Jan Kowal, on "
                    "Wednesday, ministry spokesman Piotr Nowak told reporters.", "2025-09-11")
    [m] = ex.meetings
    assert m.kind == "summons" and m.date.iso == "2025-09-10" and m.country == "POL"
    assert roles(ex)["jan-kowal"].posted_to == "POL"


def test_gathering_with_date_and_place_and_merged_city_article(extract):
    text = ("Ministérielle\n"
            "Au siège de la Ligue arabe, au Caire, les ministres des Affaires étrangères d'une dizaine de pays "
            "ont tenté, mercredi 4 juin, de rapprocher leurs positions sur le Soudan.")
    ex = extract(text, published="2025-06-05")
    (meeting,) = ex.meetings
    assert meeting.date.iso == "2025-06-04" and meeting.country == "EGY"
    place = next(p for p in ex.places if p.key == meeting.city)
    assert place.name == "Le Caire"


def test_interviews_and_briefings_are_not_meetings(extract):
    text = ("Entretien\n"
            "Le ministre algérien des Affaires étrangères, Ahmed Attaf, a déclaré mardi dans un entretien accordé "
            "à la chaîne France 24 que l'Algérie restait ouverte au dialogue avec le Maroc.\n"
            "La porte-parole Mme Lina Haddad a précisé lors de sa conférence de presse hebdomadaire jeudi à Alger "
            "que rien n'était décidé.")
    ex = extract(text, published="2025-03-06")
    assert ex.meetings == ()
    speakers = {p.speaker: p.text for p in ex.positions}
    assert "ouverte au dialogue" in speakers["ahmed-attaf"] and "rien n'était décidé" in speakers["lina-haddad"]


def test_a_press_conference_elsewhere_is_not_the_meeting_nor_its_place(extract):
    ex = extract(SUMMIT + "Lors d'une conférence de presse tenue ensuite à Dakar, M. Sarr s'est félicité de ces "
                          "échanges.\n", published="2024-02-15")
    assert all(m.city == "gn-909137" for m in ex.meetings) and len(ex.meetings) == 3


def test_a_joint_press_conference_after_talks_stays_a_meeting(extract):
    ex = extract("Ottawa et Berne\nLa ministre canadienne des Affaires étrangères, Claire Tremblay, et son homologue "
                 "suisse, Urs Keller, ont tenu mardi une conférence de presse commune à Ottawa.\n",
                 published="2024-02-15")
    assert [(m.date.iso, m.states) for m in ex.meetings] == [("2024-02-13", ("CAN", "CHE"))]


def test_a_tally_of_meetings_is_not_a_meeting(extract):
    ex = extract("Bilan\nL'an dernier, les ministres Karl Berg et Omar Saleh se sont rencontrés plus de dix fois et se "
                 "sont entretenus par téléphone à de nombreuses reprises.\n", published="2024-02-14")
    assert ex.meetings == ()


# --- How many meetings ----------------------------------------------------------------------------

def test_side_meetings_told_in_one_sentence_are_separate(extract):
    ex = extract(SUMMIT, published="2024-02-15")
    got = _meetings(ex)
    assert ("2024-02-13", "gn-909137", ("Bekele", "Sarr"), ("ETH", "SEN")) in got
    assert ("2024-02-13", "gn-909137", ("Mwangi", "Sarr"), ("KEN", "SEN")) in got


def test_a_later_encounter_with_a_new_counterpart_is_its_own_meeting(extract):
    ex = extract(SUMMIT, published="2024-02-15")
    assert ("2024-02-13", "gn-909137", ("Juma", "Sarr"), ("SEN", "TZA")) in _meetings(ex)
    assert len(ex.meetings) == 3


def test_two_verbs_about_one_counterpart_stay_one_meeting(extract):
    ex = extract("Visite\nLa ministre Inès Carvalho a reçu jeudi à Luanda son homologue namibien, Peter Shikongo, "
                 "puis l'a raccompagné à l'aéroport.\nLes deux ministres ont ensuite discuté du corridor ferroviaire.\n",
                 published="2024-05-10")
    assert len(ex.meetings) == 1


def test_another_encounter_with_unnamed_counterparts_of_new_states(extract):
    ex = extract("Sommet\nLors de la réunion ministérielle de Séoul, le ministre chilien des Affaires étrangères "
                 "Rodrigo Paz a discuté avec son homologue japonais Kenji Sato de la coopération avec les États-Unis. "
                 "Il a également rencontré le président sud-africain et le ministre indien des Affaires étrangères.\n",
                 published="2024-02-14")
    assert len(ex.meetings) == 2
    first = next(m for m in ex.meetings if "JPN" in m.states)
    assert "USA" not in first.states  # a topic, not a party
    other = next(m for m in ex.meetings if "IND" in m.states)
    assert {"CHL", "ZAF", "IND"} <= set(other.states) and _key(ex, "Paz") in other.persons


# A phone call is not the visit of the same day.
def test_call_is_not_merged_with_a_visit_elsewhere(extract):
    ex = extract("Diplomatie\nLe ministre béninois Marc Houngbo a eu hier un entretien téléphonique avec son homologue "
                 "nigérien, Issa Moussa.\nM. Houngbo a aussi été reçu hier à Lomé par le président togolais.\n",
                 published="2025-03-12")
    calls = [m for m in ex.meetings if m.kind == "call"]
    assert len(calls) == 1 and calls[0].city is None


def test_an_earlier_meeting_in_a_fronted_clause_does_not_take_the_main_one(extract):
    ex = extract("Après avoir rencontré le président kényan Peter Mwangi la semaine dernière, le président ghanéen "
                 "Kofi Asante a reçu lundi son homologue togolais Koffi Agbeko au château de Versailles.\n",
                 published="2024-03-06")
    main = ex.meetings[0]
    assert main.date.iso == "2024-03-04" and set(main.states) == {"GHA", "TGO"}
    assert {p.name for p in ex.places} == {"Versailles"} and main.city == ex.places[0].key


# --- Kind, status and date ------------------------------------------------------------------------

def test_reference_to_a_phone_call_makes_the_meeting_a_call(extract):
    ex = extract("Appel\nLa ministre Julie Tremblay s'est entretenue mardi avec son homologue française, Anne Roux.\n"
                 "Au cours de l'entretien téléphonique, les ministres ont évoqué la Francophonie.\n",
                 published="2025-03-12")
    assert [m.kind for m in ex.meetings] == ["call"]


def test_near_future_is_planned(extract):
    ex = extract("Programme\nUne conférence de presse va clore la visite de M. Hugo Lind à Dakar le 16 mars.\n",
                 published="2025-03-12")
    assert [m.status for m in ex.meetings] == ["planned"]


def test_date_of_a_statement_is_not_the_meeting_date(extract):
    ex = extract("Dialogue\nLes pourparlers entre le Qatar et Oman sont sur la bonne voie, a déclaré jeudi le "
                 "ministre omanais des Affaires étrangères.\n", published="2025-03-14")
    assert all(m.date is None for m in ex.meetings), [m.date for m in ex.meetings]


def test_meeting_dated_last_week(extract):
    ex = extract("Visite\nLe ministre togolais Paul Yao s'est rendu la semaine dernière à Rabat, où il a rencontré "
                 "son homologue marocain, Karim Alaoui.\n", published="2025-03-12")
    (meeting,) = ex.meetings
    assert meeting.date is not None and (meeting.date.iso, meeting.date.inferred) == ("2025-03", True)


def test_remarks_made_at_a_meeting_give_it_their_day(extract):
    ex = extract(REMARKS, published="2024-06-12")
    talks = [m for m in ex.meetings if {"GHA", "SEN"} <= set(m.states)]
    assert len(talks) == 1 and talks[0].date is not None and talks[0].date.iso == "2024-06-12"


# --- Venue ----------------------------------------------------------------------------------------

def test_airport_of_a_city_is_a_venue(extract):
    ex = extract("Arrivée\nLa ministre Awa Sow a accueilli mercredi 5 mars à l'aéroport international de Ouagadougou "
                 "son homologue malien, Issa Traoré.\n", published="2025-03-06")
    assert [m.city for m in ex.meetings if m.city] and ex.meetings[0].country == "BFA"


# "arrivé de Washington" is where someone came from, not the venue.
def test_origin_city_is_not_the_venue(extract):
    ex = extract("Le ministre tanzanien en visite au Kenya\n"
                 "Le ministre tanzanien des Affaires étrangères, M. Juma Mwinyi, arrivé de Washington mardi, "
                 "a rencontré son homologue kényane Mme Wanjiku Kamau.\n", published="2025-05-02")
    meeting = ex.meetings[0]
    assert meeting.city is None and meeting.country != "USA"
    assert set(meeting.states) == {"KEN", "TZA"}


def test_meeting_named_after_its_city_keeps_the_venue(extract):
    ex = extract("Reprise du dialogue entre le Soudan et le Tchad\n"
                 "Le sommet de Nairobi entre le Soudan et le Tchad s'est tenu le 20 avril.\n",
                 published="2025-05-02")
    assert ex.meetings[0].city is not None and ex.meetings[0].country == "KEN"


def test_a_town_the_gazetteer_does_not_know_is_still_the_venue(extract):
    ex = extract("Audience\nLe président Alain Kouassi a reçu, vendredi soir à Grand-Lahou, le ministre ghanéen des "
                 "Affaires étrangères, Kofi Mensah.\n", published="2024-03-09")
    assert [(m.city, m.date.iso) for m in ex.meetings] == [("town-grand-lahou", "2024-03-08")]
    assert {p.name for p in ex.places} == {"Grand-Lahou"}


def test_a_sentence_about_the_meeting_just_told_gives_its_place_not_its_day(extract):
    ex = extract(MARGINS, published="2024-05-10")
    talks = [m for m in ex.meetings if {"GMB", "SEN"} <= set(m.states)]
    assert len(talks) == 1 and talks[0].date.iso == "2024-05-09" and talks[0].city is not None
    assert (ex.places[0].name if ex.places else None) == "Banjul"


def test_a_seat_of_power_gives_the_city_and_a_lone_title_the_person(extract):
    ex = extract("Le ministre malien des Affaires étrangères, Issa Traoré, est arrivé lundi en France.\n"
                 "Le ministre malien a été reçu mardi au palais de l'Élysée par le président français, Paul Garnier.\n",
                 published="2024-03-06")
    talks = [m for m in ex.meetings if {"FRA", "MLI"} <= set(m.states)]
    assert len(talks) == 1
    assert ex.places and {p.name for p in ex.places} == {"Paris"} and talks[0].city == ex.places[0].key
    assert _key(ex, "Traoré") in talks[0].persons


# --- Participants and delegations -----------------------------------------------------------------

def test_speaker_of_a_quoted_report_is_not_a_participant(extract):
    ex = extract("Arrivée\n« La délégation omanaise est arrivée à Doha mardi et a été accueillie par les responsables "
                 "qataris », a annoncé le porte-parole Samir Haddad.\n", published="2025-03-12")
    assert ex.meetings and all(_person(ex, "Haddad").key not in m.persons for m in ex.meetings)


def test_delegation_head_after_honorific(extract):
    text = ("Pourparlers à Oslo\n"
            "Les délégations norvégienne et islandaise se sont réunies à Oslo le 4 mai. "
            "La délégation islandaise était conduite par M. Gunnar Sigurdsson, ambassadeur d'Islande en Norvège.")
    ex = extract(text, published="2024-05-06")
    main = ex.meetings[0]
    assert "gunnar-sigurdsson" in main.persons
    assert dict((d.state, d.head) for d in main.delegations)["ISL"] == "gunnar-sigurdsson"


# Shapes seen on real articles in the third session of 2026-12-04 (invented sentences).


def test_an_event_named_after_its_city_listed_demonyms_and_listed_topics(extract_en):
    ex = extract_en("Brazilian and Chilean foreign ministers met on the sidelines of the Riga Security Conference on "
                    "Tuesday to discuss trade as well as the situation in Haiti and Venezuela.", published="2024-05-02")
    [m] = ex.meetings
    assert m.date.iso == "2024-04-30"
    assert m.country == "LVA" and m.city is not None
    assert m.states == ("BRA", "CHL")


def test_the_meeting_a_lede_reports_without_a_date_is_the_news_of_the_publication_day(extract_en):
    text = ("Menu | Sections\n"
            "Chilean foreign minister Alberto van Klaveren arrives in Lima for an official visit\n"
            "The two countries will discuss migration and trade.")
    [m] = extract_en(text, published="2024-05-02").meetings
    assert m.date.iso == "2024-05-02" and m.date.inferred


def test_an_unknown_town_after_english_meeting_words_is_the_venue_and_an_included_state_a_topic(extract_en):
    ex = extract_en("Chilean Foreign Minister Alberto van Klaveren met his Peruvian counterpart in Tacna on Friday "
                    "to discuss border trade, including Bolivia.", published="2024-05-04")
    [m] = ex.meetings
    assert m.city == "town-tacna" and m.date.iso == "2024-05-03"
    assert m.states == ("CHL", "PER")


def test_talks_told_after_an_agency_dateline_take_its_day(extract_en):
    text = ("Ministers discuss trade\n"
            "NAIROBI, March 3. /KNA/. Kenyan Foreign Minister Peter Mwangi and his Ugandan counterpart John Okello "
            "held talks in Nairobi to discuss trade and security.")
    [m] = extract_en(text).meetings
    assert m.date is not None and m.date.iso == "--03-03"


def test_a_meeting_without_a_place_is_in_the_one_city_of_a_party_the_story_names(extract):
    text = ("OTTAWA – La ministre des Affaires étrangères, Claire Dubois, entreprend sa première mission : elle se "
            "rend au Japon.\n"
            "Mme Dubois doit rencontrer son homologue japonais, Kenji Sato, pour discuter du commerce.\n"
            "Elle visitera aussi un musée de Tokyo avant de rentrer.")
    [m] = extract(text, published="2024-05-02").meetings
    assert m.states == ("CAN", "JPN") and m.city == "gn-1850147"  # Tokyo; Ottawa is the dateline


def test_a_summons_is_held_in_the_summoning_state_s_capital(extract, extract_en):
    # No place in the text: the summoning ministry is in its capital, named in the article's language.
    ex = extract_en("Norway summoned the chargé d'affaires of Belarus, Ivan Petrenko, on Wednesday over the incident.",
                    published="2022-12-28")
    [m] = ex.meetings
    assert (m.kind, m.country) == ("summons", "NOR") and m.city is not None
    assert next(p.name for p in ex.places if p.key == m.city) == "Oslo"
    ex = extract_en("Thailand summoned Chinese Ambassador Li Wen on Monday.", published="2023-10-23")
    [m] = ex.meetings
    assert next(p.name for p in ex.places if p.key == m.city) == "Bangkok"
    ex = extract("Le ministère sénégalais des Affaires étrangères a convoqué mardi l'ambassadeur de Gambie.",
                 published="2022-12-28")
    [m] = ex.meetings
    assert m.country == "SEN" and next(p.name for p in ex.places if p.key == m.city) == "Dakar"


def test_a_courtesy_call_on_an_official_is_a_visit_not_a_request(extract_en):
    ex = extract_en("The new Ambassador of Japan to Kenya, Ken Sato, paid a courtesy call on Foreign Minister Ruth Wambui "
                    "in Nairobi on Tuesday.", published="2022-07-06")
    [m] = ex.meetings
    assert m.kind == "visit" and "JPN" in m.states and m.country == "KEN" and m.date.iso == "2022-07-05"


def test_calling_on_an_official_is_a_visit_calling_on_a_state_to_act_is_not(extract_en):
    ex = extract_en("Foreign Minister Vivian Tan called on Prime Minister Aziz Rahman in Putrajaya on Monday, and later "
                    "called on Israel and Hamas to stop the fighting.", published="2023-01-16")
    [m] = ex.meetings
    assert m.kind == "visit" and m.country == "MYS" and {"vivian-tan", "aziz-rahman"} <= set(m.persons)
    # The host's officials met in a planned visit act for the host.
    ex = extract_en("Tan is also scheduled to call on Minister of Transport Lim Wei and Minister of Economy Omar Said "
                    "in Kuala Lumpur.", published="2023-01-16")
    assert {r.state for r in ex.roles if r.role_type == "minister"} == {"MYS"}
    # The noun: "a farewell call on X" is a visit too; "a call on Israel to…" asks.
    ex = extract_en("High Commissioner Ravi Menon bade farewell to Foreign Minister Karim Uddin at a farewell call on "
                    "Uddin at his office on Tuesday. The ministers issued a call on Israel to stop the strikes.",
                    published="2022-09-14")
    [m] = ex.meetings
    assert m.kind == "visit" and m.date.iso == "2022-09-13" and {"ravi-menon", "karim-uddin"} <= set(m.persons)


def test_after_a_dash_the_sentence_tells_another_event(extract_en):
    ex = extract_en("On March 3, the Ministry of Foreign Affairs of Norway summoned the chargé d'affaires of Belarus "
                    "Ivan Petrenko — he was told of the expulsion of a Norwegian diplomat from Minsk on February 20.",
                    published="2023-03-04")
    [m] = ex.meetings
    assert m.kind == "summons" and m.date.iso == "2023-03-03"


def test_a_pair_of_dashes_around_an_aside_cuts_nothing(extract):
    ex = extract("Les délégations suisse et autrichienne se sont réunies à Berne – comme prévu par l'accord – le "
                 "3 mars, a indiqué le ministère.", published="2023-03-04")
    [m] = ex.meetings
    assert m.date.iso == "2023-03-03" and m.country == "CHE"


# A caption run into the first line before the dateline; talks held during a visit to a country
# are there, and phone talks mentioned in general do not make them a call.
def test_talks_during_a_visit_after_an_inline_dateline(extract_en):
    ex = extract_en("Minister Ana Ruiz (left) and her Peruvian counterpart Jorge Salas at a press conference. — AP Photo "
                    "LIMA — Chilean Foreign Minister Ana Ruiz held talks with her Peruvian counterpart Jorge Salas on "
                    "Tuesday as part of her official visit to Peru. Ties have grown through online meetings and phone "
                    "talks between senior leaders of the two countries.", published="2021-09-29")
    m = next(m for m in ex.meetings if "ana-ruiz" in m.persons)
    assert (m.kind, m.country, m.city is not None, m.date.iso) == ("talks", "PER", True, "2021-09-28")


# Side meetings at a summit told one after another, none with a date or place of its own: one
# meeting each, on the day and in the city the story gave for the stay.
def test_a_series_of_side_meetings_without_their_own_setting(extract):
    ex = extract("En marge du sommet de l’Union africaine, le président togolais Kodjo Amega enchaîne les rencontres.\n"
                 "Kodjo Amega poursuit son séjour à Addis-Abeba avant son retour à Lomé mercredi. Ce lundi, il avait "
                 "prévu des rencontres avec ses homologues. Il a eu un entretien avec le Ghanéen Kwame Boateng. Tôt le "
                 "matin, Kodjo Amega avait déjà rencontré le président malien Moussa Traoré. Il a aussi eu un "
                 "tête-à-tête avec la présidente sénégalaise Aminata Diallo.", published="2019-02-11")
    amega = _key(ex, "Kodjo Amega")
    side = [m for m in ex.meetings if amega in m.persons and len(m.persons) == 2]
    assert len(side) == 3
    assert {(m.country, m.date.iso if m.date else None) for m in side} == {("ETH", "2019-02-11")}


# Two earlier meetings told in one sentence, each with its own verb and date, are two meetings;
# "s'était rendu à" is a visit that took place ("se rendra à" with no date is only a plan).
@pytest.mark.slow
def test_two_earlier_meetings_in_one_sentence(extract):
    ex = extract("Visite à Moscou\nLe ministre portugais des Affaires étrangères João Cravo est à Moscou ce vendredi "
                 "pour rencontrer son homologue russe Sergueï Lavrov.\nC'est leur troisième rencontre en trois mois. "
                 "Sergueï Lavrov s’était rendu à Lisbonne le 6 juillet dernier et João Cravo avait été reçu à Moscou "
                 "le 20 juin.\nLe ministre russe se rendra à Madrid.", published="2017-09-08")
    dated = {(m.date.iso, m.country) for m in ex.meetings if m.date}
    assert {("2017-07-06", "PRT"), ("2017-06-20", "RUS")} <= dated
    assert not any(m.country == "ESP" for m in ex.meetings)


# A summons is held at the summoning ministry: an embassy the sentence names is what it is about.
@pytest.mark.slow
def test_a_summons_is_not_held_at_the_embassy_it_is_about(extract_en):
    ex = extract_en("Protest over embassy attack\nOn November 8, the Ministry of Foreign Affairs of Latvia summoned "
                    "the Belarusian ambassador to express protest over the attack on the Latvian embassy in Minsk.",
                    published="2012-11-09")
    summons = [m for m in ex.meetings if m.kind == "summons"]
    assert [m.country for m in summons] == ["LVA"]


# An audience with a head of state, or an envoy meeting an official of the state he is accredited
# to, is held in that state's capital when the text names no place; meeting a leader is not enough.
@pytest.mark.slow
def test_an_audience_is_held_in_the_receivers_capital(extract):
    received = extract("Audience au palais\nLe ministre nigérien des Affaires étrangères, Paul Issoufou, a été reçu "
                       "jeudi après-midi par le président sénégalais Jean Diouf.", published="2021-03-20")
    assert [m.country for m in received.meetings] == ["SEN"]
    met = extract("Entretien\nLe ministre nigérien des Affaires étrangères, Paul Issoufou, a rencontré jeudi le président "
                  "sénégalais Jean Diouf.", published="2021-03-20")
    assert [m.country for m in met.meetings] == [None]
    envoy = extract("Coopération\nLa ministre des Affaires étrangères de la RDC, Claire Mbuyi, et l'ambassadeur du Gabon en RDC, "
                    "Marc Ondo, se sont entretenus jeudi de la coopération entre les deux pays.", published="2021-03-20")
    assert [m.country for m in envoy.meetings] == ["COD"]


# A summons of an envoy introduced earlier, at a ministry the sentence names; the state of a name
# before a person is an owner only with its "'s" ("chargé d'affaires of A in the Russian Federation X").
@pytest.mark.slow
def test_a_summons_of_an_envoy_named_before(extract):
    ex = extract("Tensions\nL'ambassadeur marocain, Karim Alaoui, a quitté la réunion.\n"
                 "La dernière fois que Karim Alaoui a été convoqué au ministère algérien des Affaires étrangères "
                 "remonte au 3 mars.", published="2021-03-20")
    assert [(m.kind, m.country) for m in ex.meetings] == [("summons", "DZA")]


@pytest.mark.slow
def test_a_state_name_before_a_person_owns_only_with_its_possessive(extract_en):
    ex = extract_en("Diplomat summoned\nOn May 4, the Foreign Ministry of Russia summoned the chargé d'affaires of Latvia "
                    "in the Russian Federation Ilze Berzina to protest the expulsion.", published="2022-05-05")
    assert [(m.kind, m.country) for m in ex.meetings] == [("summons", "RUS")]
    assert {r.state for r in ex.roles if r.person == _key(ex, "Berzina")} == {"LVA"}
    assert _person(ex, "Berzina").state == "LVA"


# "a remercié l'ambassadeur pour cette visite" is the visit just told, not another one; an envoy
# recalled "pour consultations" meets nobody.
@pytest.mark.slow
def test_this_visit_is_the_one_just_told_and_a_recall_for_consultations_is_none(extract):
    ex = extract("Visite de courtoisie\nL’ambassadeur du Brésil en Côte d’Ivoire, Paulo Lima, a effectué le jeudi "
                 "18 décembre 2025 une visite de courtoisie au siège de l’agence de presse à Abidjan.\n"
                 "Le directeur général de l’agence, Koffi Yao, a remercié l’ambassadeur pour cette visite.\n"
                 "Le président brésilien João Cardoso a ordonné jeudi le rappel immédiat de l’ambassadeur du Brésil au "
                 "Pérou Marco Silva pour consultations, a indiqué la présidence.",
                 published="2025-12-18")
    assert len(ex.meetings) == 1
    assert _key(ex, "Yao") in ex.meetings[0].persons
    assert _key(ex, "Silva") not in ex.meetings[0].persons


# "in Omani capital of Muscat", "dans la capitale omanaise, Mascate": the capital named after its
# word is the venue, not the dateline's city.
@pytest.mark.slow
def test_a_city_named_as_a_capital_is_the_venue(extract_en, extract):
    en = extract_en("Talks in Muscat\nTEHRAN, Feb. 16 (MNA) – Foreign Minister Ali Rezaei met his Sri Lankan counterpart "
                    "Nimal Perera in Omani capital of Muscat Sunday on the sidelines of a summit.", published="2025-02-17")
    fr = extract("Rencontre\nLe ministre Paul Dubois a rencontré son homologue dans la capitale omanaise, Mascate, dimanche.",
                 published="2025-02-17")
    assert [m.country for m in en.meetings] == ["OMN"]
    assert [m.country for m in fr.meetings] == ["OMN"]


# "A delegation led by X is in Lima… ¶ The delegation met with Y": the article's one delegation,
# named without its state, brings its head and state to the table.
@pytest.mark.slow
def test_the_delegation_as_subject_is_the_articles_delegation(extract_en):
    ex = extract_en("Visit to Lima\nA Chilean delegation led by Foreign Minister Ana Rojas is in Lima to prepare a state "
                    "visit by President Jorge Soto on March 30.\n\n"
                    "The delegation yesterday met with Peruvian Prime Minister Luis Vega at his office.",
                    published="2025-02-17")
    met = [m for m in ex.meetings if _key(ex, "Vega") in m.persons]
    assert met and {"CHL", "PER"} <= set(met[0].states) and _key(ex, "Rojas") in met[0].persons


# A visit to a country, with no city named, is received in that country's capital.
@pytest.mark.slow
def test_a_visit_to_a_country_is_held_in_its_capital(extract_en, extract):
    en = extract_en("State visit\nJapanese Prime Minister Kenji Sato began a state visit to Ghana on Monday, his first "
                    "to West Africa.", published="2024-03-11")
    fr = extract("Visite\nLe président béninois Paul Houngbo effectuera mardi une visite officielle au Sénégal.",
                 published="2024-03-11")
    places = {p.key: p.name for p in [*en.places, *fr.places]}
    assert [places.get(m.city) for m in en.meetings if m.kind == "visit"] == ["Accra"]
    assert [places.get(m.city) for m in fr.meetings if m.kind == "visit"] == ["Dakar"]


# "l'ambassadeur de X accrédité au Togo": where an envoy is accredited is his posting, so his
# audience with that state's minister is held in its capital.
@pytest.mark.slow
def test_an_envoy_accredited_to_a_state_is_posted_there(extract):
    ex = extract("Audience\nLe ministre togolais des Affaires étrangères, Paul Agbeyome, a reçu hier l'ambassadeur de "
                 "Chine accrédité au Togo, Li Wei.", published="2025-08-27")
    assert {r.posted_to for r in ex.roles if r.person == _key(ex, "Li Wei")} == {"TGO"}
    places = {p.key: p.name for p in ex.places}
    assert [places.get(m.city) for m in ex.meetings] == ["Lomé"]


# "the Minister of Foreign Affairs, X, spoke… the Minister of Foreign Affairs met Y": a
# title without a state stands for the one person named before with these very words.
@pytest.mark.slow
def test_a_title_alone_stands_for_the_person_it_was_given_to(extract_en):
    ex = extract_en("Talks\nThe Minister of Foreign Affairs, Anna Berzina, spoke to reporters on Sunday.\n"
                    "On Monday, the Minister of Foreign Affairs met the President of Estonia, Karl Tamm, in Tallinn.",
                    published="2024-05-07")
    assert any({_key(ex, "Berzina"), _key(ex, "Tamm")} <= set(m.persons) for m in ex.meetings)


# Talks in New York between two other states: the seat of an organisation is only the venue, so
# the United States does not act in them.
@pytest.mark.slow
def test_an_organisations_seat_does_not_make_its_country_act(extract):
    ex = extract("Assemblée générale\nLe ministre marocain des Affaires étrangères, Karim Alami, a rencontré mardi à "
                 "New York son homologue japonais Taro Sato.", published="2018-09-26")
    assert {s.code for s in ex.states} == {"MAR", "JPN"}


# The seat of government, not the constitutional capital, is where an envoy is received.
@pytest.mark.slow
def test_an_audience_is_held_in_the_seat_of_government(extract):
    ex = extract("Audience\nLe président ivoirien Paul Kouassi a reçu mardi l'ambassadeur du Niger accrédité en Côte "
                 "d'Ivoire, Ali Moussa.", published="2022-01-18")
    places = {p.key: p.name for p in ex.places}
    assert [places.get(m.city) for m in ex.meetings] == ["Abidjan"]


# A dateline city holds the main meeting and the others of that day: "X also met the crown
# prince" after the audience, in a dispatch from that city.
def test_the_dateline_holds_every_meeting_of_that_day(extract_en):
    ex = extract_en("Omani minister in Kuwait\n\nKUWAIT CITY — Omani Foreign Minister Salim Al-Harthy was received by "
                    "Kuwait's Amir Sheikh Hamad Al-Sabah on Monday. Both sides reviewed brotherly ties.\n\n"
                    "Al-Harthy also met with Kuwait's Crown Prince Sheikh Khalid Al-Sabah to go over trade.\n\n"
                    "Al-Harthy also met his Kuwaiti counterpart Ali Al-Yahya.\n\nAl-Harthy later met "
                    "Kuwait's Minister of State Fahad Al-Mutairi.", published="2024-06-04")
    held = [m for m in ex.meetings if "salim-al-harthy" in m.persons]
    assert len(held) == 4
    assert len({m.city for m in held}) == 1 and held[0].city is not None


# "X a eu un entretien téléphonique avec Y, a indiqué samedi un communiqué": with no day of its
# own, the call takes the day of the release that announces it.
def test_a_call_takes_the_day_of_the_release_that_tells_it(extract):
    ex = extract("Appel\nLe chef de l'État Karim Haddad s'est entretenu au téléphone avec le président ghanéen Kofi "
                 "Owusu, a indiqué samedi la présidence dans un communiqué.", published="2023-07-31")
    calls = [m for m in ex.meetings if m.kind == "call"]
    assert len(calls) == 1 and calls[0].date.iso == "2023-07-29"


# "…their meeting, which comes weeks after Lee's visit to Seoul": the place and the event of an
# earlier trip a sentence dates by are not the meeting's.
def test_an_earlier_trip_is_not_the_meetings_place(extract_en):
    ex = extract_en("Talks\nJAKARTA: Korea's foreign minister Park Min saw his counterparts from Japan and Canada on "
                    "Thursday at a regional forum in Indonesia.\nPark greeted Sato in a conference hall in central "
                    "Jakarta.\nNo statement followed their meeting, held weeks after Sato's visit to Seoul.",
                    published="2023-07-13")
    main = next(m for m in ex.meetings if m.date and m.date.iso == "2023-07-13")
    assert main.city == "gn-1642911"


# "Le ministre X a rencontré Y… trois semaines après sa visite à Pékin": the earlier visit is its
# own event, never merged into the meeting the article reports.
def test_a_visit_told_after_apres_is_an_earlier_event(extract):
    ex = extract("Rencontre\nLe ministre malien des Affaires étrangères, Moussa Keita, a rencontré jeudi son "
                 "homologue sénégalais, Awa Ndiaye.\nCette rencontre intervient trois semaines après la visite de "
                 "M. Keita à Pékin.", published="2023-07-14")
    main = next(m for m in ex.meetings if m.date and m.date.iso == "2023-07-13")
    assert main.city != "gn-1816670" and "CHN" not in main.states


# "held a telephonic conversation with", "telephoned": calls as South Asian and US outlets write them.
def test_telephonic_conversations_and_telephoned_are_calls(extract_en):
    ex = extract_en("Call\nForeign Minister Imran Baig on Wednesday held a telephonic conversation with Kenyan Foreign "
                    "Minister Grace Wanjiru.", published="2020-10-07")
    assert [m.kind for m in ex.meetings] == ["call"]
    ex = extract_en("Call\nSecretary of State Mark Ellis telephoned President Peter Okello of Uganda on Friday.",
                    published="2020-10-07")
    assert [m.kind for m in ex.meetings] == ["call"]


# "a reçu un coup de fil de…", "se sont parlé au téléphone": calls in everyday French.
def test_a_coup_de_fil_and_speaking_on_the_phone_are_calls(extract):
    ex = extract("Appel\nLe président Ali Diallo a reçu lundi un coup de fil de son homologue kényan Paul Kamau.",
                 published="2020-10-07")
    assert [m.kind for m in ex.meetings] == ["call"]
    ex = extract("Appel\nLe président Ali Diallo et son homologue kényan Paul Kamau se sont parlé au téléphone lundi.",
                 published="2020-10-07")
    assert [m.kind for m in ex.meetings] == ["call"]


# "La ministre X et l'ambassadeur du Congo en RDC, Y, ont échangé jeudi sur…": two named persons
# who exchange are a meeting; the one without a state, with an envoy posted to the RDC, is its
# official, and the audience is held in Kinshasa.
def test_two_named_persons_who_exchange_meet_in_the_envoys_posting(extract):
    ex = extract("Coopération\nLa cheffe de la diplomatie, Marie Tshala, et M. Paul Mba, ambassadeur du Gabon en RDC, "
                 "ont échangé mardi 6 août sur le commerce transfrontalier.", published="2024-08-10")
    (meeting,) = ex.meetings
    assert set(meeting.states) == {"COD", "GAB"} and meeting.city == "gn-2314302"


# "The meeting was attended by X, Minister of State, and Y, UAE Ambassador to Syria": the
# attendees sit with one side; X is not Syria's.
def test_attendees_with_an_envoy_are_not_his_hosts(extract_en):
    ex = extract_en("Visit\nABU DHABI, June 27 (WAM): Foreign Minister Hamad Al Ketbi received Syrian Foreign Minister "
                    "Omar Haddad in Abu Dhabi yesterday.\nThe talks were attended by Minister of State Saeed Al Marri and "
                    "Ali Al Shamsi, the UAE envoy to Syria.", published="2024-06-27")
    assert "SYR" not in {r.state for r in ex.roles if r.person == _key(ex, "Marri")}


# "X on Sunday discussed over the phone regional developments with Y": a call told by its topic.
def test_discussing_over_the_phone_with_someone_is_a_call(extract_en):
    ex = extract_en("Call\nAMMAN — Foreign Minister Omar Khalil on Sunday discussed over the phone trade and water "
                    "with Swiss Foreign Minister Anna Keller, the ministry said.", published="2017-11-19")
    calls = [m for m in ex.meetings if m.kind == "call"]
    assert len(calls) == 1 and set(calls[0].states) == {"JOR", "CHE"}


# "Il a rappelé l'appel lancé par le président X pour…": an appeal, not a telephone call.
def test_an_appeal_launched_by_a_president_is_no_call(extract):
    ex = extract("Syrie\nLe ministre Karim Haddad a rappelé l’appel lancé par le président Omar Salem pour un cessez-le-feu "
                 "immédiat.", published="2020-01-23")
    assert ex.meetings == ()


# "sa première réunion ministérielle, consacrée notamment à l'Irak et au Soudan, ainsi qu'aux
# relations entre l'Alliance et la Chine": topics, not parties.
def test_topics_after_an_adverb_and_the_other_side_of_relations_are_not_parties(extract):
    ex = extract("Otan\nLa nouvelle ministre néerlandaise des Affaires étrangères, Anna de Vries, a participé mardi à sa "
                 "première réunion ministérielle, consacrée notamment à l’Irak et au Soudan, ainsi qu’aux relations "
                 "entre l’Alliance atlantique et la Chine.", published="2011-12-07")
    (meeting,) = ex.meetings
    assert set(meeting.states) == {"NLD"}


# "X held a meeting with Asian ambassadors in Lusaka": envoys without a state, posted to the
# host's country, meet the host in its capital.
def test_a_meeting_with_envoys_posted_to_the_hosts_capital_is_held_there(extract_en):
    ex = extract_en("Talks\nZambian Foreign Minister Rosa Tembo on Friday held a meeting with Asian ambassadors in Lusaka to "
                    "brief them on the new trade policy.", published="2022-11-25")
    (meeting,) = ex.meetings
    assert meeting.city == "gn-909137" and meeting.states == ("ZMB",)


# "Le président X a reçu le corps diplomatique": a leader receiving visitors of no state, the text
# naming no place, receives them in his capital.
def test_a_leader_receiving_visitors_of_no_state_does_so_in_his_capital(extract):
    ex = extract("Audience\nLe président gabonais Marc Ondo a reçu mardi le corps diplomatique accrédité au Gabon.",
                 published="2024-01-10")
    (meeting,) = ex.meetings
    assert meeting.city == "gn-2399697"


# "…, M. Y basé à Abuja": where an envoy resides is no venue, not even for the next sentence.
def test_where_an_envoy_is_based_is_no_venue(extract):
    ex = extract("Lettres de créance\nLe président togolais Paul Adjo a reçu mardi 4 juin 2019 deux nouveaux ambassadeurs.\n"
                 "Il s’agit des ambassadeurs du Bénin, M. Luc Houngbo basé à Abuja, et du Mali, M. Ali Traoré basé à Accra.\n"
                 "A la fin des audiences, le porte-parole Jean Kossi a indiqué que les deux pays soutiennent le Togo.",
                 published="2019-06-05")
    assert {m.country for m in ex.meetings} <= {"TGO", None}


# "En réponse à la guerre d'agression de la Russie contre l'Ukraine, les deux parties se sont
# entretenues…": the sides of a war named in a meeting's sentence are its topic, not its parties.
def test_the_sides_of_a_war_are_a_topic(extract, extract_en):
    ex = extract("Visite\nLa ministre suisse Anna Keller a reçu mardi à Berne son homologue portugais Rui Costa. En réponse à "
                 "la guerre d’agression de la Russie contre l’Ukraine, les deux ministres se sont entretenus sur la sécurité "
                 "européenne.", published="2023-11-16")
    assert {s for m in ex.meetings for s in m.states} == {"CHE", "PRT"}
    ex = extract_en("Talks\nSwiss Foreign Minister Anna Keller met her Portuguese counterpart Rui Costa in Bern on Tuesday "
                    "to discuss the war of aggression of Russia against Ukraine.", published="2023-11-16")
    assert {s for m in ex.meetings for s in m.states} == {"CHE", "PRT"}


# "at State House, Nairobi": a named building, a comma, then its city; a list of cities after "in"
# is no building.
def test_a_building_a_comma_and_its_city(extract, extract_en):
    ex = extract_en("Six incoming envoys presented their credentials to President Amos Kiprono at State House, Nairobi, "
                    "on Wednesday.", published="2019-06-13")
    assert [(m.country, m.date.iso) for m in ex.meetings] == [("KEN", "2019-06-12")]
    assert ex.meetings[0].city is not None
    ex = extract("Le président Jean Mbeki a reçu jeudi au Palais du Peuple, Kinshasa, l'envoyé spécial du Kenya, "
                 "Paul Otieno.", published="2019-06-13")
    assert [m.country for m in ex.meetings] == ["COD"] and ex.meetings[0].city is not None


# "visited X at his residence, Y House, inside the Presidential Villa, Abuja": a building, a comma,
# the city. "Talks centred on the forthcoming summit in Addis Ababa": the place of an event to come
# that the talks are about, not theirs.
def test_a_building_inside_another_and_the_place_of_an_event_to_come(extract_en):
    ex = extract_en("President Kofi Mensah visited Vice President Ade Bello at his residence, Lagoon House, inside the "
                    "State House, Lagos on Sunday. Bello said their discussions centred on the forthcoming ECOWAS "
                    "summit in Accra.", published="2017-06-26")
    assert [(m.city, m.date.iso) for m in ex.meetings] == [("gn-2332459", "2017-06-25")]


# "Les perspectives liées à la tenue du prochain sommet de l'UA à Addis-Abeba ont été évoquées":
# the place of the summit to come, not of the audience reported from the dateline's city.
def test_the_place_of_a_summit_to_come_is_not_the_audiences(extract):
    ex = extract("Niamey, (AN) – Le président Ali Maïga a reçu ce mardi l’ambassadeur du Japon, Ken Sato. Les "
                 "perspectives liées à la tenue du prochain sommet de la Cédéao à Abuja ont également été évoquées.",
                 published="2025-03-05")
    assert [m.city for m in ex.meetings] == ["gn-2440485"]


# "Le président a accordé successivement, ce mardi, des audiences à plusieurs diplomates. Il s'est
# d'abord entretenu avec A… Il a ensuite reçu B…": one audience each, in the dateline's city, with
# the host; the announcing sentence is no meeting of its own.
@pytest.mark.parametrize("published", ["2025-03-05", None])
def test_audiences_announced_then_told_one_by_one(extract, published):
    ex = extract("Niamey, (AN) – Le président Ali Maïga a accordé successivement, ce mardi, des audiences à plusieurs "
                 "personnalités diplomatiques accréditées au Niger.\nIl s’est d’abord entretenu avec Son Excellence "
                 "Carlos Ruiz, ambassadeur de la République de Cuba. Les échanges ont porté sur la coopération.\n"
                 "Le président a ensuite reçu Son Excellence Mary Jones, ambassadeur des États-Unis d’Amérique, en fin "
                 "de mission au Niger.", published=published)
    got = sorted((m.city, tuple(sorted(m.persons))) for m in ex.meetings)
    assert got == [("gn-2440485", ("ali-maiga", "carlos-ruiz")), ("gn-2440485", ("ali-maiga", "mary-jones"))]


# A headline that places the meeting ("X meets Y at State House in Lusaka") above a story that
# leaves the city out: the story's meeting is held there.
def test_the_headlines_city_for_the_storys_meeting(extract_en):
    ex = extract_en("President Banda meets the special envoy of Ghana's President, Kwame Asante, at State House in "
                    "Lusaka\n\nHerald Reporter\n\nYesterday, Kwame Asante, a special envoy of Ghana's President, met "
                    "with President Banda at State House with a message on trade.", published="2023-04-07")
    assert [(m.city, m.date.iso) for m in ex.meetings] == [("gn-909137", "2023-04-06")]


# "OSLO—Oslo summoned the ambassador": a dateline city in capitals glued to its dash. "…for the first
# time since the new government took office on March 3": a date inside a "since" clause starts a
# period; it does not date the summons.
def test_a_glued_dateline_and_a_date_in_a_since_clause(extract_en):
    ex = extract_en("OSLO—Norway summoned the Russian ambassador on Tuesday to protest against the incursion.",
                    published="2013-03-20")
    assert [m.city for m in ex.meetings] == ["gn-3143244"]
    ex = extract_en("On Tuesday Norway summoned Russian ambassador Ivan Petrov for the first time since the new "
                    "government took office on March 3.", published="2013-03-20")
    assert [m.date.iso for m in ex.meetings] == ["2013-03-19"]


# "The meeting follows a phone conversation on Feb. 15 where the two top officials discussed…
# Syria": another encounter of the main meeting's pair, Syria only a topic.
def test_another_encounter_of_the_two_officials(extract_en):
    ex = extract_en("Turkish Foreign Minister Ali Demir met US Secretary of State Tom Reed in Brussels on Tuesday. The meeting "
                    "follows a phone conversation on Feb. 15 where the two top officials discussed Syria and the "
                    "Eastern Mediterranean.", published="2021-03-24")
    call = next(m for m in ex.meetings if m.kind == "call")
    assert set(call.persons) == {"ali-demir", "tom-reed"} and "SYR" not in call.states


# "The President made this pledge while receiving Letters of Credence from 17 ambassadors at the
# Council Chamber of the State House": credentials are presented to a head of state at home, in his
# capital, whatever states the envoys come from; the leader an envoy represents ("the representative
# of His Holiness Pope Leo") receives nothing.
def test_credentials_are_received_in_the_leaders_capital(extract, extract_en):
    ex = extract_en("Ghanaian President Kofi Addo has urged the new envoys to deepen trade ties.\n\nThe President made "
                    "this pledge while receiving Letters of Credence from the ambassadors of Japan and Spain at the "
                    "Council Chamber of the State House.", published="2025-12-04")
    assert [(m.city, m.country) for m in ex.meetings] == [("gn-2306104", "GHA")]
    ex = extract("Le président sénégalais Ousmane Diallo a reçu mardi les lettres de créance de l'ambassadeur du Japon "
                 "et de l'ambassadrice d'Espagne.", published="2025-12-04")
    assert [(m.city, m.country) for m in ex.meetings] == [("gn-2253354", "SEN")]
    ex = extract_en("Archbishop Paul Weber, the incoming representative of His Holiness Pope Leo in Kenya, also presented "
                    "his credentials.", published="2025-12-04")
    assert all(m.country != "VAT" for m in ex.meetings)


# "X a reçu les ambassadeurs de quatre pays… Il s'agit des ambassadeurs de la Serbie, A, du Vietnam,
# B…", "Eight envoys presented their credentials… They are ambassadors A (Chile), B (Peru)": the
# sentence after a count names who was at the table.
def test_the_persons_counted_then_listed_are_at_the_meeting(extract, extract_en):
    ex = extract("Le président algérien Karim Haddad a reçu jeudi à Alger les ambassadeurs de trois pays qui lui ont remis leurs "
                 "lettres de créance. Il s'agit des ambassadeurs du Chili, Pedro Rojas, du Népal, Ram Thapa, et de "
                 "l'Autriche, Anna Huber. À l'issue de l'audience, M. Rojas a salué l'accueil.", published="2019-05-16")
    assert [(len(m.persons), sorted(m.states)) for m in ex.meetings] == [(4, ["AUT", "CHL", "DZA", "NPL"])]
    ex = extract_en("Three incoming envoys on Wednesday presented their credentials to President Uhuru Kenyatta at "
                    "State House, Nairobi. They are ambassadors Pedro Rojas (Chile), Ram Thapa (Nepal) and Anna Huber "
                    "(Austria).", published="2019-06-14")
    assert [(len(m.persons), sorted(m.states)) for m in ex.meetings] == [(4, ["AUT", "CHL", "KEN", "NPL"])]


# "À l'issue de l'audience, M. A a…", "M. B a pour sa part…" after "le président a reçu A, B et C":
# each looks back at the audience told; they are not a series of side meetings, whatever order
# the persons are counted in (the same result under every hash seed).
def test_remarks_after_an_audience_are_not_a_series(extract):
    ex = extract("Le président algérien Karim Haddad a reçu jeudi à Alger les ambassadeurs de trois pays qui lui ont "
                 "remis leurs lettres de créance. Il s'agit des ambassadeurs du Chili, Pedro Rojas, du Népal, Ram "
                 "Thapa, et de l'Autriche, Anna Huber. À l'issue de l'audience, M. Rojas a salué l'accueil du "
                 "président Haddad. M. Thapa a évoqué avec le président Haddad la coopération. Mme Huber a parlé "
                 "avec le président Haddad des échanges universitaires.", published="2019-05-16")
    assert len(ex.meetings) == 1


# "porteur d'un message du président X", "conveyed Prime Minister X's invitation": the sender of
# a message or an invitation is not at the table.
def test_the_sender_of_a_message_is_not_at_the_meeting(extract, extract_en):
    ex = extract("L'envoyé spécial Paul Mbina, porteur d'un message du président Karim Haddad, a été reçu mardi à "
                 "Dakar par le président sénégalais Oumar Ndiaye.", published="2022-09-14")
    assert [sorted(m.persons) for m in ex.meetings] == [["oumar-ndiaye", "paul-mbina"]]
    ex = extract_en("Indian High Commissioner Vikram Rao conveyed Prime Minister Arun Mehta's invitation at a farewell "
                    "call on Foreign Minister Abdul Karim on Tuesday.", published="2022-09-14")
    assert [sorted(m.persons) for m in ex.meetings] == [["abdul-karim", "vikram-rao"]]


# "Ambassadors of Chile, Nepal and Austria presented their credentials to the President at a
# function here. The envoys who presented their credentials were - A, B and C.": the list may name
# the envoys after a sentence that names only their states.
def test_the_envoys_listed_after_their_states(extract_en):
    ex = extract_en("New Delhi: Ambassadors of Chile, Nepal and Austria presented their credentials to President Ravi "
                    "Sharma at a ceremony held in Rashtrapati Bhavan here today. The envoys who presented their "
                    "credentials were - Ambassador of Chile Pedro Rojas, Ambassador of Nepal Ram Thapa and Ambassador "
                    "of Austria Anna Huber.", published="2016-07-02")
    assert [len(m.persons) for m in ex.meetings] == [4]


# "The ministerial will be held in Vienna, with Foreign Minister X set to participate, spokesperson
# Y told reporters": who tells of a meeting is not at its table, and does not serve its host.
@pytest.mark.slow
def test_a_spokesperson_telling_of_a_meeting_is_not_at_it(extract_en):
    ex = extract_en("The OSCE Ministerial Council will be held in Vienna on December 6 with Armenia's Foreign Minister "
                    "Ara Petrosyan set to participate, spokesperson Lilit Sargsyan told reporters on Tuesday.",
                    published="2018-11-13")
    names = {p.key: p.name for p in ex.persons}
    assert all("Lilit Sargsyan" not in {names[k] for k in m.persons} for m in ex.meetings)
    assert ("Lilit Sargsyan", "AUT") not in {(h[0], h[2]) for h in _holdings(ex)}
