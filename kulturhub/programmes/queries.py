"""Read-only selections for the public catalogue and staff lists."""

from datetime import timedelta

from django.db.models import Count, F, Min, Prefetch, Q
from django.db.models.functions import ExtractIsoWeekDay
from django.utils import timezone

from kulturhub.programmes.models import Cohort, Enrolment, Programme, Session


def catalogue(data: dict):
    today = timezone.localdate()
    programmes = (
        Programme.objects.public()
        .select_related("owner", "network")
        .prefetch_related(
            "target_groups",
            "art_forms",
            Prefetch(
                "cohorts",
                queryset=Cohort.objects.filter(ends_on__gte=today)
                .annotate(
                    taken=Count(
                        "enrolments",
                        filter=Q(
                            enrolments__status__in=[
                                Enrolment.Status.ACTIVE,
                                Enrolment.Status.COMPLETED,
                            ]
                        ),
                    )
                )
                .order_by("starts_on"),
                to_attr="open_cohorts",
            ),
        )
        .annotate(next_start=Min("cohorts__starts_on", filter=Q(cohorts__starts_on__gte=today)))
    )
    for word in (data.get("q") or "").split()[:8]:
        programmes = programmes.filter(
            Q(title__icontains=word)
            | Q(summary__icontains=word)
            | Q(description__icontains=word)
            | Q(owner__name__icontains=word)
        )
    for field in ["country", "delivery"]:
        if data.get(field):
            programmes = programmes.filter(**{field: data[field]})
    for field in ["region", "municipality"]:
        if data.get(field):
            programmes = programmes.filter(**{f"{field}__iexact": data[field].strip()})
    for field, relation in [
        ("target_group", "target_groups"),
        ("art_form", "art_forms"),
        ("language", "languages"),
    ]:
        if data.get(field):
            programmes = programmes.filter(**{f"{relation}__slug": data[field]})
    if data.get("weekday"):
        sessions = Session.objects.annotate(day=ExtractIsoWeekDay("starts_at")).filter(
            day=int(data["weekday"]), cohort__ends_on__gte=today
        )
        programmes = programmes.filter(cohorts__sessions__in=sessions)
    if data.get("self_referral"):
        programmes = programmes.filter(accepts_self_referral=True)
    if data.get("starts_within"):
        limit = today + timedelta(weeks=data["starts_within"])
        programmes = programmes.filter(cohorts__starts_on__gte=today, cohorts__starts_on__lte=limit)
    # Soonest start first; programmes with no coming round last.
    return programmes.distinct().order_by(F("next_start").asc(nulls_last=True), "title")
