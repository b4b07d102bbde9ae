"""Every programmes view, every persona: the public, a member, the network's coordinator, a
coordinator of another network, staff of another municipality, a referrer, the partner
facilitator and the programme's own staff."""

import pytest
from django.urls import reverse

from kulturhub.programmes.models import BridgeItem
from kulturhub.programmes.tests.helpers import consent_and_enrol

LOGIN = "/en/accounts/login/"
PERSONAS = [
    "anonymous",
    "member",
    "coordinator",
    "other_coordinator",
    "other_staff",
    "referrer",
    "facilitator",
    "staff",
]


@pytest.fixture
def world(referral, cohort, sofie, frida, gustav, otto, alice, bob, carol):
    enrolment = consent_and_enrol(referral, cohort, sofie)
    from django.utils import timezone

    from kulturhub.programmes import services

    services.add_sessions(cohort, first=timezone.now(), count=2, minutes=60)
    BridgeItem.objects.create(cohort=cohort, kind="culture_card", title="Kulturkortet")
    return {
        "users": {
            "anonymous": None,
            "member": bob,
            "coordinator": alice,
            "other_coordinator": carol,
            "other_staff": otto,
            "referrer": gustav,
            "facilitator": frida,
            "staff": sofie,
        },
        "referral": referral,
        "cohort": cohort,
        "enrolment": enrolment,
        "programme": referral.programme,
    }


def pages(w):
    slug, cohort, referral = w["programme"].slug, w["cohort"], w["referral"]
    code = referral.participant.code
    return {
        "manage": reverse("programmes:manage", args=[slug]),
        "edit": reverse("programmes:edit", args=[slug]),
        "caseload": reverse("programmes:caseload", args=[slug]),
        "referral": reverse("programmes:referral", args=[slug, referral.pk]),
        "export": reverse("programmes:participant_export", args=[slug, code]),
        "erase": reverse("programmes:participant_erase", args=[slug, code]),
        "cohort_create": reverse("programmes:cohort_create", args=[slug]),
        "cohort": reverse("programmes:cohort", args=[slug, cohort.pk]),
        "attendance": reverse("programmes:attendance", args=[slug, cohort.pk, 1]),
        "bridge": reverse("programmes:bridge", args=[slug, cohort.pk]),
    }


# Which personas get 200 on which page; everyone else logged in gets 404, the public is sent
# to the login page.
ALLOWED = {
    "manage": {"coordinator", "facilitator", "staff"},
    "edit": {"coordinator", "staff"},
    "cohort_create": {"coordinator", "staff"},
    "caseload": {"facilitator", "staff"},
    "referral": {"facilitator", "staff"},
    "cohort": {"facilitator", "staff"},
    "attendance": {"facilitator", "staff"},
    "bridge": {"facilitator", "staff"},
    "export": {"staff"},
    "erase": {"staff"},
}


@pytest.mark.parametrize("persona", PERSONAS)
@pytest.mark.parametrize("page", list(ALLOWED))
def test_staff_pages(as_user, world, persona, page):
    response = as_user(world["users"][persona]).get(pages(world)[page])
    if persona == "anonymous":
        assert response.status_code == 302 and response["Location"].startswith(LOGIN)
    elif persona in ALLOWED[page]:
        assert response.status_code == 200, (persona, page)
    else:
        assert response.status_code == 404, (persona, page)


@pytest.mark.parametrize("persona", PERSONAS)
def test_contact_data_reach_only_the_owners_staff(as_user, world, persona):
    client = as_user(world["users"][persona])
    for url in pages(world).values():
        content = client.get(url).content.decode()
        assert ("borger1@example.org" in content) == (
            persona == "staff" and ("/referrals/" in url or url.endswith("/export/"))
        ), (persona, url)


@pytest.mark.parametrize("persona", PERSONAS)
def test_public_pages(as_user, world, persona):
    client = as_user(world["users"][persona])
    programme = world["programme"]
    for url in [
        reverse("programmes:catalogue"),
        programme.get_absolute_url(),
        reverse("programmes:self_referral", args=[programme.slug]),
        reverse("programmes:concepts"),
    ]:
        assert client.get(url).status_code == 200, url


@pytest.mark.parametrize(
    "persona",
    [
        "anonymous",
        "member",
        "coordinator",
        "other_coordinator",
        "other_staff",
        "referrer",
        "facilitator",
    ],
)
def test_nobody_but_staff_changes_a_case(as_user, world, persona):
    client = as_user(world["users"][persona])
    p, referral, cohort = pages(world), world["referral"], world["cohort"]
    posts = [
        (p["referral"], {"action": "status", "status-status": "declined"}),
        (p["erase"], {"keep_anonymous": "no", "confirm": "on"}),
        (p["bridge"], {"kind": "other", "title": "Spam"}),
        (p["cohort"], {"enrolment": world["enrolment"].pk, "status": "dropped_out"}),
        (
            reverse(
                "programmes:consent_withdraw",
                args=[world["programme"].slug, referral.participant.consents.first().pk],
            ),
            {},
        ),
        (
            reverse("programmes:staff_add", args=[world["programme"].slug]),
            {"email": "bob@example.org", "role": "facilitator"},
        ),
    ]
    for url, data in posts:
        response = client.post(url, data)
        assert response.status_code in (302, 403, 404), url
        if response.status_code == 302:
            assert response["Location"].startswith(LOGIN) or persona == "coordinator"
    referral.refresh_from_db()
    assert referral.status == "enrolled"
    assert referral.participant.consents.get().withdrawn_at is None
    assert world["enrolment"].__class__.objects.get().status == "active"
    assert list(cohort.bridge_items.values_list("title", flat=True)) == ["Kulturkortet"]


def test_another_networks_coordinator_sees_nothing_of_its_participants(as_user, world, carol):
    client = as_user(carol)
    for url in pages(world).values():
        response = client.get(url)
        assert response.status_code == 404
        content = response.content.decode()
        for secret in ["Borger 1", "borger1@example.org", "Har svært", "Kulturkortet"]:
            assert secret not in content
