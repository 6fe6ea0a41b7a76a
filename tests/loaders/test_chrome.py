"""Page chrome around the story: copyright lines and reader prompts in another script,
related-article links and teasers, title-case headlines. None of it gives persons, meetings or
statements. French, then English; all run the real pipelines.

Every text is invented (no sentence of a real article); many reproduce a shape first seen in real
French or English news, and each of those failed before its fix.
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


# --- French ---------------------------------------------------------------------------------------

def test_chrome_in_another_script_and_copyright_credits_are_not_persons(extract):
    ex = extract("Entretien à Vienne\n© AGENCE / Laura Pinto Karl Berg, ministre autrichien\nЧитать далее\n"
                 "Le ministre autrichien des Affaires étrangères Karl Berg a reçu lundi à Vienne son homologue "
                 "jordanien Omar Saleh.\n", published="2024-02-14")
    assert sorted(p.name for p in ex.persons) == ["Karl Berg", "Omar Saleh"]


def test_related_articles_and_teasers_are_not_the_story(extract):
    ex = extract("Visite\nLe ministre Paul Nkoulou a reçu lundi à Yaoundé son homologue gabonais, Jean Mba.\n"
                 "Lire aussi : Le président Marc Ondo reçu à Libreville\n"
                 "« Nos deux pays sont liés », a déclaré M. Nkoulou.\n"
                 "Sur le même sujet\n"
                 "12 mars 2026 Visite de Lucie Ivanova, présidente de la Bulgarie.\n"
                 "Commentaires\n", published="2024-02-13")
    assert sorted(p.name for p in ex.persons) == ["Jean Mba", "Paul Nkoulou"]
    assert len(ex.meetings) == 1 and len(ex.positions) == 1


# --- English --------------------------------------------------------------------------------------

def test_title_case_headlines_and_an_institution_named_by_its_noun(extract_en):
    ex = extract_en("Foreign Ministry Summons Chilean Ambassador To Deliver Protest\n\n"
                    "The Foreign Ministry on Monday summoned Chilean ambassador Ana Rojas over the incident.\n\n"
                    "\"The ambassador was told that such actions are unacceptable,\" the ministry said.",
                    published="2024-05-13")
    assert not [p for p in ex.persons if p.name.startswith("To ")]
    said = [p for p in ex.positions if "such actions are unacceptable" in p.text]
    assert len(said) == 1 and said[0].speaker is None and said[0].speaker_kind == "organization"


# "À lire également:" alone on its line, the linked headline dropped by the page, then the story
# again: a paragraph of prose after a closing marker means the story goes on.
def test_a_closing_marker_followed_by_prose_does_not_end_the_story(extract):
    ex = extract("Visite\nLe ministre Paul Nkoulou a reçu lundi à Yaoundé son homologue gabonais, Jean Mba.\n"
                 "À lire également:\n"
                 "Sur la question des frontières, M. Nkoulou a souligné que les deux pays travailleront ensemble "
                 "à un accord avant la fin de l'année, sans préciser de calendrier pour la signature.\n"
                 "Commentaires\n"
                 "Très bonne nouvelle pour la région.\n", published="2024-02-13")
    assert [q.text for q in ex.positions if "travailleront ensemble" in q.text]
    assert not [q for q in ex.positions if "Très bonne nouvelle" in q.text]


# A theme's "Check Also" line closes the story, whatever the page's language.
def test_a_check_also_line_ends_the_story(extract):
    ex = extract("Entretien\nLe ministre Paul Nkoulou a reçu lundi à Yaoundé son homologue gabonais, Jean Mba.\n"
                 "Check Also\n"
                 "Le ministère libyen de la Santé a annoncé un nouveau bilan, a déclaré Ali Haftar.\n",
                 published="2024-02-13")
    assert ex.positions == () and "LBY" not in {s.code for s in ex.states}


# "Fiji and Canada to hold foreign minister-level meeting in Otta...": a related story's headline
# the page cut short is no part of the story.
def test_a_related_headline_cut_short_is_not_the_story(extract_en):
    ex = extract_en("Talks\nSUVA, May 6: Foreign Minister Ana Vula and visiting Minister for Foreign Affairs of Japan, Kenji "
                    "Sato, held bilateral talks in Suva on Sunday.\n"
                    "Fiji and Canada to hold foreign minister-level meeting in Otta...\n"
                    "Talking to reporters after the meeting, Ms Vula said they discussed trade.", published="2024-05-06")
    assert "CAN" not in {s for m in ex.meetings for s in m.states}
    assert all(m.city != "gn-6094817" for m in ex.meetings)


# "Next post Présidentielle 2024 : Me X appelle à voter Y !" between the story and the comments: a
# blog theme's link to the next post (in English even on a French page), not the story.
@pytest.mark.parametrize("marker", ["Next post", "Article précédent"])
def test_a_next_post_link_is_not_the_story(extract, marker):
    ex = extract("Le ministre Paul Ndiaye a reçu mardi à Dakar l'ambassadeur de Chine, Li Wei.\n"
                 f"{marker} Présidentielle 2024 au Sénégal: Me Moussa Diallo appelle à voter Amadou Ba !\n",
                 published="2024-03-01")
    assert "moussa-diallo" not in {p.key for p in ex.persons} and ex.positions == ()
