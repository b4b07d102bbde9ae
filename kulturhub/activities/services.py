"""Business rules of activities: registration, capacity, waiting list, offers, reminders.

Seat allocation always happens with the activity row locked (SELECT … FOR UPDATE on PostgreSQL;
on SQLite every write transaction starts IMMEDIATE and so holds the database's write lock), so
concurrent registrations can never confirm more people than there are seats.
"""

import csv
import io
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from kulturhub.activities import tasks, tokens, workflow
from kulturhub.activities.models import Activity, Registration, new_nonce
from kulturhub.activities.workflow import SEATED, Actor, State
from kulturhub.core import audit, permissions
from kulturhub.core.errors import DomainError
from kulturhub.core.text import csv_safe

REMINDER_BEFORE = timedelta(hours=24)


def _locked(activity: Activity) -> Activity:
    return Activity.objects.select_for_update().get(pk=activity.pk)


def _notify(registration: Registration, kind: str) -> None:
    """Queue an e-mail in the same transaction as the change it reports."""
    tasks.deliver_mail.enqueue(registration.pk, kind)


# ---------------------------------------------------------------------------- registration


def registration_refusal(activity: Activity, user, now=None) -> str | None:
    """Why this visitor cannot register now, or None if they can."""
    now = now or timezone.now()
    if activity.is_cancelled:
        return _("This activity has been cancelled.")
    if activity.status != Activity.Status.PUBLISHED:
        return _("Registration is not open.")
    if now >= activity.starts_at:
        return _("Registration has closed: the activity has started.")
    if now >= activity.registration_closes_at():
        return _("Registration closed at the deadline.")
    if activity.audience == Activity.Audience.MEMBERS and not permissions.is_member(
        user, activity.network
    ):
        return _("This activity is for members of the network only. Log in if you are one.")
    return None


def register(
    activity: Activity,
    *,
    name: str,
    email: str,
    language: str,
    user=None,
    organisation: str = "",
    access_needs: str = "",
    dietary_notes: str = "",
) -> Registration:
    """Register someone: a confirmed seat if one is free, else a place on the waiting list."""
    email = email.strip().lower()
    if user is not None and user.is_authenticated:
        # Signed-in people register as themselves.
        email = user.email.lower()
    else:
        user = None
    with transaction.atomic():
        activity = _locked(activity)
        refusal = registration_refusal(activity, user)
        if refusal:
            raise DomainError(refusal)
        if activity.registrations.filter(
            email__iexact=email, status__in=list(workflow.ACTIVE)
        ).exists():
            raise DomainError(_("This e-mail address is already registered for the activity."))
        seats_free = activity.capacity is None or (
            activity.seats_taken() < activity.capacity
            and not activity.registrations.filter(status=State.WAITLISTED).exists()
        )
        if seats_free:
            status = State.CONFIRMED
        elif activity.waitlist_enabled:
            status = State.WAITLISTED
        else:
            raise DomainError(_("The activity is full."))
        registration = Registration.objects.create(
            activity=activity,
            user=user,
            name=name.strip(),
            email=email,
            organisation=organisation.strip(),
            language=language,
            status=status,
            queued_at=timezone.now(),
            access_needs=access_needs.strip(),
            dietary_notes=dietary_notes.strip(),
        )
        audit.log(user, "activities.registration.created", registration, status=status)
        _notify(registration, "confirmed" if status == State.CONFIRMED else "waitlisted")
    return registration


def fill_seats(activity: Activity) -> list[Registration]:
    """Give freed seats to the waiting list, first come first served. Call with the lock held."""
    moved = []
    if activity.is_cancelled or timezone.now() >= activity.starts_at:
        return moved
    waiting = activity.registrations.filter(status=State.WAITLISTED).order_by("queued_at", "pk")
    free = None if activity.capacity is None else activity.capacity - activity.seats_taken()
    for registration in waiting:
        if free is not None and free <= 0:
            break
        if activity.promotion == Activity.Promotion.OFFER:
            workflow.transition(registration, "offer", Actor.SYSTEM)
            registration.offer_nonce = new_nonce()
            registration.offer_expires_at = timezone.now() + timedelta(hours=activity.offer_hours)
            registration.save()
            tasks.expire_offer.using(run_after=registration.offer_expires_at).enqueue(
                registration.pk
            )
            _notify(registration, "offered")
        else:
            workflow.transition(registration, "promote", Actor.SYSTEM)
            registration.save()
            _notify(registration, "promoted")
        audit.log(None, f"activities.registration.{registration.status}", registration)
        moved.append(registration)
        if free is not None:
            free -= 1
    return moved


def cancel_registration(registration: Registration, actor: str, by=None) -> Registration:
    with transaction.atomic():
        activity = _locked(registration.activity)
        registration = Registration.objects.select_for_update().get(pk=registration.pk)
        if actor == Actor.REGISTRANT and timezone.now() >= activity.starts_at:
            raise DomainError(
                _("The activity has started; the registration can no longer be cancelled.")
            )
        if not workflow.allowed(registration, "cancel", actor):
            raise DomainError(_("This registration is already cancelled or closed."))
        held_seat = registration.status in SEATED
        workflow.transition(registration, "cancel", actor)
        registration.cancel_nonce = new_nonce()  # the cancel link is used up
        registration.offer_nonce = ""
        registration.offer_expires_at = None
        registration.save()
        audit.log(by, "activities.registration.cancelled", registration, by_whom=actor)
        if actor == Actor.REGISTRANT:
            _notify(registration, "cancelled")
        if held_seat:
            fill_seats(activity)
    return registration


def cancel_by_token(token: str) -> Registration:
    registration = tokens.read(token, tokens.CANCEL)
    if registration is None:
        raise DomainError(_("This link is not valid any more. It may have been used already."))
    return cancel_registration(registration, Actor.REGISTRANT)


def accept_offer(token: str) -> Registration:
    registration = tokens.read(token, tokens.ACCEPT)
    if registration is None:
        raise DomainError(
            _("This offer is not valid any more. It may have expired or been used already.")
        )
    with transaction.atomic():
        _locked(registration.activity)
        registration = Registration.objects.select_for_update().get(pk=registration.pk)
        expired = registration.offer_expires_at and registration.offer_expires_at <= timezone.now()
        if expired or not workflow.allowed(registration, "accept", Actor.REGISTRANT):
            raise DomainError(
                _("This offer is not valid any more. It may have expired or been used already.")
            )
        workflow.transition(registration, "accept", Actor.REGISTRANT)
        registration.offer_nonce = ""
        registration.offer_expires_at = None
        registration.save()
        audit.log(None, "activities.registration.accepted", registration)
        _notify(registration, "confirmed")
    return registration


def expire_offer(registration_id: int, now=None) -> bool:
    """Pass an unaccepted offer on to the next person. True if it had expired."""
    now = now or timezone.now()
    with transaction.atomic():
        registration = Registration.objects.filter(pk=registration_id).first()
        if registration is None:
            return False
        activity = _locked(registration.activity)
        registration = Registration.objects.select_for_update().get(pk=registration_id)
        if registration.status != State.OFFERED or registration.offer_expires_at > now:
            return False
        workflow.transition(registration, "expire", Actor.SYSTEM)
        registration.offer_nonce = ""
        registration.save()
        audit.log(None, "activities.registration.expired", registration)
        _notify(registration, "offer_expired")
        fill_seats(activity)
    return True


def set_capacity(activity: Activity, capacity: int | None, by) -> Activity:
    """Change the number of seats; raising it promotes the waiting list in order."""
    with transaction.atomic():
        activity = _locked(activity)
        taken = activity.seats_taken()
        if capacity is not None and capacity < taken:
            raise DomainError(
                _("There are already %(taken)s confirmed seats; the capacity cannot be lower.")
                % {"taken": taken},
                field="capacity",
            )
        old = activity.capacity
        activity.capacity = capacity
        activity.save(update_fields=["capacity", "updated_at"])
        audit.log(by, "activities.activity.capacity", activity, old=old, new=capacity)
        fill_seats(activity)
    return activity


# ---------------------------------------------------------------------------- attendance


def record_attendance(registration: Registration, attended: bool, by) -> Registration:
    with transaction.atomic():
        registration = Registration.objects.select_for_update().get(pk=registration.pk)
        name = "check_in" if attended else "no_show"
        if not workflow.allowed(registration, name, Actor.ORGANISER):
            raise DomainError(_("Only confirmed participants can be checked in."))
        workflow.transition(registration, name, Actor.ORGANISER)
        registration.checked_in_at = timezone.now() if attended else None
        registration.save()
        audit.log(by, f"activities.registration.{registration.status}", registration)
    return registration


# ---------------------------------------------------------------------------- organising


def _schedule(activity: Activity) -> None:
    """Queue the reminder and the clean-up of private notes for this activity's times."""
    due = activity.starts_at - REMINDER_BEFORE
    if activity.reminder_due_at != due:
        activity.reminder_due_at = due
        Activity.objects.filter(pk=activity.pk).update(reminder_due_at=due)
        # A moved activity leaves an old reminder task behind; it sees the new time and stops.
        tasks.send_reminders.using(run_after=max(due, timezone.now())).enqueue(
            activity.pk, due.isoformat()
        )
    tasks.purge_notes.using(run_after=activity.notes_purge_due()).enqueue(activity.pk)


def save_activity(activity: Activity, by, organisers=None, organiser_groups=None) -> Activity:
    created = activity.pk is None
    with transaction.atomic():
        if not created:
            locked = _locked(activity)
            if activity.capacity is not None and activity.capacity < locked.seats_taken():
                raise DomainError(
                    _("There are already %(taken)s confirmed seats; the capacity cannot be lower.")
                    % {"taken": locked.seats_taken()},
                    field="capacity",
                )
        activity.save()
        if organisers is not None:
            activity.organisers.set(organisers)
        if organiser_groups is not None:
            activity.organiser_groups.set(organiser_groups)
        audit.log(by, "activities.activity." + ("created" if created else "updated"), activity)
        if activity.status == Activity.Status.PUBLISHED:
            _schedule(activity)
            fill_seats(activity)
    return activity


def cancel_activity(activity: Activity, reason: str, by) -> Activity:
    """Cancel the activity and tell everyone who is registered or waiting."""
    reason = (reason or "").strip()
    if not reason:
        raise DomainError(
            _("Say why the activity is cancelled: it is sent to everyone registered."),
            field="reason",
        )
    with transaction.atomic():
        activity = _locked(activity)
        if activity.is_cancelled:
            raise DomainError(_("The activity is already cancelled."))
        activity.status = Activity.Status.CANCELLED
        activity.cancel_reason = reason
        activity.save(update_fields=["status", "cancel_reason", "updated_at"])
        for registration in activity.registrations.filter(status__in=list(workflow.ACTIVE)):
            if workflow.allowed(registration, "cancel", Actor.SYSTEM):
                workflow.transition(registration, "cancel", Actor.SYSTEM)
                registration.cancel_nonce = new_nonce()
                registration.offer_nonce = ""
                registration.save()
                _notify(registration, "activity_cancelled")
        audit.log(by, "activities.activity.cancelled", activity)
    return activity


def send_reminders(activity_id: int, due_iso: str) -> int:
    """Remind confirmed participants the day before. Returns how many were reminded."""
    activity = Activity.objects.filter(pk=activity_id).first()
    if activity is None or activity.is_cancelled or activity.status != Activity.Status.PUBLISHED:
        return 0
    if activity.reminder_due_at is None or activity.reminder_due_at.isoformat() != due_iso:
        return 0  # the activity was moved; a newer task carries the new time
    if timezone.now() >= activity.starts_at:
        return 0
    count = 0
    for registration in activity.registrations.filter(
        status=State.CONFIRMED, reminder_sent_at__isnull=True
    ):
        # Mark first: a second run of this task must not send twice.
        updated = Registration.objects.filter(
            pk=registration.pk, reminder_sent_at__isnull=True
        ).update(reminder_sent_at=timezone.now())
        if updated:
            _notify(registration, "reminder")
            count += 1
    return count


def purge_notes(activity_id: int, now=None) -> int:
    """Delete access needs and dietary notes once the retention time after the activity is up."""
    now = now or timezone.now()
    activity = Activity.objects.filter(pk=activity_id).first()
    if activity is None or now < activity.notes_purge_due():
        return 0
    count = activity.registrations.exclude(access_needs="", dietary_notes="").update(
        access_needs="", dietary_notes=""
    )
    Activity.objects.filter(pk=activity.pk).update(notes_purged_at=now)
    audit.log(None, "activities.notes.purged", activity, registrations=count)
    return count


def housekeeping(now=None) -> dict:
    """The sweep a cron job can run too: overdue offers, notes and reminders."""
    now = now or timezone.now()
    expired = sum(
        expire_offer(pk, now)
        for pk in Registration.objects.filter(
            status=State.OFFERED, offer_expires_at__lte=now
        ).values_list("pk", flat=True)
    )
    cutoff = now - timedelta(days=settings.ACTIVITY_NOTES_RETENTION_DAYS)
    purged = sum(
        purge_notes(pk, now)
        for pk in Activity.objects.filter(
            ends_at__lte=cutoff, notes_purged_at__isnull=True
        ).values_list("pk", flat=True)
    )
    reminded = sum(
        send_reminders(a.pk, a.reminder_due_at.isoformat())
        for a in Activity.objects.published().filter(
            reminder_due_at__lte=now, starts_at__gt=now, status=Activity.Status.PUBLISHED
        )
    )
    return {"offers_expired": expired, "notes_purged": purged, "reminders_sent": reminded}


def participants_csv(activity: Activity, by) -> str:
    """The participant list as CSV; reading it is written to the audit log."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(
        [
            _("Name"),
            _("E-mail"),
            _("Organisation"),
            _("Status"),
            _("Registered"),
            _("Access needs"),
            _("Dietary notes"),
        ]
    )
    for r in activity.registrations.order_by("status", "queued_at", "pk"):
        writer.writerow(
            [
                csv_safe(r.name),
                r.email,
                csv_safe(r.organisation),
                r.get_status_display(),
                timezone.localtime(r.queued_at, activity.tz).strftime("%Y-%m-%d %H:%M"),
                csv_safe(r.access_needs),
                csv_safe(r.dietary_notes),
            ]
        )
    audit.log(by, "activities.participants.exported", activity, rows=activity.registrations.count())
    return out.getvalue()
