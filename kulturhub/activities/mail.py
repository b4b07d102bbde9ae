"""The e-mails a registrant gets, in their own language, with calendar file and links."""

from django.conf import settings
from django.urls import reverse
from django.utils import translation

from kulturhub.activities import ical, tokens
from kulturhub.activities.models import Registration
from kulturhub.activities.workflow import State
from kulturhub.core import mail

KINDS = {
    "confirmed",
    "waitlisted",
    "promoted",
    "offered",
    "offer_expired",
    "cancelled",
    "activity_cancelled",
    "reminder",
}
# These carry the calendar file and the online link: the person has a seat.
WITH_SEAT = {"confirmed", "promoted", "reminder"}


def send_registration_mail(registration_id: int, kind: str) -> bool:
    assert kind in KINDS, kind
    registration = (
        Registration.objects.select_related("activity", "activity__network")
        .filter(pk=registration_id)
        .first()
    )
    if registration is None:
        return True  # nothing left to tell
    activity = registration.activity
    seated = kind in WITH_SEAT and registration.status == State.CONFIRMED
    with translation.override(registration.language):
        context = {
            "registration": registration,
            "activity": activity,
            "network": activity.network,
            "activity_url": settings.SITE_URL + activity.get_absolute_url(),
            "online_link": activity.online_link if seated else "",
            "starts": activity.local_start,
            "ends": activity.local_end,
        }
        if registration.status in {State.CONFIRMED, State.WAITLISTED, State.OFFERED}:
            context["cancel_url"] = settings.SITE_URL + reverse(
                "activities:cancel", args=[tokens.make(registration, tokens.CANCEL)]
            )
        if kind == "offered" and registration.status == State.OFFERED:
            context["accept_url"] = settings.SITE_URL + reverse(
                "activities:accept", args=[tokens.make(registration, tokens.ACCEPT)]
            )
            context["offer_expires"] = registration.offer_expires_at.astimezone(activity.tz)
    attachments = []
    if seated:
        attachments.append(
            (
                "activity.ics",
                ical.calendar([activity], activity.title, {activity.pk}),
                "text/calendar",
            )
        )
    return mail.send(
        [registration.email],
        registration.language,
        f"activities/email/{kind}",
        context,
        attachments=attachments,
    )
