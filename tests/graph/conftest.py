"""Facts built by hand (plain dataclasses, no NLP) for fast graph tests."""
from __future__ import annotations

import pytest

from diplograph.loaders.facts import (
    Article, DateValue, Delegation, Evidence, Extraction, Meeting, Organization, Person, Place, Position,
    RoleHolding, State,
)

TEXT = ("Talks in Oslo\nLa ministre norvégienne Anna Berg a reçu le 2 mai à Oslo son homologue islandais, "
        "Jon Olafsson. « Nous avançons », a-t-elle déclaré.")


def ev(article: str, start: int, end: int, method: str = "rule:test") -> Evidence:
    sent_start = TEXT.index("La ministre")
    return Evidence(article, TEXT[sent_start:], sent_start, len(TEXT), start, end, method, 0.8)


def make_extraction(article_id: str = "a1", quote: str = "Nous avançons", url: str | None = None) -> Extraction:
    art = Article(id=article_id, text=TEXT, lang="fr", title="Talks in Oslo", url=url, published="2024-05-03",
                  sha256="0" * 64)
    e = ev(article_id, 40, 60)
    date = DateValue("2 mai", "2024-05-02", True)
    return Extraction(
        article=art,
        states=(State("NOR", "NO", "Norvège", "Q20", True, ("demonym",), (e,)),
                State("ISL", "IS", "Islande", "Q189", True, ("demonym",), (e,)),
                State("UKR", "UA", "Ukraine", "Q212", False, ("name",), (e,))),
        persons=(Person("anna-berg", "Anna Berg", ("Berg",), "NOR", (e,)),
                 Person("jon-olafsson", "Jon Olafsson", (), "ISL", (e,))),
        organizations=(Organization("nor-ministere-des-affaires-etrangeres", "ministère norvégien des Affaires étrangères",
                                    "ministry", "NOR", evidence=(e,)),),
        places=(Place("city-nor-oslo", "Oslo", "city", "NOR"),),
        roles=(RoleHolding("anna-berg", "ministre norvégienne", "foreign_minister", "NOR",
                           "nor-ministere-des-affaires-etrangeres", None, date, "current", e),
               RoleHolding("jon-olafsson", "homologue islandais", "foreign_minister", "ISL", None, None, date, "current", e)),
        meetings=(Meeting("2024-05-02--isl-nor--visit", "visit", "held", date, "city-nor-oslo", "NOR", None,
                          ("ISL", "NOR"), ("anna-berg", "jon-olafsson"),
                          (Delegation("NOR", "anna-berg"),), "NOR", label="visit 2024-05-02 Oslo", evidence=(e,)),),
        positions=(Position("p1", quote, "direct", "declarer", "anna-berg", "person", None, None, "NOR", date,
                            "2024-05-02--isl-nor--visit", None, ev(article_id, 100, 113)),),
    )


@pytest.fixture
def extraction():
    return make_extraction()


@pytest.fixture
def store_with(tmp_path):
    """store_with(*extractions) -> an open store holding them."""
    from diplograph.graph.rdf import facts_to_rdf
    from diplograph.graph.store import ingest_graphs, open_store

    def build(*extractions):
        db = open_store(tmp_path / "store", create=True)
        ingest_graphs(db, {ex.article.id: facts_to_rdf(ex) for ex in extractions})
        return db

    return build
