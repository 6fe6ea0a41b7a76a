"""Dates in text: absolute and partial dates, weekdays and relative periods ("la semaine dernière",
"il y a 3 ans") against the publication date, planned dates, and words that only look like dates."""
import datetime as dt

import pytest

from diplograph.loaders.dates import find_dates, is_date_line, normalise_month_day, page_date, page_day, relative_period

PUB = dt.date(2025, 4, 10)  # a Thursday


def iso(text, published=PUB, future=False):
    return [(d.value.iso, d.value.inferred) for d in find_dates(text, published, future=future)]


@pytest.mark.parametrize("text, expected", [
    ("le 10 avril", [("2025-04-10", True)]),
    ("le 27 février", [("2025-02-27", True)]),
    ("le 20 décembre", [("2024-12-20", True)]),  # past event after publication day: last year
    ("le 1er mars 2023", [("2023-03-01", False)]),
    ("le premier mars 2016", [("2016-03-01", False)]),  # the first day written out
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


# "la semaine dernière", "le mois prochain": a period as precise as ISO allows, inferred.
def test_relative_weeks_months_and_years():
    published = dt.date(2025, 3, 12)  # a Wednesday
    found = {d.value.text: (d.value.iso, d.value.inferred) for d in find_dates(
        "Il est venu la semaine dernière, reviendra la semaine prochaine et avait signé le mois dernier ; "
        "l'an prochain, tout changera.", published)}
    assert found == {"la semaine dernière": ("2025-03", True), "la semaine prochaine": ("2025-03", True),
                     "le mois dernier": ("2025-02", True), "l'an prochain": ("2026", True)}


def test_a_week_across_two_months_is_only_its_year():
    assert relative_period("semaine", -1, dt.date(2025, 4, 2)) == "2025-03"
    assert relative_period("semaine", 0, dt.date(2025, 4, 2)) == "2025"
    assert relative_period("semaine", -1, dt.date(2025, 1, 3)) == "2024-12"
    assert relative_period("semaine", 0, dt.date(2025, 1, 3)) is None  # 30 Dec 2024 - 5 Jan 2025
    assert relative_period("mois", -1, dt.date(2025, 1, 20)) == "2024-12"


# A huge "il y a N ans" is no date and raises nothing.
@pytest.mark.parametrize("text", ["il y a 99999999999 ans", "il y a 99999999999 jours", "99999999999 days ago"])
def test_huge_ago_is_not_a_date(text):
    assert find_dates(text, dt.date(2025, 5, 2)) == []


def test_ago_before_year_one_is_skipped():
    assert find_dates("il y a 600 ans", dt.date(500, 1, 1)) == []
    assert [d.value.iso for d in find_dates("il y a 3 ans", dt.date(2025, 5, 2))] == ["2022"]


# "Publié le vendredi 6 mai 2022": the page's own date, not an event's; an undated page takes it.
def test_a_publication_line_is_the_pages_date_not_an_events():
    assert find_dates("Article Politique Publié le vendredi 6 mai 2022 | Le Quotidien", None) == []
    assert page_date("Politique\nPublié le vendredi 6 mai 2022 | Le Quotidien\nLe président a appelé jeudi.") \
        == dt.date(2022, 5, 6)
    assert page_date("Published on: 16 June 2023\nThe minister spoke.") == dt.date(2023, 6, 16)


@pytest.mark.slow
def test_an_undated_page_reads_relative_days_against_its_own_date(extract):
    ex = extract("Sénégal/Togo : un échange téléphonique entre les deux présidents Publié le vendredi 6 mai 2022\n\n"
                 "Le président sénégalais Amadou Ba a appelé au téléphone, jeudi, son homologue togolais, Kodjo Amega.")
    assert [(m.kind, m.date.iso) for m in ex.meetings] == [("call", "2022-05-05")]


# With no date of its own, a page is read against the latest full date it writes: news is
# written on or soon after the last day it dates.
def test_an_undated_page_without_a_date_line_takes_its_latest_full_date():
    assert page_date("Le ministre a reçu le 2 février 2021 l'ambassadeur. La visite du 9 mars 2021 est confirmée.") \
        == dt.date(2021, 3, 9)
    assert page_date("The minister met the envoy on Monday.") is None


@pytest.mark.slow
def test_last_monday_in_an_undated_page_follows_its_latest_full_date(extract):
    ex = extract("L'ambassadeur du Togo, Kodjo Amega, s'est entretenu le mardi 14 mars 2023 avec le président "
                 "sénégalais Amadou Ba.\nLundi dernier, le président Amadou Ba a effectué une visite à Bamako où "
                 "il s'est entretenu avec son homologue malien, Issa Traoré.\n")
    assert ("visit", "2023-03-13") in [(m.kind, m.date and m.date.iso) for m in ex.meetings]


# A line that is nothing but a date (and a weekday, a time) is the page's date, never an event's:
# the headline under it takes the story's own date.
@pytest.mark.parametrize("line, alone", [("20 March 2019 09:41 AM", True), ("Tuesday, 19 March 2019 - 4:05 PM", True),
                                         ("Mardi 19 mars 2019 - 16h05", True), ("Le 19 mars 2019", True),
                                         ("The talks on March 19, 2019", False), ("Mardi 19 mars 2019, à Dakar", False)])
def test_a_date_line(line, alone):
    assert is_date_line(line, find_dates(line, None)) is alone


@pytest.mark.slow
def test_a_date_line_above_a_headline_does_not_date_its_meeting(extract_en):
    ex = extract_en("20 March 2019 09:41 AM\n\nKhan, Lindqvist start session of talks\n\n"
                    "Foreign Minister Amina Khan had a session of talks with Swedish Foreign Minister Eva Lindqvist.\n",
                    published="2019-03-19")
    assert [m.date and m.date.iso for m in ex.meetings] == ["2019-03-19"]


# "ce matin", "this evening" are the publication day; "après leur arrivée dimanche" dates the arrival,
# not the talks of the sentence.
@pytest.mark.slow
def test_this_morning_and_the_date_of_another_event(extract, extract_en):
    ex = extract("L'envoyé spécial américain Tom Reed a entamé, ce matin, ses entretiens avec le président libanais "
                 "Karim Haddad après son arrivée à Beyrouth dimanche soir.", published="2025-08-18")
    assert [m.date.iso for m in ex.meetings] == ["2025-08-18"]
    ex = extract_en("Foreign Minister Lena Holm met her Danish counterpart Lars Berg this morning in Oslo.",
                    published="2025-08-18")
    assert [m.date.iso for m in ex.meetings] == ["2025-08-18"]


# A page put online the next morning: "met this evening [Tuesday 4 March]" says which day "this
# evening" was, for every relative day of the text.
def test_a_relative_day_explained_in_brackets(extract, extract_en):
    ex = extract_en("Trade minister meets Danish counterpart\nTrade Minister Lena Holm met Danish Foreign Minister "
                    "Lars Berg this evening in Oslo.\nLena Holm and Lars Berg met this evening [Tuesday 4 March] at "
                    "the ministry in Oslo.", published="2025-03-05")
    assert [m.date.iso for m in ex.meetings] == ["2025-03-04"]
    ex = extract("Le ministre a reçu hier (lundi 3 mars) son homologue malien Abdoulaye Diop à Dakar.",
                 published="2025-03-05")
    assert [m.date.iso for m in ex.meetings] == ["2025-03-03"]


# An undated page whose header gives a day but no year ("14 March" on its own line, "SUVA, June 3:"):
# "today" and "yesterday" are days of that unknown year.
@pytest.mark.parametrize("text, day", [
    ("News\n\nMinisters meet\n\n14 March\n\nThe minister met her counterpart today.", (3, 14)),
    ("SUVA, June 3: The prime minister held talks yesterday with his guest.", (6, 3)),
    ("DAKAR, 1er mars (APS) - Le ministre a reçu hier l'ambassadeur.", (3, 1)),
    ("Le ministre a reçu l'ambassadeur le 12 mai.", None),  # an event's day, not the page's
    ("Talks\nThe talks of 14 March went well.", None),
])
def test_the_day_of_an_undated_page(text, day):
    assert page_day(text) == day


def test_today_on_an_undated_page_with_its_day():
    assert [d.value.iso for d in find_dates("They met today and yesterday.", None, page=(3, 1))] == ["--03-01", "--02-29"]
    assert [d.value.iso for d in find_dates("They met today.", None)] == []


@pytest.mark.slow
def test_an_undated_page_dates_its_meeting_by_its_header_day(extract_en):
    ex = extract_en("Ministry news\n\nFinland and Chile deepen ties\n\n14 March\n\n"
                    "Meeting Chilean Foreign Minister Ana Rojas in Helsinki today, Foreign Minister Mikko Laine "
                    "praised the partnership.")
    assert [m.date and m.date.iso for m in ex.meetings] == ["--03-14"]


# "est arrivé lundi à Dakar pour une tournée qui le mènera au Mali": a future verb in a relative
# clause does not make the arrival a planned one (nor "lundi" next Monday).
@pytest.mark.slow
def test_a_future_in_a_relative_clause_leaves_the_news_past(extract):
    ex = extract("Le ministre japonais des Affaires étrangères, Taro Suzuki, est arrivé lundi à Dakar pour une tournée qui "
                 "le mènera également au Mali et au Ghana.", published="2024-05-14")
    assert [(m.status, m.date.iso) for m in ex.meetings] == [("held", "2024-05-13")]


# The same in English: "arrived in Dakar on Monday on a tour that will also take him to Mali".
@pytest.mark.slow
def test_a_will_in_a_relative_clause_leaves_the_news_past(extract_en):
    ex = extract_en("Japan's Foreign Minister Taro Suzuki arrived in Dakar on Monday on a tour that will also take him to "
                    "Mali and Ghana.", published="2024-05-14")
    assert [(m.status, m.date.iso) for m in ex.meetings] == [("held", "2024-05-13")]
    ex = extract_en("Foreign Minister Taro Suzuki will travel to Dakar on Monday.", published="2024-05-14")
    assert [(m.status, m.date.iso) for m in ex.meetings] == [("planned", "2024-05-20")]
