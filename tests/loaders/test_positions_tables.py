"""The speech rules are ordered tables of named steps, and the shapes they build from the lexicons
read what the rules expect (invented words and names)."""
import pytest

from diplograph.loaders.positions import CUE_STRATEGIES
from diplograph.loaders.speakers import RESOLVERS, patterns
from diplograph.loaders.speech_fr import _follow_up_clause, _incise_follow_up, follow_up_lemma


@pytest.mark.parametrize("table", [*CUE_STRATEGIES.values(), RESOLVERS])
def test_every_step_is_named_once_and_says_what_it_handles(table):
    names = [step.__name__ for step in table]
    assert len(names) == len(set(names))
    assert all(step.__doc__ and step.__doc__.strip() for step in table), names


def test_both_languages_have_a_table_of_cue_strategies():
    assert set(CUE_STRATEGIES) == {"fr", "en"}
    assert CUE_STRATEGIES["fr"][0].__name__ == "incise_after_quote"
    assert CUE_STRATEGIES["en"][0].__name__ == "quotation_then_cue"


@pytest.mark.parametrize("lang, text, group", [
    ("fr", "Selon eux, les trois ministres d'Orvanie ont signé.", "les trois ministres"),
    ("fr", "Les chefs d’État ont parlé.", None),  # a group needs a count or a noun of its own
    ("fr", "Ensuite les signataires ont parlé.", "les signataires"),
    ("en", "Later the two counterparts spoke.", "the two counterparts"),
    ("en", "Both sides agreed.", "Both sides"),
])
def test_groups_from_the_lexicon(lang, text, group):
    found = patterns(lang)[0].search(text)
    assert (found.group(0) if found else None) == group


@pytest.mark.parametrize("lang, text, source", [
    ("fr", "de hauts responsables proches du dossier", "de hauts responsables proches du dossier"),
    ("fr", "un haut diplomate", "un haut diplomate"),
    ("en", "two senior Western officials familiar with the talks", "two senior Western officials familiar with the talks"),
    ("en", "one aide said", "one aide"),
])
def test_anonymous_sources_from_the_lexicon(lang, text, source):
    assert patterns(lang)[1].match(text).group(0) == source


@pytest.mark.parametrize("lang, text", [("fr", "dans un communiqué publié mardi"), ("en", "in a joint statement"),
                                        ("en", "the communique")])
def test_documents_from_the_lexicon(lang, text):
    assert patterns(lang)[2].search(text)


def test_french_follow_ups_read_every_form_of_the_lexicon():
    more = _incise_follow_up().search(", a-t-elle dit, faisant   savoir que Vellore attendait")
    assert follow_up_lemma(more.group("p")) == "faire savoir"
    more = _follow_up_clause().match("chef de la diplomatie, se disant convaincue que tout irait bien")
    assert follow_up_lemma(more.group("p")) == "se dire"
