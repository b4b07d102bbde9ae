"""Search: stemming per language, visibility, snippets and facets, on both backends."""

import re
from datetime import date

import pytest

from kulturhub.knowledge.search import Filters, search
from kulturhub.knowledge.tests.conftest import postgres_only, sqlite_only
from kulturhub.knowledge.tests.factories import KnowledgeItemFactory

pytestmark = pytest.mark.django_db


def titles(results):
    return [hit.item.title for hit in results.hits]


@pytest.fixture
def nordic(network):
    """One item per language, each with inflected forms in its text."""
    return {
        "da": KnowledgeItemFactory(
            network=network,
            language="da",
            title="Korene på plejehjemmet",
            summary="Ældre synger sammen hver uge.",
            body="Sangen og fællesskabet mindsker ensomheden.",
        ),
        "fi": KnowledgeItemFactory(
            network=network,
            language="fi",
            title="Laulaminen kuorossa",
            summary="Ikäihmiset laulavat yhdessä.",
            body="Kuorolaulu vähentää yksinäisyyttä.",
        ),
        "sv": KnowledgeItemFactory(
            network=network,
            language="sv",
            title="Körer för äldre",
            summary="Sång i grupp på äldreboendet.",
            body="Deltagarna i körerna kände sig mindre ensamma.",
        ),
        "nb": KnowledgeItemFactory(
            network=network,
            language="nb",
            title="Museumsbesøk for pårørende",
            summary="Omvisninger for pårørende til personer med demens.",
            body="Museene tilbyr rolige omvisninger.",
        ),
        "en": KnowledgeItemFactory(
            network=network,
            language="en",
            title="Singing groups for older people",
            summary="A review of choir interventions.",
            body="Choirs reduced loneliness in several studies.",
        ),
    }


# ------------------------------------------------------------------ both backends


def test_the_base_form_finds_danish_plural_definite_forms(nordic):
    # "kor" (choir) is in the text only as "korene" (the choirs).
    assert "Korene på plejehjemmet" in titles(search("kor", None))


def test_the_base_form_finds_a_finnish_inflection(nordic):
    # "kuoro" (choir) is in the text only in the inessive "kuorossa" (in the choir).
    assert "Laulaminen kuorossa" in titles(search("kuoro", None))


def test_the_base_form_finds_swedish_plural_forms(nordic):
    # "kör" (choir) appears only as "körer" and "körerna".
    assert "Körer för äldre" in titles(search("kör", None))


def test_a_query_finds_items_in_every_language_it_matches(network):
    KnowledgeItemFactory(network=network, language="da", title="Demens og musik")
    KnowledgeItemFactory(network=network, language="sv", title="Demens och musik")
    KnowledgeItemFactory(network=network, language="en", title="Gardening")
    assert sorted(titles(search("demens", None))) == ["Demens och musik", "Demens og musik"]


def test_the_title_weighs_more_than_the_body(network):
    KnowledgeItemFactory(network=network, title="Dans", body="Om bevægelse.")
    KnowledgeItemFactory(network=network, title="Bevægelse", body="Vi danser sammen. Dans.")
    assert titles(search("dans", None))[0] == "Dans"


def test_the_snippet_marks_the_hits_and_escapes_the_text(network):
    KnowledgeItemFactory(
        network=network,
        title="Sang",
        summary="Kort.",
        body='Vi brugte <script>alert(1)</script> musik <img src=x onerror="alert(2)"> hver uge.',
    )
    snippet = str(search("musik", None).hits[0].snippet)
    assert "<mark>musik</mark>" in snippet.lower()
    # The only markup in a snippet is the highlighting.
    assert set(re.findall(r"<(/?\w+)", snippet)) == {"mark", "/mark"}


def test_members_only_items_are_invisible_to_the_public(network, bob, dave):
    KnowledgeItemFactory(network=network, title="Hemmelig evaluering", members_only=True)
    KnowledgeItemFactory(network=network, title="Offentlig evaluering")
    for user in (None, dave):
        results = search("evaluering", user)
        assert titles(results) == ["Offentlig evaluering"]
        assert results.count == 1
        kind_counts = {v.key: v.count for f in results.facets for v in f.values if f.name == "kind"}
        assert kind_counts == {"practice": 1}
        assert "Hemmelig" not in "".join(str(hit.snippet) for hit in results.hits)
    assert sorted(titles(search("evaluering", bob))) == [
        "Hemmelig evaluering",
        "Offentlig evaluering",
    ]


def test_members_of_another_network_do_not_see_members_only_items(network, carol):
    KnowledgeItemFactory(network=network, title="Intern rapport", members_only=True)
    assert search("rapport", carol).count == 0


def test_drafts_are_never_found(network, alice):
    KnowledgeItemFactory(network=network, title="Udkast om dans", draft=True)
    assert search("dans", alice).count == 0
    assert search("", None).count == 0


def test_facets_count_the_matches_by_kind_language_tag_evidence_network_and_year(
    network, other_network, music, singing
):
    KnowledgeItemFactory(
        network=network,
        title="Musik på hospitalet",
        kind="research",
        evidence_level="controlled",
        published_on=date(2024, 3, 1),
        tags=[music],
    )
    KnowledgeItemFactory(
        network=other_network,
        language="sv",
        title="Musik i vården",
        kind="practice",
        published_on=date(2025, 5, 1),
        tags=[music, singing],
    )
    KnowledgeItemFactory(network=network, title="Teater")
    results = search("musik", None)
    facets = {f.name: {v.key: v.count for v in f.values} for f in results.facets}
    assert facets["kind"] == {"research": 1, "practice": 1}
    assert facets["language"] == {"da": 1, "sv": 1}
    assert facets["evidence"] == {"controlled": 1, "description": 1}
    assert facets["network"] == {"aarhus": 1, "skane-test": 1}
    assert facets["year"] == {"2024": 1, "2025": 1}
    assert facets["art_form"] == {"music": 2, "singing": 1}


def test_filters_narrow_the_results_and_the_facets(network, music):
    KnowledgeItemFactory(network=network, title="Musik og forskning", tags=[music])
    KnowledgeItemFactory(
        network=network, title="Musik og evaluering", evidence_level="randomised", tags=[music]
    )
    results = search("musik", None, Filters(evidence="randomised", tags={"art_form": "music"}))
    assert titles(results) == ["Musik og evaluering"]
    assert {v.key: v.count for f in results.facets for v in f.values if f.name == "evidence"} == {
        "randomised": 1
    }


def test_members_only_items_are_left_out_of_the_counts_of_an_empty_query(network, music, dave):
    KnowledgeItemFactory(network=network, kind="research", members_only=True, tags=[music])
    KnowledgeItemFactory(network=network, kind="practice")
    for user in (None, dave):
        results = search("", user)
        facets = {f.name: {v.key: v.count for v in f.values} for f in results.facets}
        assert results.count == 1
        assert facets["kind"] == {"practice": 1}
        assert facets["art_form"] == {}


def test_a_page_number_past_the_end_shows_the_last_page(network):
    for n in range(25):
        KnowledgeItemFactory(network=network, title=f"Musik {n}")
    results = search("musik", None, page=7)
    assert results.page.number == 2
    assert len(results.hits) == 5
    assert results.count == 25


def test_an_empty_query_lists_the_newest_items_first(network):
    KnowledgeItemFactory(network=network, title="Gammel", published_on=date(2020, 1, 1))
    KnowledgeItemFactory(network=network, title="Ny", published_on=date(2025, 1, 1))
    assert titles(search("", None)) == ["Ny", "Gammel"]


def test_query_syntax_characters_are_harmless(nordic):
    for query in ['"', "kor AND", "(", "*", "-", "kor:", "NEAR(", "'; drop table"]:
        search(query, None)  # no exception


def test_a_definite_plural_finds_the_swedish_base_form(network):
    KnowledgeItemFactory(network=network, language="sv", title="En kör för alla")
    assert titles(search("körerna", None)) == ["En kör för alla"]


def test_a_short_stems_other_forms_are_found(network):
    # Swedish stems "körerna" to "kör", too short to match as a prefix: its forms still are.
    KnowledgeItemFactory(network=network, language="sv", title="Körer på äldreboenden")
    KnowledgeItemFactory(network=network, language="da", title="Koret synger igen")
    assert titles(search("körerna", None)) == ["Körer på äldreboenden"]
    assert titles(search("korene", None)) == ["Koret synger igen"]


def test_a_short_stem_does_not_match_longer_words(network):
    # Danish stems "dans" to "dan", which must not find "Danmark".
    KnowledgeItemFactory(network=network, language="da", title="Kultur i Danmark")
    KnowledgeItemFactory(network=network, language="da", title="Dans for ældre")
    assert titles(search("dans", None)) == ["Dans for ældre"]


def test_a_finnish_word_is_found_in_its_other_cases(network):
    KnowledgeItemFactory(network=network, language="fi", title="Kuorot ja ikäihmiset")
    assert titles(search("kuorossa", None)) == ["Kuorot ja ikäihmiset"]


def test_a_language_filter_matches_with_that_languages_stems_only(network):
    KnowledgeItemFactory(network=network, language="da", title="Et kor for alle")
    KnowledgeItemFactory(network=network, language="nb", title="Et kor for alle i Bergen")
    assert titles(search("korene", None, Filters(language="nb"))) == ["Et kor for alle i Bergen"]


# ------------------------------------------------------------------ PostgreSQL


def test_an_inflected_query_finds_the_danish_base_form(network):
    KnowledgeItemFactory(network=network, language="da", title="Et kor for alle")
    assert titles(search("korene", None)) == ["Et kor for alle"]


def test_an_inflected_query_finds_the_finnish_base_form(network):
    KnowledgeItemFactory(network=network, language="fi", title="Kuoro kaikille")
    assert titles(search("kuorossa", None)) == ["Kuoro kaikille"]


def test_the_danish_definite_form_of_loneliness_is_stemmed(nordic):
    # "ensomhed" is in the text only as "ensomheden".
    assert titles(search("ensomhed", None)) == ["Korene på plejehjemmet"]


@postgres_only
def test_postgres_a_misspelt_title_word_is_found_by_similarity(network):
    KnowledgeItemFactory(network=network, title="Ensomhed blandt ældre")
    results = search("ensomhd", None)
    assert results.fuzzy
    assert titles(results) == ["Ensomhed blandt ældre"]


@postgres_only
def test_postgres_similar_titles_of_members_only_items_stay_hidden(network):
    KnowledgeItemFactory(network=network, title="Ensomhed blandt ældre", members_only=True)
    assert search("ensomhd", None).count == 0


@postgres_only
def test_postgres_websearch_syntax_excludes_words(network):
    KnowledgeItemFactory(network=network, title="Musik og dans")
    KnowledgeItemFactory(network=network, title="Musik og teater")
    assert titles(search("musik -dans", None)) == ["Musik og teater"]


# ------------------------------------------------------------------ SQLite


@sqlite_only
def test_sqlite_words_match_as_prefixes(network):
    KnowledgeItemFactory(network=network, language="da", title="Sangskrivning med unge")
    assert titles(search("sang", None)) == ["Sangskrivning med unge"]


@sqlite_only
def test_sqlite_the_index_follows_edits_and_deletions(network):
    item = KnowledgeItemFactory(network=network, title="Billedkunst")
    item.title = "Fotografi"
    item.save()
    assert search("billedkunst", None).count == 0
    assert titles(search("fotografi", None)) == ["Fotografi"]
    item.delete()
    assert search("fotografi", None).count == 0


@sqlite_only
def test_sqlite_minus_excludes_words(network):
    KnowledgeItemFactory(network=network, title="Musik og dans")
    KnowledgeItemFactory(network=network, title="Musik og teater")
    assert titles(search("musik -dans", None)) == ["Musik og teater"]
