"""Business rules of programmes: referrals, enrolment, consent, attendance and privacy."""

import calendar
from datetime import date, datetime, timedelta

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from kulturhub.core import audit, mail
from kulturhub.core.errors import DomainError
from kulturhub.core.text import unique_slug
from kulturhub.network.models import NetworkRole
from kulturhub.programmes import signals, tasks, workflow
from kulturhub.programmes.models import (
    Attendance,
    BridgeItem,
    Channel,
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
from kulturhub.programmes.workflow import ReferralStatus

ACCEPTING = {Programme.Status.PLANNED, Programme.Status.RECRUITING, Programme.Status.RUNNING}


# ---------------------------------------------------------------------------- referrals


def _next_code(programme: Programme) -> str:
    """The next participant code, e.g. AAR-KPR-0042 (call with the programme row locked)."""
    prefix = f"{programme.code}-"
    last = (
        Participant.objects.filter(code__startswith=prefix)
        .order_by("-code")
        .values_list("code", flat=True)
        .first()
    )
    number = int(last.rsplit("-", 1)[1]) + 1 if last else 1
    return f"{prefix}{number:04d}"


def _check_cohort_open(cohort: Cohort | None, today: date | None = None) -> None:
    if cohort is None:
        return
    today = today or timezone.localdate()
    if cohort.is_over(today):
        raise DomainError(_("This cohort has ended. Choose another one."), field="cohort")
    if cohort.seats_left() <= 0:
        raise DomainError(
            _(
                "This cohort is full. Choose another one, or leave the choice to "
                "the programme staff."
            ),
            field="cohort",
        )


def submit_referral(
    programme: Programme,
    *,
    channel: str,
    name: str,
    email: str = "",
    phone: str = "",
    language: str = "da",
    cohort: Cohort | None = None,
    age_band: str = "",
    gender: str = "",
    reason: str = "",
    note: str = "",
    referrer=None,
    referrer_organisation=None,
) -> Referral:
    """Record a referral (by a professional, or a citizen's own) with the minimum data."""
    if programme.status not in ACCEPTING:
        raise DomainError(_("This programme does not take referrals at the moment."))
    if channel not in programme.channels:
        raise DomainError(_("This programme does not take referrals this way."))
    if not (email or phone):
        raise DomainError(
            _("Give an e-mail address or a phone number, so that the staff can get in touch.")
        )
    with transaction.atomic():
        programme = Programme.objects.select_for_update().get(pk=programme.pk)
        if cohort is not None:
            cohort = Cohort.objects.select_for_update().get(pk=cohort.pk, programme=programme)
        _check_cohort_open(cohort)
        participant = Participant.objects.create(
            programme=programme,
            code=_next_code(programme),
            age_band=age_band,
            gender=gender,
            reason=reason,
        )
        ParticipantContact.objects.create(
            participant=participant,
            name=name.strip(),
            email=email.strip().lower(),
            phone=phone.strip(),
            language=language,
        )
        referral = Referral.objects.create(
            programme=programme,
            cohort=cohort,
            participant=participant,
            channel=channel,
            referrer=referrer if referrer is not None and referrer.is_authenticated else None,
            referrer_organisation=referrer_organisation,
            note=note.strip(),
        )
        ReferralEvent.objects.create(
            referral=referral, status=ReferralStatus.RECEIVED, by=referral.referrer
        )
        audit.log(referral.referrer, "programmes.referral.received", referral, channel=channel)
        tasks.notify_staff.enqueue(referral.pk, "referral_received")
    return referral


def change_referral_status(referral: Referral, status: str, by) -> Referral:
    with transaction.atomic():
        referral = Referral.objects.select_for_update().get(pk=referral.pk)
        if status == ReferralStatus.ENROLLED:
            raise DomainError(_("Enrol the participant in a cohort to mark the referral enrolled."))
        if not workflow.allowed(referral.status, status):
            raise DomainError(
                _("A referral cannot go from “%(old)s” to “%(new)s”.")
                % {"old": referral.get_status_display(), "new": ReferralStatus(status).label},
                field="status",
            )
        _set_status(referral, status, by)
    return referral


def _set_status(referral: Referral, status: str, by) -> None:
    referral.status = status
    referral.status_changed_at = timezone.now()
    referral.save(update_fields=["status", "status_changed_at", "updated_at"])
    ReferralEvent.objects.create(referral=referral, status=status, by=by)
    audit.log(by, "programmes.referral.status", referral, status=status)


def assign_referral(referral: Referral, user, by) -> Referral:
    if user is not None and not referral.programme.staff.filter(user=user).exists():
        raise DomainError(_("Only the programme's staff can have cases."), field="assigned_to")
    referral.assigned_to = user
    referral.save(update_fields=["assigned_to", "updated_at"])
    audit.log(
        by, "programmes.referral.assigned", referral, to=user.pk if user is not None else None
    )
    return referral


def add_working_days(start: date, days: int) -> date:
    """`days` working days (Monday–Friday) after `start`. Public holidays are not counted."""
    current, left = start, days
    while left > 0:
        current += timedelta(days=1)
        if current.weekday() < 5:
            left -= 1
    return current


def answer_due(referral: Referral) -> date:
    created = timezone.localdate(referral.created_at)
    return add_working_days(created, referral.programme.response_days)


def overdue_referrals(now: datetime | None = None, programme: Programme | None = None):
    today = timezone.localdate(now or timezone.now())
    waiting = Referral.objects.filter(status__in=workflow.OPEN).select_related("programme")
    if programme is not None:
        waiting = waiting.filter(programme=programme)
    return [r for r in waiting if answer_due(r) < today]


def flag_overdue(now: datetime | None = None) -> int:
    """Flag referrals nobody has answered in time and tell staff and coordinators once."""
    count = 0
    for referral in overdue_referrals(now):
        if referral.flagged_at is not None:
            continue
        referral.flagged_at = now or timezone.now()
        referral.save(update_fields=["flagged_at", "updated_at"])
        audit.log(None, "programmes.referral.flagged", referral)
        tasks.notify_staff.enqueue(referral.pk, "referral_overdue")
        count += 1
    return count


def staff_and_coordinator_emails(programme: Programme, include_coordinators: bool) -> list[str]:
    emails = set(
        programme.staff.filter(role=ProgrammeStaff.Role.STAFF).values_list("user__email", flat=True)
    )
    if include_coordinators:
        emails |= set(
            NetworkRole.objects.filter(
                network=programme.network,
                role=NetworkRole.Role.COORDINATOR,
                person__user__isnull=False,
            ).values_list("person__user__email", flat=True)
        )
    return sorted(e for e in emails if e)


# ---------------------------------------------------------------------------- participants


def read_contact(participant: Participant, by, purpose: str = "view") -> ParticipantContact | None:
    """The participant's contact data; every read is written to the audit log."""
    contact = ParticipantContact.objects.filter(participant=participant).first()
    if contact is not None:
        audit.log(by, "programmes.contact.read", participant, purpose=purpose)
    return contact


def record_consent(
    participant: Participant, *, kind: str, text_version: str, how: str, by
) -> Consent:
    if participant.consents.filter(kind=kind, withdrawn_at__isnull=True).exists():
        raise DomainError(_("This consent is already recorded."), field="kind")
    consent = Consent.objects.create(
        participant=participant,
        kind=kind,
        text_version=text_version.strip(),
        how=how,
        given_at=timezone.now(),
        recorded_by=by,
    )
    audit.log(by, "programmes.consent.given", participant, kind=kind, version=text_version)
    return consent


def withdraw_consent(consent: Consent, by) -> Consent:
    if consent.withdrawn_at is None:
        consent.withdrawn_at = timezone.now()
        consent.save(update_fields=["withdrawn_at"])
        audit.log(by, "programmes.consent.withdrawn", consent.participant, kind=consent.kind)
    return consent


def has_consent(participant: Participant, kind: str) -> bool:
    return participant.consents.filter(kind=kind, withdrawn_at__isnull=True).exists()


def enrol(participant: Participant, cohort: Cohort, by) -> Enrolment:
    """Give the participant a seat in the cohort; never more than its capacity."""
    if cohort.programme_id != participant.programme_id:
        raise DomainError(_("The cohort belongs to another programme."), field="cohort")
    if not has_consent(participant, Consent.Kind.PARTICIPATION):
        raise DomainError(_("Record the participant's consent to take part first."))
    with transaction.atomic():
        cohort = Cohort.objects.select_for_update().get(pk=cohort.pk)
        _check_cohort_open(cohort)
        if participant.enrolments.filter(status=Enrolment.Status.ACTIVE).exists():
            raise DomainError(_("The participant is already enrolled in a cohort."))
        try:
            with transaction.atomic():
                enrolment = Enrolment.objects.create(participant=participant, cohort=cohort)
        except IntegrityError:
            raise DomainError(_("The participant is already enrolled in a cohort.")) from None
        referral = Referral.objects.filter(participant=participant).first()
        if referral is not None and referral.status != ReferralStatus.ENROLLED:
            _set_status(referral, ReferralStatus.ENROLLED, by)
        audit.log(by, "programmes.enrolment.created", enrolment)
        tasks.purge_contacts.using(run_after=purge_due(cohort)).enqueue(cohort.pk)
    return enrolment


def set_enrolment_status(enrolment: Enrolment, status: str, by) -> Enrolment:
    enrolment.status = status
    enrolment.save(update_fields=["status", "updated_at"])
    audit.log(by, "programmes.enrolment.status", enrolment, status=status)
    return enrolment


def record_attendance(session: Session, present_ids: set[int], by) -> int:
    """Mark who came to a session: enrolments in `present_ids` present, the rest absent."""
    enrolments = session.cohort.enrolments.exclude(status=Enrolment.Status.DROPPED_OUT)
    with transaction.atomic():
        for enrolment in enrolments:
            Attendance.objects.update_or_create(
                enrolment=enrolment,
                session=session,
                defaults={"present": enrolment.pk in present_ids, "recorded_by": by},
            )
    audit.log(by, "programmes.attendance.recorded", session, present=len(present_ids))
    return len(present_ids)


# ---------------------------------------------------------------------------- privacy


def purge_due(cohort: Cohort) -> datetime:
    months = cohort.programme.retention_months
    year = cohort.ends_on.year + (cohort.ends_on.month - 1 + months) // 12
    month = (cohort.ends_on.month - 1 + months) % 12 + 1
    day = min(cohort.ends_on.day, calendar.monthrange(year, month)[1])
    return datetime(year, month, day, tzinfo=timezone.get_current_timezone()) + timedelta(days=1)


def purge_contacts(cohort_id: int, now: datetime | None = None) -> int:
    """Delete the contact data of a cohort's participants once the retention time is over."""
    now = now or timezone.now()
    cohort = Cohort.objects.select_related("programme").filter(pk=cohort_id).first()
    if cohort is None or now < purge_due(cohort):
        return 0
    participants = Participant.objects.filter(enrolments__cohort=cohort).exclude(
        enrolments__status=Enrolment.Status.ACTIVE, enrolments__cohort__ends_on__gte=now.date()
    )
    deleted, _details = ParticipantContact.objects.filter(participant__in=participants).delete()
    Cohort.objects.filter(pk=cohort.pk).update(contacts_purged_at=now)
    audit.log(None, "programmes.contacts.purged", cohort, count=deleted)
    return deleted


def purge_closed_referrals(now: datetime | None = None) -> int:
    """Contact data of referrals that never led to an enrolment go after the same period."""
    now = now or timezone.now()
    deleted = 0
    closed = Referral.objects.filter(
        status__in=[ReferralStatus.DECLINED, ReferralStatus.NO_RESPONSE],
        participant__contact__isnull=False,
    ).select_related("programme")
    for referral in closed:
        if (
            referral.status_changed_at + timedelta(days=30 * referral.programme.retention_months)
            <= now
        ):
            deleted += ParticipantContact.objects.filter(
                participant_id=referral.participant_id
            ).delete()[0]
    if deleted:
        audit.log(None, "programmes.contacts.purged", None, count=deleted, reason="closed")
    return deleted


def housekeeping(now: datetime | None = None) -> dict:
    now = now or timezone.now()
    purged = sum(
        purge_contacts(pk, now)
        for pk in Cohort.objects.filter(
            contacts_purged_at__isnull=True, ends_on__lt=now.date()
        ).values_list("pk", flat=True)
    )
    return {
        "contacts_deleted": purged + purge_closed_referrals(now),
        "referrals_flagged": flag_overdue(now),
    }


def export_participant(participant: Participant, by) -> dict:
    """Everything Kulturhub holds on a participant (a data subject access request)."""
    contact = read_contact(participant, by, purpose="export")
    referral = Referral.objects.filter(participant=participant).first()
    data = {
        "code": participant.code,
        "programme": participant.programme.title,
        "age_band": participant.age_band,
        "gender": participant.gender,
        "reason": participant.reason,
        "contact": (
            {
                "name": contact.name,
                "email": contact.email,
                "phone": contact.phone,
                "language": contact.language,
            }
            if contact
            else None
        ),
        "referral": (
            {
                "channel": referral.channel,
                "status": referral.status,
                "note": referral.note,
                "received": referral.created_at.isoformat(),
                "events": [
                    {"status": e.status, "at": e.at.isoformat()} for e in referral.events.all()
                ],
            }
            if referral
            else None
        ),
        "consents": [
            {
                "kind": c.kind,
                "text_version": c.text_version,
                "given": c.given_at.isoformat(),
                "how": c.how,
                "withdrawn": c.withdrawn_at.isoformat() if c.withdrawn_at else None,
            }
            for c in participant.consents.all()
        ],
        "enrolments": [
            {
                "cohort": e.cohort.name,
                "status": e.status,
                "attendance": [
                    {
                        "session": a.session.number,
                        "date": a.session.starts_at.isoformat(),
                        "present": a.present,
                    }
                    for a in e.attendance.select_related("session")
                ],
            }
            for e in participant.enrolments.select_related("cohort")
        ],
    }
    audit.log(by, "programmes.participant.exported", participant)
    return data


def erase_participant(participant: Participant, *, keep_anonymous: bool, by) -> None:
    """Erase on request. With keep_anonymous, the code, attendance and consented evaluation data
    stay (nothing identifies the person any more); otherwise everything goes."""
    with transaction.atomic():
        audit.log(by, "programmes.participant.erased", participant, keep_anonymous=keep_anonymous)
        if not keep_anonymous:
            Referral.objects.filter(participant=participant).delete()
            participant.enrolments.all().delete()
            participant.consents.all().delete()
            programme_id = participant.programme_id
            participant.delete()
            signals.participant_erased.send(sender=Participant, programme_id=programme_id)
            return
        ParticipantContact.objects.filter(participant=participant).delete()
        Referral.objects.filter(participant=participant).update(note="")
        participant.erased_at = timezone.now()
        participant.save(update_fields=["erased_at", "updated_at"])


# ---------------------------------------------------------------------------- organising


def save_programme(programme: Programme, by, staff_user=None) -> Programme:
    created = programme.pk is None
    programme.save()
    if created and staff_user is not None:
        ProgrammeStaff.objects.get_or_create(
            programme=programme, user=staff_user, defaults={"role": ProgrammeStaff.Role.STAFF}
        )
    audit.log(by, "programmes.programme." + ("created" if created else "updated"), programme)
    return programme


def adopt_concept(concept: Concept, *, organisation, network, by) -> Programme:
    """A new programme in the user's organisation, prefilled from the concept."""
    base = f"{organisation.municipality or organisation.name}-{concept.title}"
    letters = "".join(w[0] for w in concept.title.split() if w[:1].isalpha())[:3].upper()
    prefix = organisation.name[:3].upper() + "-" + (letters or "PRG")
    code, n = prefix, 1
    while Programme.objects.filter(code=code).exists():
        n += 1
        code = f"{prefix}{n}"
    programme = Programme(
        network=network,
        owner=organisation,
        concept=concept,
        title=concept.title,
        slug=unique_slug(Programme, base, max_length=90),
        code=code,
        summary=concept.summary,
        description=concept.description,
        country=organisation.country,
        region=organisation.region,
        municipality=organisation.municipality,
        status=Programme.Status.DRAFT,
        channels=[Channel.SELF],
    )
    with transaction.atomic():
        save_programme(programme, by, staff_user=by)
        programme.target_groups.set(concept.target_groups.all())
        programme.art_forms.set(concept.art_forms.all())
        audit.log(by, "programmes.concept.adopted", concept, programme=programme.pk)
    return programme


def set_staff(programme: Programme, user, role: str, by) -> ProgrammeStaff:
    """Staff (who see contact data) must work for the owner; facilitators may be partners."""
    person = getattr(user, "person", None)
    works_for_owner = (
        person is not None and person.organisations.filter(pk=programme.owner_id).exists()
    )
    if role == ProgrammeStaff.Role.STAFF and not works_for_owner:
        raise DomainError(
            _(
                "Programme staff must work for %(owner)s. Add people from partner "
                "organisations as facilitators."
            )
            % {"owner": programme.owner}
        )
    staff, _created = ProgrammeStaff.objects.update_or_create(
        programme=programme, user=user, defaults={"role": role}
    )
    audit.log(by, "programmes.staff.set", programme, user=user.pk, role=role)
    return staff


def add_sessions(
    cohort: Cohort, *, first: datetime, count: int, minutes: int, every_days: int = 7
) -> list[Session]:
    """A regular schedule, e.g. eight Tuesdays 13:00–15:00."""
    start = cohort.sessions.count()
    created = []
    for i in range(count):
        begins = first + timedelta(days=every_days * i)
        created.append(
            Session.objects.create(
                cohort=cohort,
                number=start + i + 1,
                starts_at=begins,
                ends_at=begins + timedelta(minutes=minutes),
            )
        )
    return created


def email_bridge_list(cohort: Cohort, by) -> int:
    """Send the after-course list to every participant of the cohort who has an e-mail."""
    items = list(cohort.bridge_items.all())
    if not items:
        raise DomainError(_("Add at least one offer to the list first."))
    sent = 0
    for enrolment in cohort.enrolments.select_related("participant"):
        contact = read_contact(enrolment.participant, by, purpose="bridge e-mail")
        if contact is None or not contact.email:
            continue
        mail.send(
            [contact.email],
            contact.language,
            "programmes/email/bridge",
            {"cohort": cohort, "items": items, "programme": cohort.programme},
        )
        sent += 1
    audit.log(by, "programmes.bridge.emailed", cohort, sent=sent)
    return sent


def add_bridge_item(cohort: Cohort, item: BridgeItem, by) -> BridgeItem:
    item.cohort = cohort
    item.save()
    audit.log(by, "programmes.bridge.added", cohort, title=item.title)
    return item
