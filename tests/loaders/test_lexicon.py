"""The lexicons (loaders/data/lexicon.<lang>.json) are the one home of the rules' word lists:
every key is read by some module, both languages carry the keys their shared rules read, and
the honorifics built from them behave as the rules expect (invented names)."""
import datetime as dt
import json
import re
from importlib.resources import files
from pathlib import Path

import pytest

import diplograph.loaders
from diplograph.loaders import SUPPORTED_LANGUAGES
from diplograph.loaders.dates import find_dates
from diplograph.loaders.lexicon import alternation, lexicon, words_of_all
from diplograph.loaders.mentions import honorific, is_feminine_honorific, name_after_honorific
from diplograph.loaders.officials import normalize_name

#: Keys only the English rules read (``lexicon("en")``): English titles put portfolios, modifiers
#: and the state before the name, English reports cite the press by these words, and English
#: names carry honours after them ("TD", "MP"); Title Case headlines put a verb right after a name;
#: an English envoy's title names the mission ("of the High Commission of Ghana").
ENGLISH_ONLY = {"portfolio_words", "title_modifiers", "press_sources", "name_suffixes",
                "headline_function_words", "headline_verbs", "mission_words"}


def _source() -> str:
    here = Path(diplograph.loaders.__file__).resolve().parent
    return "\n".join(p.read_text(encoding="utf-8") for p in sorted(here.glob("*.py")))


def _keys(lang: str) -> set[str]:
    return {k for k in lexicon(lang) if not k.startswith("_")}


@pytest.mark.parametrize("lang", SUPPORTED_LANGUAGES)
def test_every_key_is_read_by_some_module(lang):
    source = _source()
    unread = sorted(k for k in _keys(lang) if f'"{k}"' not in source and f"'{k}'" not in source)
    assert unread == [], f"lexicon.{lang}.json keys no module reads: {unread}"


def test_both_languages_have_the_keys_their_shared_rules_read():
    assert _keys("fr") == _keys("en") - ENGLISH_ONLY
    assert ENGLISH_ONLY <= _keys("en")


def test_every_lexicon_file_is_a_supported_language():
    data = files("diplograph.loaders") / "data"
    langs = {re.fullmatch(r"lexicon\.(\w+)\.json", p.name).group(1) for p in data.iterdir()
             if re.fullmatch(r"lexicon\.\w+\.json", p.name)}
    assert langs == set(SUPPORTED_LANGUAGES)
    for lang in langs:
        json.loads((data / f"lexicon.{lang}.json").read_text(encoding="utf-8"))


def test_alternation_reads_spaces_and_apostrophes_loosely_and_the_rest_literally():
    body = alternation(["Dato", "Dato' Sri", "S.E."])
    pattern = re.compile(rf"^(?:{body})$")
    assert pattern.match("Dato’  Sri") and pattern.match("Dato' Sri") and pattern.match("Dato")
    assert pattern.match("S.E.") and not pattern.match("SxEx")


def test_every_honorific_of_every_language_starts_a_name():
    for lang in SUPPORTED_LANGUAGES:
        for form in lexicon(lang)["honorifics"]:
            m = honorific().match(f"{form} Zoltan Ekwueme")
            assert m and m.end() == len(form) + 1, (lang, form)


def test_french_and_english_honorifics_apply_to_every_article():
    # The French rules see English forms ("Sheikh", "Mr.") and the other way round.
    assert honorific().match("Sheikh Hamad Oyelaran").group(0) == "Sheikh "
    assert honorific().match("Cheikh Hamad Oyelaran").group(0) == "Cheikh "
    assert honorific().match("S.E. M. Ousmane Kourouma").group(0) == "S.E. M. "
    assert honorific().match("The Rt. Hon. Dr. Ellen Farrow").group(0) == "The Rt. Hon. Dr. "
    assert honorific().match("Mme. Ines Vartanian").group(0) == "Mme. "
    assert honorific().match("Mercredi Zoltan") is None


def test_a_name_after_an_honorific_and_its_gender():
    found = [(m.group("hon"), m.group("name"), is_feminine_honorific(m.group("hon")))
             for m in name_after_honorific().finditer("M. Paul de Vries a reçu Mrs Alma Quist et SEMme Awa Dione.")]
    assert found == [("M.", "Paul de Vries", False), ("Mrs", "Alma Quist", True), ("SEMme", "Awa Dione", True)]


def test_officials_names_lose_their_prefixes_in_both_languages():
    assert normalize_name("Sheikh Tamim Oyelaran") == "tamim oyelaran"
    assert normalize_name("le président Cheikh Tamim Oyelaran") == "tamim oyelaran"
    assert normalize_name("Mrs. Alma Quist") == "alma quist"


def test_words_of_all_is_the_union_in_file_order():
    union = words_of_all("honorifics")
    assert len(union) == len(set(union))
    assert set(union) == set(lexicon("fr")["honorifics"]) | set(lexicon("en")["honorifics"])
    assert union[0] == lexicon("fr")["honorifics"][0]


@pytest.mark.parametrize("lang", SUPPORTED_LANGUAGES)
def test_every_month_and_weekday_of_the_lexicons_is_read_as_a_date(lang):
    published = dt.date(2025, 4, 16)  # a Wednesday
    for word, month in {**lexicon(lang)["months"], **lexicon(lang)["month_abbreviations"]}.items():
        found = find_dates(f"le 3 {word} 2024", published=published)
        assert [d.value.iso for d in found] == [f"2024-{month:02d}-03"], (lang, word)
    for word, day in lexicon(lang)["weekdays"].items():
        found = find_dates(f"{word.capitalize()} dernier", published=published)
        assert dt.date.fromisoformat(found[0].value.iso).weekday() == day, (lang, word)
    for word, offset in lexicon(lang)["relative_days"].items():
        found = find_dates(word.replace("'", "’"), published=published)
        assert found[0].value.iso == (published + dt.timedelta(days=offset)).isoformat(), (lang, word)


@pytest.mark.slow
@pytest.mark.parametrize("lang, text", [
    ("fr", "Pourparlers\nNAIROBI – La délégation kényane était conduite par M. Daniel Otieno, qui a rencontré mardi "
           "le ministre ougandais des Affaires étrangères.\n"),
    ("en", "Talks\nNAIROBI - The Kenyan delegation was led by Mr. Daniel Otieno, who met the Ugandan foreign minister "
           "on Tuesday.\n"),
])
def test_the_dot_of_an_honorific_of_either_lexicon_does_not_hide_a_delegation_head(lang, text):
    from diplograph.loaders.extract import extract_facts
    from diplograph.loaders.facts import Article
    from diplograph.loaders.nlp import load_pipeline

    ex = extract_facts(Article(id="t", text=text, lang=lang, published="2025-03-12"), load_pipeline(lang))
    heads = {d.state: d.head for m in ex.meetings for d in m.delegations}
    assert heads.get("KEN") == "daniel-otieno"
