from pathlib import Path

import pytest

from diplograph.loaders.text import find_quotes, fold, split_sentences

SEED = Path(__file__).parents[3] / "shared" / "articles" / "istanbul-talks-2025-04-10.fr.txt"


def test_headline_without_final_punctuation_is_its_own_sentence():
    text = "Sommet à Dakar sans accord\nLes chefs d'État se sont réunis mardi. Ils ont parlé."
    assert [s.text for s in split_sentences(text)] == [
        "Sommet à Dakar sans accord", "Les chefs d'État se sont réunis mardi.", "Ils ont parlé."]


def test_honorific_abbreviations_do_not_end_sentences():
    text = "La délégation était conduite par M. Jean Dupont. Mme Durand était absente."
    assert [s.text for s in split_sentences(text)] == [
        "La délégation était conduite par M. Jean Dupont.", "Mme Durand était absente."]


def test_initials_do_not_end_sentences():
    assert len(split_sentences("Le président George W. Bush a parlé. Il est parti.")) == 2


def test_quotation_spanning_sentences_stays_whole():
    text = "« Nous sommes prêts. Nous attendons une réponse », a déclaré la ministre. Elle est partie."
    sents = [s.text for s in split_sentences(text)]
    assert sents[0].endswith("a déclaré la ministre.")
    assert len(sents) == 2


def test_offsets_point_into_the_text():
    text = "  Titre\n\nPremier paragraphe. Deuxième phrase !\nTroisième."
    for s in split_sentences(text):
        assert text[s.start:s.end] == s.text


def test_coordinated_subject_is_not_split():
    # spaCy's parser splits "Washington et Moscou | ont rétabli…" (measured on the seed article).
    text = "Grâce à cela, Washington et Moscou ont progressivement rétabli les canaux de communication."
    assert len(split_sentences(text)) == 1


@pytest.mark.skipif(not SEED.exists(), reason="shared seed article not present")
def test_seed_article_has_one_sentence_per_line():
    text = SEED.read_text(encoding="utf-8")
    sents = [s.text for s in split_sentences(text)]
    # 13 lines, 16 sentences: the headline stands alone, "M." does not split, and the
    # paragraph that spaCy cuts after "Washington et Moscou" stays whole.
    assert len(sents) == 16
    assert sents[0].startswith("La Russie") and sents[0].endswith("États-Unis")
    assert any(s.startswith("La délégation russe était conduite par M. ") and s.endswith("Washington.") for s in sents)
    assert any(s.startswith("Grâce à cela, Washington et Moscou ont") for s in sents)


def test_fold_keeps_length_and_removes_accents():
    s = "Ministère des Affaires étrangères d’Égypte"
    assert len(fold(s)) == len(s)
    assert fold(s) == "ministere des affaires etrangeres d'egypte"


def test_find_quotes_in_all_styles():
    text = "Il a dit « oui », puis “non” et enfin \"peut-être\"."
    assert [q.text for q in find_quotes(text)] == ["oui", "non", "peut-être"]


def test_a_straight_mark_closed_by_a_curly_one_is_a_quotation():
    text = '"It is impossible to go there today,” said the minister, adding "more later".'
    assert [q.text for q in find_quotes(text)] == ["It is impossible to go there today,", "more later"]


# Doubled single quotes: "‘‘printemps arabe’’", and « opened but closed by ’’ (West African
# outlets), which must keep a quotation of two sentences whole.
def test_doubled_single_quotes_and_a_guillemet_closed_by_them():
    text = ("« Nos échanges ont été francs. Nous avons parlé d’énergie’’, a déclaré la ministre. "
            "Elle salue la ‘‘nouvelle étape’’ des relations.")
    assert [s.text[:12] for s in split_sentences(text)] == ["« Nos échang", "Elle salue l"]
    assert [q.text for q in find_quotes(text)] == ["Nos échanges ont été francs. Nous avons parlé d’énergie",
                                                   "nouvelle étape"]
