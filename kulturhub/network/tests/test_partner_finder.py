import pytest
from django.urls import reverse

from kulturhub.core import taxonomy
from kulturhub.network.models import Organisation
from kulturhub.network.tests import factories
from kulturhub.network.tests.factories import term


@pytest.fixture
def directory(db):
    museum = factories.OrganisationFactory(
        name="Holstebro Kunstmuseum",
        kind=Organisation.Kind.CULTURAL_INSTITUTION,
        country="DK",
        region="Midtjylland",
    )
    museum.sectors.set([term(taxonomy.SECTOR, "culture")])
    clinic = factories.OrganisationFactory(
        name="Psykiatrien Skåne",
        kind=Organisation.Kind.PSYCHIATRY,
        country="SE",
        region="Skåne",
    )
    clinic.sectors.set([term(taxonomy.SECTOR, "health")])
    anna = factories.PersonFactory(
        name="Anna Musiker",
        title="Musikterapeut",
        bio="Korsang for ældre.",
        open_to_collaboration=False,
    )
    anna.organisations.add(museum)
    anna.art_forms.set([term(taxonomy.ART_FORM, "singing")])
    anna.target_groups.set([term(taxonomy.TARGET_GROUP, "elderly")])
    anna.languages.set([term(taxonomy.LANGUAGE, "da")])
    bertil = factories.PersonFactory(
        name="Bertil Åkesson", title="Folkhälsostrateg", open_to_collaboration=True
    )
    bertil.organisations.add(clinic)
    bertil.competences.set([term(taxonomy.COMPETENCE, "evaluation")])
    bertil.languages.set([term(taxonomy.LANGUAGE, "sv"), term(taxonomy.LANGUAGE, "en")])
    cecilie = factories.PersonFactory(name="Cecilie Sang", open_to_collaboration=True)
    cecilie.organisations.add(museum)
    cecilie.art_forms.set([term(taxonomy.ART_FORM, "singing")])
    # Unlisted: no consent to the directory. Must never appear, nor make anything match.
    ghost = factories.PersonFactory(
        name="Gitte Skjult", listed=False, bio="Korsang hemmelig", open_to_collaboration=True
    )
    ghost.organisations.add(clinic)
    ghost.art_forms.set([term(taxonomy.ART_FORM, "dance")])
    ghost.competences.set([term(taxonomy.COMPETENCE, "research")])
    return {
        "museum": museum,
        "clinic": clinic,
        "anna": anna,
        "bertil": bertil,
        "cecilie": cecilie,
        "ghost": ghost,
    }


def search(client, **params):
    response = client.get(reverse("network:partners"), params)
    assert response.status_code == 200
    return response.context["results"], response.content.decode()


def names(results):
    return [item.name for item in results.page]


def test_open_to_collaboration_comes_first(client, directory):
    results, _page = search(client)
    assert names(results) == ["Bertil Åkesson", "Cecilie Sang", "Anna Musiker"]
    assert results.people_count == 3
    assert results.organisation_count == 2


def test_filters_combine(client, directory):
    results, _page = search(client, art_form="singing", country="DK")
    assert names(results) == ["Cecilie Sang", "Anna Musiker"]
    results, _page = search(client, art_form="singing", target_group="elderly")
    assert names(results) == ["Anna Musiker"]
    results, _page = search(client, art_form="singing", country="SE")
    assert names(results) == []
    assert results.organisation_count == 0


@pytest.mark.parametrize(
    "params, expected",
    [
        ({"competence": "evaluation"}, ["Bertil Åkesson"]),
        ({"language": "sv"}, ["Bertil Åkesson"]),
        ({"sector": "culture"}, ["Cecilie Sang", "Anna Musiker"]),
        ({"kind": "psychiatry"}, ["Bertil Åkesson"]),
        ({"region": "skåne"}, ["Bertil Åkesson"]),
        ({"q": "musikterapeut"}, ["Anna Musiker"]),
        ({"q": "korsang ældre"}, ["Anna Musiker"]),
        ({"q": "Kunstmuseum"}, ["Cecilie Sang", "Anna Musiker"]),
    ],
)
def test_each_filter_finds_people(client, directory, params, expected):
    results, _page = search(client, **params)
    assert names(results) == expected


def test_organisations_are_found_too(client, directory):
    results, page = search(client, show="organisations", art_form="singing")
    assert names(results) == ["Holstebro Kunstmuseum"]
    assert "Anna Musiker" in page
    results, _page = search(client, show="organisations", kind="psychiatry")
    assert names(results) == ["Psykiatrien Skåne"]
    # Bertil, open to collaboration, works there: the organisation is marked so.
    assert results.page[0].open_to_collaboration is True


def test_unlisted_people_never_leak(client, as_user, directory, alice):
    for user in (None, alice):
        as_user(user)
        results, page = search(client)
        assert "Gitte Skjult" not in page
        results, page = search(client, q="hemmelig")
        assert results.people_count == 0 and "Gitte" not in page
        # Her art form and competence must not make her organisation match either.
        results, page = search(client, show="organisations", art_form="dance")
        assert results.organisation_count == 0
        results, page = search(client, show="organisations", competence="research")
        assert results.organisation_count == 0
        results, page = search(client, show="organisations", kind="psychiatry")
        assert "Gitte" not in page


def test_results_are_paged_with_counts(client, db, settings):
    settings.PAGE_SIZE = 5
    for n in range(12):
        factories.PersonFactory(name=f"Kunstner {n:02d}")
    results, page = search(client)
    assert results.people_count == 12
    assert len(results.page) == 5
    assert "Page 1 of 3" in page
    results, page = search(client, page=3)
    assert names(results) == ["Kunstner 10", "Kunstner 11"]
    # A page past the end shows the last page rather than an error.
    results, page = search(client, page=99)
    assert names(results) == ["Kunstner 10", "Kunstner 11"]


@pytest.mark.parametrize(
    "params",
    [
        {"kind": "spaceship"},
        {"country": "XX"},
        {"art_form": "not-a-term"},
        {"page": "-1"},
        {"q": "x" * 201},
    ],
)
def test_bad_filters_are_explained(client, directory, params):
    response = client.get(reverse("network:partners"), params)
    assert response.status_code == 400
    assert "Please correct the search." in response.content.decode()


def test_the_list_keeps_its_query_count_whatever_the_size(
    client, db, django_assert_max_num_queries
):
    museum = factories.OrganisationFactory()
    for n in range(20):
        person = factories.PersonFactory(name=f"Person {n:02d}")
        person.organisations.add(museum)
        person.art_forms.set([term(taxonomy.ART_FORM, "music")])
    with django_assert_max_num_queries(14):
        client.get(reverse("network:partners"))
    with django_assert_max_num_queries(14):
        client.get(reverse("network:partners"), {"show": "organisations"})
