from datetime import datetime, time, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from kulturhub.network.tests.factories import term
from kulturhub.programmes import services
from kulturhub.programmes.models import Cohort, Programme


@pytest.fixture
def catalogue(programme, aarhus):
    programme.art_forms.set([term("art_form", "music")])
    programme.target_groups.set([term("target_group", "sick-leave")])
    programme.languages.set([term("language", "da")])
    today = timezone.localdate()
    soon = Cohort.objects.create(
        programme=programme,
        name="Snart",
        capacity=10,
        starts_on=today + timedelta(days=10),
        ends_on=today + timedelta(days=80),
    )
    # Tuesdays (ISO weekday 2).
    first = today + timedelta(days=(1 - today.weekday()) % 7 + 7)
    services.add_sessions(
        soon, first=timezone.make_aware(datetime.combine(first, time(13))), count=3, minutes=120
    )
    museum = Programme.objects.create(
        network=programme.network,
        owner=aarhus,
        title="Museumsvenner",
        slug="museumsvenner",
        code="AAR-MUS",
        summary="Museumsbesøg for ældre.",
        country="DK",
        region="Midtjylland",
        municipality="Aarhus",
        status=Programme.Status.RECRUITING,
        channels=["gp"],
        delivery="digital",
    )
    museum.target_groups.set([term("target_group", "elderly")])
    Cohort.objects.create(
        programme=museum,
        name="Senere",
        capacity=10,
        starts_on=today + timedelta(weeks=20),
        ends_on=today + timedelta(weeks=30),
    )
    Programme.objects.create(
        network=programme.network,
        owner=aarhus,
        title="Kladde",
        slug="kladde",
        code="AAR-KLA",
        summary="x",
        country="DK",
        status=Programme.Status.DRAFT,
    )
    return programme, museum


def titles(client, **params):
    response = client.get(reverse("programmes:catalogue"), params)
    assert response.status_code == 200
    return [p.title for p in response.context["page"]]


def test_the_catalogue_lists_public_programmes_soonest_first(client, catalogue):
    assert titles(client) == ["Kultur på recept Aarhus", "Museumsvenner"]
    programme, _museum = catalogue
    Programme.objects.create(
        network=programme.network,
        owner=programme.owner,
        title="Afsluttet",
        slug="afsluttet",
        code="AAR-AFS",
        summary="x",
        country="DK",
        status=Programme.Status.COMPLETED,
    )
    # No coming round: last, even though its title sorts first.
    assert titles(client)[-1] == "Afsluttet"


@pytest.mark.parametrize(
    "params, expected",
    [
        ({"art_form": "music"}, ["Kultur på recept Aarhus"]),
        ({"target_group": "elderly"}, ["Museumsvenner"]),
        ({"delivery": "digital"}, ["Museumsvenner"]),
        ({"weekday": "2"}, ["Kultur på recept Aarhus"]),
        ({"weekday": "5"}, []),
        ({"language": "da"}, ["Kultur på recept Aarhus"]),
        ({"self_referral": "on"}, ["Kultur på recept Aarhus"]),
        ({"starts_within": "4"}, ["Kultur på recept Aarhus"]),
        ({"starts_within": "26"}, ["Kultur på recept Aarhus", "Museumsvenner"]),
        ({"municipality": "aarhus", "country": "DK"}, ["Kultur på recept Aarhus", "Museumsvenner"]),
        ({"country": "SE"}, []),
        ({"q": "ældre"}, ["Museumsvenner"]),
    ],
)
def test_filters(client, catalogue, params, expected):
    assert titles(client, **params) == expected


def test_bad_filters_are_explained(client, catalogue):
    response = client.get(reverse("programmes:catalogue"), {"starts_within": "-3"})
    assert response.status_code == 400
    assert "greater than or equal to 1" in response.content.decode()


def test_programme_page_shows_next_start_seats_and_how_to_take_part(client, catalogue):
    programme, _museum = catalogue
    page = client.get(programme.get_absolute_url()).content.decode()
    assert "10 seats left" in page
    assert reverse("programmes:self_referral", args=[programme.slug]) in page
    assert "General practitioner" in page
    assert client.get(reverse("programmes:detail", args=["kladde"])).status_code == 404


def test_the_catalogue_keeps_its_query_count(client, catalogue, django_assert_max_num_queries):
    with django_assert_max_num_queries(10):
        client.get(reverse("programmes:catalogue"))
