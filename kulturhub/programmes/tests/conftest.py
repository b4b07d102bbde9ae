"""Personas for programmes, on top of the shared ones (alice coordinates `network`, carol
another network, bob is a member, dave an outsider):

- sofie: programme staff, works for Aarhus Kommune (the owner) — sees contact data
- frida: facilitator from a partner (a museum) — codes and attendance only
- gustav: a GP who refers citizens
- otto: staff of another municipality's programme
"""

from datetime import timedelta

import pytest
from django.utils import timezone

from kulturhub.network.models import Organisation
from kulturhub.network.tests import factories as nf
from kulturhub.programmes.models import Channel, Cohort, Programme, ProgrammeStaff


def _user_at(organisation, email, name):
    user = nf.UserFactory(email=email, full_name=name)
    person = nf.PersonFactory(name=name, user=user, email=email)
    person.organisations.add(organisation)
    return user


@pytest.fixture
def aarhus(network):
    organisation = nf.OrganisationFactory(
        name="Aarhus Kommune", slug="aarhus-kommune", municipality="Aarhus", region="Midtjylland"
    )
    nf.MembershipFactory(network=network, organisation=organisation)
    return organisation


@pytest.fixture
def museum(network):
    return nf.OrganisationFactory(
        name="ARoS Kunstmuseum", slug="aros", kind=Organisation.Kind.CULTURAL_INSTITUTION
    )


@pytest.fixture
def programme(network, aarhus, museum):
    programme = Programme.objects.create(
        network=network,
        owner=aarhus,
        title="Kultur på recept Aarhus",
        slug="kpr-aarhus",
        code="AAR-KPR",
        summary="Ti uger med kunst og kultur.",
        country="DK",
        region="Midtjylland",
        municipality="Aarhus",
        status=Programme.Status.RECRUITING,
        channels=[Channel.JOB_CENTRE, Channel.GP, Channel.SELF],
    )
    programme.partners.add(museum)
    return programme


@pytest.fixture
def cohort(programme):
    today = timezone.localdate()
    return Cohort.objects.create(
        programme=programme,
        name="Forår",
        capacity=3,
        starts_on=today + timedelta(days=7),
        ends_on=today + timedelta(days=77),
    )


@pytest.fixture
def sofie(programme, aarhus):
    user = _user_at(aarhus, "sofie@aarhus.example", "Sofie Staff")
    ProgrammeStaff.objects.create(programme=programme, user=user, role=ProgrammeStaff.Role.STAFF)
    return user


@pytest.fixture
def frida(programme, museum):
    user = _user_at(museum, "frida@aros.example", "Frida Facilitator")
    ProgrammeStaff.objects.create(
        programme=programme, user=user, role=ProgrammeStaff.Role.FACILITATOR
    )
    return user


@pytest.fixture
def gustav(db):
    clinic = nf.OrganisationFactory(
        name="Lægehuset Trøjborg", slug="laegehuset", kind=Organisation.Kind.HEALTH_CARE
    )
    return _user_at(clinic, "gustav@laege.example", "Gustav GP")


@pytest.fixture
def otto(other_network):
    skive = nf.OrganisationFactory(name="Malmö stad", slug="malmo-stad", country="SE")
    other = Programme.objects.create(
        network=other_network,
        owner=skive,
        title="Kultur på recept Malmö",
        slug="kpr-malmo",
        code="MAL-KPR",
        summary="x",
        country="SE",
        status=Programme.Status.RUNNING,
        channels=[Channel.SELF],
    )
    user = _user_at(skive, "otto@malmo.example", "Otto Other")
    ProgrammeStaff.objects.create(programme=other, user=user, role=ProgrammeStaff.Role.STAFF)
    return user


@pytest.fixture
def referral(programme, gustav):
    from kulturhub.programmes.tests.helpers import refer

    return refer(programme, 1, referrer=gustav, note="Har svært ved at komme ud.")
