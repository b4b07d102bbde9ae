"""iCalendar (RFC 5545) for activities: attachments, network feeds and personal feeds."""

from django.conf import settings
from django.utils import timezone
from icalendar import Calendar, Event

from kulturhub.activities.models import Activity

PRODID = "-//Kulturhub//Activities//EN"


def _event(activity: Activity, with_link: bool) -> Event:
    event = Event()
    event.add("uid", f"activity-{activity.pk}@kulturhub")
    event.add("dtstamp", timezone.now())
    event.add("last-modified", activity.updated_at)
    # Local wall-clock times with their zone: calendars show the right hour across DST.
    event.add("dtstart", activity.local_start)
    event.add("dtend", activity.local_end)
    event.add("summary", activity.title)
    url = settings.SITE_URL + activity.get_absolute_url()
    event.add("url", url)
    description = [activity.summary] if activity.summary else []
    location = ", ".join(part for part in [activity.venue, activity.address] if part)
    if with_link and activity.online_link:
        description.append(activity.online_link)
        location = location or activity.online_link
    description.append(url)
    event.add("description", "\n\n".join(description))
    if location:
        event.add("location", location)
    event.add("status", "CANCELLED" if activity.is_cancelled else "CONFIRMED")
    return event


def calendar(activities, name: str, links_for: set[int] = frozenset()) -> bytes:
    """A calendar of `activities`; online links only for activity ids in `links_for`."""
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", name)
    for activity in activities:
        cal.add_component(_event(activity, with_link=activity.pk in links_for))
    cal.add_missing_timezones()
    return cal.to_ical()
