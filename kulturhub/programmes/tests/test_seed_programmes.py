"""manage.py seed_demo: the demo concepts and programmes, loaded twice without duplicates."""

from datetime import timedelta
from io import StringIO
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest
from django.core.management import call_command
from django.db import models
from django.db.models import Count
from django.test import Client
from django.utils import timezone

from kulturhub.network import demo_data as network_data
from kulturhub.network.models import Organisation
from kulturhub.programmes import demo_data, services
from kulturhub.programmes.identity import contains_national_id
from kulturhub.programmes.models import (
    Attendance,
    BridgeItem,
    Cohort,
    Concept,
    Consent,
    Enrolment,
    Participant,
    ParticipantContact,
    Programme,
    ProgrammeStaff,
    Referral,
    ReferralEvent,
    Session,
)
from kulturhub.programmes.workflow import TRANSITIONS, ReferralStatus

MODELS = [
    Concept,
    Programme,
    ProgrammeStaff,
    Cohort,
    Session,
    Participant,
    ParticipantContact,
    Consent,
    Referral,
    ReferralEvent,
    Enrolment,
    Attendance,
    BridgeItem,
]
KEYS = [
    (Concept, ["slug"]),
    (Programme, ["slug"]),
    (Programme, ["code"]),
    (ProgrammeStaff, ["programme", "user"]),
    (Cohort, ["programme", "name"]),
    (Session, ["cohort", "number"]),
    (Participant, ["code"]),
    (Consent, ["participant", "kind"]),
    (ReferralEvent, ["referral", "status"]),
    (Enrolment, ["participant", "cohort"]),
    (Attendance, ["enrolment", "session"]),
    (BridgeItem, ["cohort", "title"]),
]


def _seed() -> str:
    out = StringIO()
    call_command("seed_demo", stdout=out)
    return out.getvalue()


def _snapshot() -> dict:
    return {
        model.__name__: sorted(
            tuple(str(value) for value in row) for row in model.objects.values_list()
        )
        for model in MODELS
    }


@pytest.fixture(scope="module")
def seeded(module_db):
    """Seeded twice, once for the whole module (a fast password hasher: see `module_db`)."""
    first = _seed()
    after_first = _snapshot()
    second = _seed()
    return SimpleNamespace(first=first, second=second, after_first=after_first)


@pytest.mark.django_db
def test_second_run_creates_and_changes_nothing(seeded):
    assert _snapshot() == seeded.after_first
    assert "Demo programmes: 3 concepts, 6 programmes" in seeded.first
    assert "this run: 0 new, 0 changed" in seeded.second
    for model, fields in KEYS:
        duplicates = model.objects.values(*fields).annotate(n=Count("pk")).filter(n__gt=1)
        assert not duplicates.exists(), model.__name__
    assert Programme.objects.count() == len(demo_data.PROGRAMMES)
    assert Participant.objects.count() == Referral.objects.count()


@pytest.mark.django_db
def test_concepts_are_adopted_across_networks_and_countries(seeded):
    assert Concept.objects.count() >= 3
    countries = Concept.objects.annotate(
        countries=Count("adoptions__country", distinct=True),
        networks=Count("adoptions__network", distinct=True),
    )
    assert countries.filter(countries__gte=2).exists()
    assert Programme.objects.filter(concept__isnull=False, country__in=["SE", "FI"]).exists()
    for concept in countries:
        assert concept.description.count("\n## ") >= 2, concept.slug
        assert concept.staffing and concept.partners_needed and concept.costs
        assert concept.target_groups.exists() and concept.art_forms.exists()
        assert concept.adoptions.exclude(network=concept.origin_network).exists(), concept.slug
    kpr = Concept.objects.get(slug="kultur-paa-recept")
    assert (kpr.language, kpr.origin_network.slug) == ("da", "midtjylland")
    assert (kpr.weeks, kpr.sessions, kpr.group_size) == (10, 20, 12)
    assert set(kpr.art_forms.values_list("slug", flat=True)) == {
        "music",
        "visual-art",
        "literature",
        "museum",
    }
    assert list(kpr.target_groups.values_list("slug", flat=True)) == ["sick-leave"]
    assert kpr.instruments == ["WHO5", "UCLA3"]
    assert kpr.time_points == ["baseline", "end", "follow_up_3"]
    assert kpr.licence == "cc-by-4.0"


@pytest.mark.django_db
def test_programmes_are_run_by_municipalities_with_their_own_staff(seeded):
    programmes = Programme.objects.select_related("owner", "network")
    statuses = set(programmes.values_list("status", flat=True))
    assert {"recruiting", "running", "completed"} <= statuses
    assert programmes.values("municipality").distinct().count() == programmes.count()
    for programme in programmes:
        assert programme.owner.kind == Organisation.Kind.MUNICIPALITY
        assert programme.owner.memberships.filter(network=programme.network).exists()
        assert programme.country == programme.network.country
        assert programme.response_days == 10
        assert programme.contact_email.endswith(".demo")
        assert programme.partners.exists() and programme.channels
        assert programme.languages.filter(slug=programme.network.language).exists()
        staff = programme.staff.filter(role=ProgrammeStaff.Role.STAFF)
        assert staff.exists(), programme.code
        for member in staff:
            assert member.user.person.organisations.filter(pk=programme.owner_id).exists()
        facilitators = programme.staff.filter(role=ProgrammeStaff.Role.FACILITATOR)
        assert facilitators.exists(), programme.code
        for member in facilitators:
            assert member.user.person.organisations.filter(
                pk__in=programme.partners.values("pk")
            ).exists()


@pytest.mark.django_db
def test_cohorts_sessions_and_seats(seeded):
    today = timezone.localdate()
    assert Cohort.objects.filter(ends_on__lt=today - timedelta(days=40)).exists()
    assert Cohort.objects.filter(starts_on__lt=today, ends_on__gt=today).exists()
    assert Cohort.objects.filter(starts_on__gt=today).exists()
    for cohort in Cohort.objects.select_related("programme__network"):
        assert cohort.enrolled_count() <= cohort.capacity, str(cohort)
        assert 10 <= cohort.capacity <= 14
        sessions = list(cohort.sessions.order_by("number"))
        assert 8 <= len(sessions) <= 10
        assert [s.number for s in sessions] == list(range(1, len(sessions) + 1))
        tz = ZoneInfo(cohort.programme.network.time_zone)
        assert sessions[0].starts_at.astimezone(tz).date() == cohort.starts_on
        assert sessions[-1].starts_at.astimezone(tz).date() == cohort.ends_on
        for before, after in zip(sessions, sessions[1:], strict=False):
            # Weekly (or later, past the Christmas holidays), at the same local time.
            local_before, local_after = (
                before.starts_at.astimezone(tz),
                after.starts_at.astimezone(tz),
            )
            assert (local_after.date() - local_before.date()).days % 7 == 0
            assert local_after.date() > local_before.date()
            assert local_after.time() == local_before.time()
            assert before.ends_at > before.starts_at
        # Recruiting cohorts take referrals; finished and running ones have an after-list.
        if cohort.starts_on < today:
            assert cohort.bridge_items.exists(), str(cohort)


@pytest.mark.django_db
def test_participants_consent_and_attendance(seeded):
    now = timezone.now()
    for participant in Participant.objects.select_related("programme", "contact"):
        assert participant.code.startswith(participant.programme.code + "-")
        contact = participant.contact
        assert contact.name and (contact.email or contact.phone)
        assert not contact.email or contact.email.endswith(".demo")
    for enrolment in Enrolment.objects.select_related("participant", "cohort"):
        participant = enrolment.participant
        assert services.has_consent(participant, Consent.Kind.PARTICIPATION), participant.code
        assert participant.referral.status == ReferralStatus.ENROLLED
        assert participant.referral.cohort == enrolment.cohort
        for record in enrolment.attendance.select_related("session"):
            assert record.session.cohort_id == enrolment.cohort_id
            assert record.session.starts_at < now
    assert (
        Enrolment.objects.filter(cohort__ends_on__lt=now.date())
        .exclude(status__in=["completed", "dropped_out"])
        .count()
        == 0
    )
    assert set(Enrolment.objects.values_list("status", flat=True)) == set(Enrolment.Status.values)
    kinds = set(Consent.objects.values_list("kind", flat=True))
    assert kinds == set(Consent.Kind.values)
    assert Consent.objects.filter(withdrawn_at__isnull=False).exists()
    present = Attendance.objects.filter(present=True).count()
    assert present / Attendance.objects.count() > 0.75


@pytest.mark.django_db
def test_referrals_go_through_the_whole_workflow(seeded):
    now = timezone.now()
    assert set(Referral.objects.values_list("status", flat=True)) == set(ReferralStatus.values)
    assert {"job_centre", "gp", "self"} <= set(Referral.objects.values_list("channel", flat=True))
    assert services.overdue_referrals()
    assert Referral.objects.filter(referrer__isnull=False).exists()
    for referral in Referral.objects.select_related("programme", "participant"):
        assert referral.channel in referral.programme.channels
        events = list(referral.events.order_by("at"))
        assert events[0].status == ReferralStatus.RECEIVED
        assert events[0].at == referral.created_at
        assert events[-1].status == referral.status
        assert referral.status_changed_at == events[-1].at
        assert events[-1].at < now
        for before, after in zip(events, events[1:], strict=False):
            assert after.status in TRANSITIONS[before.status]
            assert after.at > before.at
        if referral.assigned_to is not None:
            assert referral.programme.staff.filter(user=referral.assigned_to).exists()


@pytest.mark.django_db
def test_no_national_identity_numbers_and_valid_rows(seeded):
    for model in MODELS:
        text_fields = [
            f.name
            for f in model._meta.concrete_fields
            if isinstance(f, models.CharField | models.TextField | models.JSONField)
        ]
        # Who did something may be unknown (a self-referral has no referrer): not "blank".
        nullable = [f.name for f in model._meta.concrete_fields if f.is_relation and f.null]
        for obj in model.objects.all():
            obj.full_clean(exclude=nullable)
            for name in text_fields:
                value = str(getattr(obj, name))
                assert not contains_national_id(value), f"{model.__name__}.{name}: {value}"


@pytest.mark.django_db
def test_programme_logins_are_listed_and_can_log_in(seeded):
    emails = {p["staff"] for p in demo_data.PROGRAMMES} | {
        p["facilitator"] for p in demo_data.PROGRAMMES
    }
    for email in emails:
        assert email in seeded.first and email in seeded.second
        staff = ProgrammeStaff.objects.filter(user__email=email).select_related("user__person")
        assert staff.exists(), email
        user = staff.first().user
        assert user.person.listed
        assert Client().login(username=email, password=network_data.DEMO_PASSWORD)
    assert "programme staff" in seeded.first and "facilitator" in seeded.first
