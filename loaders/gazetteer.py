"""Gazetteers: states, cities, organisations and the role lexicon, read from data files.

The data lives in ``loaders/data/*.json`` (see SOURCES.md there); this module only
indexes it. Lookups work on folded text (lower-case, no accents, one apostrophe)
so that "Etats-Unis" and "États-Unis" are the same key, and matches are found
with one longest-first regular expression per table over the folded sentence.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from diplograph.loaders.lexicon import literal_trie, words_of_all
from diplograph.loaders.text import fold

__all__ = ["Entry", "Match", "Gazetteer", "load_gazetteer"]


@dataclass(frozen=True, slots=True)
class Entry:
    #: "state", "demonym", "capital", "metonym", "city", "org", "role", "cue", "meeting"
    kind: str
    #: alpha-3 for states, demonyms, capitals and metonyms; key for the others.
    key: str
    data: dict


@dataclass(frozen=True, slots=True)
class Match:
    start: int
    end: int
    text: str
    entry: Entry




def _data(name: str):
    return json.loads((files("diplograph.loaders") / "data" / name).read_text(encoding="utf-8"))


class _Table:
    """Surface forms → entries, matched longest first on word boundaries."""

    def __init__(self, case_sensitive_first: bool):
        self.forms: dict[str, list[Entry]] = {}
        #: Names of places and states must start with a capital in running text,
        #: which keeps "chine" in "machine" or "Nice" as an adjective out.
        self.case_sensitive_first = case_sensitive_first
        self._regex: re.Pattern | None = None

    def add(self, surface: str, entry: Entry) -> None:
        key = fold(surface.strip())
        if len(key) < 2:
            return
        # "Etats Unis", "Addis Abeba": hyphens are often dropped in running text.
        for form in {key, key.replace("-", " ")}:
            bucket = self.forms.setdefault(form, [])
            if entry not in bucket:
                bucket.append(entry)

    def regex(self) -> re.Pattern:
        if self._regex is None:
            # (Longest form first, as a tree of prefixes: see literal_trie.)
            self._regex = re.compile(rf"(?<![\w-])(?:{literal_trie(self.forms)})(?![\w-])")
        return self._regex

    def find(self, text: str, folded: str | None = None) -> list[Match]:
        folded = folded if folded is not None else fold(text)
        out = []
        pos = 0
        regex = self.regex()
        while (m := regex.search(folded, pos)) is not None:
            original = text[m.start():m.end()]
            if self.case_sensitive_first and not original[:1].isupper() and not original[:1].isdigit():
                # "du royaume du Maroc": the longer form is refused for its small letter, but a
                # shorter one may start inside it ("Maroc"). Go on from the next word.
                nxt = re.search(r"[\s'’-]", folded[m.start():m.end()])
                pos = m.start() + (nxt.end() if nxt else len(m.group(0)))
                continue
            for entry in self.forms[m.group(0)]:
                out.append(Match(m.start(), m.end(), original, entry))
            pos = m.end()
        return out


class Gazetteer:
    """All lookup tables for one language."""

    def __init__(self, lang: str = "fr"):
        self.lang = lang
        self.states: dict[str, dict] = {}
        self.names = _Table(case_sensitive_first=True)
        #: State names that are also first names ("Jordan", "Chad"): a state only where nothing
        #: else can be meant (alone in brackets after a name: "Samir Odeh (Jordan)").
        self.ambiguous_names = _Table(case_sensitive_first=True)
        self.demonyms = _Table(case_sensitive_first=False)
        self.capitals = _Table(case_sensitive_first=True)
        self.metonyms = _Table(case_sensitive_first=True)
        self.cities = _Table(case_sensitive_first=True)
        self.orgs = _Table(case_sensitive_first=False)
        self.city_by_key: dict[str, dict] = {}
        self.org_by_key: dict[str, dict] = {}
        self._load()

    def _load(self) -> None:
        suffix = "fr" if self.lang == "fr" else "en"
        # Names that are also first names or parts of other names, in any language of the lexicons.
        ambiguous = {fold(w) for w in words_of_all("ambiguous_state_names")}
        for st in _data("states.json"):
            code = st["alpha3"]
            self.states[code] = st
            entry = Entry("state", code, st)
            for name in {st.get(f"name_{suffix}"), *st.get(f"names_{suffix}", [])}:
                # Names that are also first names or parts of other names ("Dominique de Villepin",
                # "Maurice", "Amérique latine") would make states speak that are not there.
                if name and fold(name) not in ambiguous:
                    self.names.add(name, entry)
                elif name:
                    self.ambiguous_names.add(name, entry)
            for dem in st.get(f"demonyms_{suffix}", []) or []:
                self.demonyms.add(dem, Entry("demonym", code, st))
            for cap in st.get(f"capitals_{suffix}", []) or []:
                self.capitals.add(cap, Entry("capital", code, st))
            for met in st.get(f"metonyms_{suffix}", []) or []:
                self.metonyms.add(met, Entry("metonym", code, st))
        for city in _data("places.json"):
            key = _city_key(city)
            city = {**city, "key": key}
            self.city_by_key[key] = city
            entry = Entry("city", key, city)
            for name in {city.get("name_fr"), city.get("name_en"), *city.get("names", [])}:
                if name and fold(name) not in self.names.forms:
                    self.cities.add(name, entry)
                    # "au Caire", "du Cap": the article of "Le Caire" merges with the preposition.
                    if name.startswith("Le ") and len(name) > 6:
                        self.cities.add(name[3:], entry)
        for org in _data("organizations.json"):
            self.org_by_key[org["key"]] = org
            entry = Entry("org", org["key"], org)
            for name in {org.get("name_fr"), org.get("name_en"), *org.get("names", [])}:
                if name:
                    self.orgs.add(name, entry)
        # A capital is also a city: "à Washington" is a venue, "Washington a dit" a government.
        for form, entries in self.capitals.forms.items():
            if form not in self.cities.forms:
                code = entries[0].key
                key = f"city-{code.lower()}-" + re.sub(r"[^a-z0-9]+", "-", form).strip("-")
                city = {"key": key, "name_fr": form.title(), "country": code, "capital": True}
                self.city_by_key[key] = city
                self.cities.forms[form] = [Entry("city", key, city)]

    def state(self, code: str) -> dict | None:
        return self.states.get(code)

    def state_name(self, code: str) -> str:
        st = self.states.get(code) or {}
        return st.get("name_fr" if self.lang == "fr" else "name_en") or st.get("name_en") or code

    def city(self, key: str) -> dict | None:
        return self.city_by_key.get(key)

    def city_name(self, city: dict) -> str | None:
        """A city's name in this gazetteer's language ("Manille" in French, "Manila" in English)."""
        first, second = ("name_en", "name_fr") if self.lang == "en" else ("name_fr", "name_en")
        return city.get(first) or city.get(second)

    def capital_city(self, code: str) -> dict | None:
        """The city entry of a state's first capital ("au Kremlin" is in Moscow)."""
        suffix = "fr" if self.lang == "fr" else "en"
        for cap in (self.states.get(code) or {}).get(f"capitals_{suffix}", []) or []:
            entries = self.cities.forms.get(fold(cap))
            if entries:
                return entries[0].data
        return None


def _city_key(city: dict) -> str:
    if city.get("geonameid"):
        return f"gn-{city['geonameid']}"
    name = fold(city.get("name_en") or city.get("name_fr") or "x")
    return f"city-{city.get('country', 'xxx').lower()}-" + re.sub(r"[^a-z0-9]+", "-", name).strip("-")


@cache
def load_gazetteer(lang: str = "fr") -> Gazetteer:
    """The gazetteer for ``lang``, built once per process."""
    return Gazetteer(lang)
