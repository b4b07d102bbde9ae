"""Read-only selections of activities for lists, calendars and feeds."""

import calendar as pycalendar
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from django.db.models import Count, Q
from django.utils import timezone

from kulturhub.activities.models import Activity
from kulturhub.activities.workflow import SEATED
from kulturhub.network.models import Network


def with_counts(queryset):
    return queryset.annotate(
        seats_taken_count=Count("registrations", filter=Q(registrations__status__in=SEATED))
    )


def filtered(data: dict, user=None):
    """Activities matching the list filters (a cleaned ActivityFilterForm)."""
    activities = Activity.objects.published().select_related("network", "series")
    if data.get("network"):
        network = Network.objects.filter(slug=data["network"]).first()
        activities = activities.in_network_tree(network) if network else activities.none()
    for field in ["kind", "format", "language"]:
        if data.get(field):
            activities = activities.filter(**{field: data[field]})
    if data.get("open_only"):
        activities = activities.filter(audience=Activity.Audience.OPEN)
    if data.get("month"):
        first = month_start(data["month"])
        activities = activities.filter(
            starts_at__date__gte=first, starts_at__date__lt=next_month(first)
        )
        return with_counts(activities).order_by("starts_at")
    if data.get("when") == "past":
        return with_counts(activities.past())
    return with_counts(activities.upcoming())


def month_start(value: str | None) -> date:
    if value:
        year, month = (int(part) for part in value.split("-"))
        return date(year, month, 1)
    today = timezone.localdate()
    return today.replace(day=1)


def next_month(first: date) -> date:
    return (first.replace(day=28) + timedelta(days=4)).replace(day=1)


@dataclass
class Day:
    date: date
    in_month: bool
    activities: list


def month_grid(activities, first: date) -> list[list[Day]]:
    """Weeks (Monday first) of the month, each day with its activities in local time."""
    by_day: dict[date, list] = {}
    for activity in activities:
        by_day.setdefault(activity.local_start.date(), []).append(activity)
    weeks = []
    for week in pycalendar.Calendar(firstweekday=0).monthdatescalendar(first.year, first.month):
        weeks.append([Day(d, d.month == first.month, by_day.get(d, [])) for d in week])
    return weeks


def year_plan(network: Network, year: int):
    start = datetime(year, 1, 1, tzinfo=timezone.get_current_timezone())
    activities = with_counts(
        Activity.objects.published()
        .in_network_tree(network)
        .filter(
            starts_at__gte=start - timedelta(days=1),
            starts_at__lt=start.replace(year=year + 1) + timedelta(days=1),
        )
        .select_related("network")
        .order_by("starts_at")
    )
    months: dict[int, list] = {}
    for activity in activities:
        local = activity.local_start
        if local.year == year:
            months.setdefault(local.month, []).append(activity)
    return sorted(months.items())
