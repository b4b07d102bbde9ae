"""Reaching participants after the first e-mail: one reminder, and printed letters with a QR code.

A reminder goes at most once per invitation: whoever sends it first claims the invitation with a
conditional UPDATE of ``reminded_at``, so a scheduled reminder and a "send reminders now" press
never both mail the same person.
"""

from dataclasses import dataclass
from datetime import datetime, timedelta

import segno
from django.conf import settings
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.safestring import SafeString, mark_safe

from kulturhub.core import audit, mail
from kulturhub.evaluation import licences, services
from kulturhub.evaluation.models import Invitation, Questionnaire


def answer_url(invitation: Invitation) -> str:
    """The full link to the questionnaire, in the participant's language."""
    with translation.override(invitation.language):
        path = reverse("evaluation:answer", args=[services.link_token(invitation)])
    return settings.SITE_URL + path


# --------------------------------------------------------------------------- reminders


def reminder_due_at(invitation: Invitation) -> datetime | None:
    """When the reminder is due, or None when the questionnaire sends none before expiry."""
    days = invitation.questionnaire.remind_after_days
    if not days:
        return None
    due = invitation.created_at + timedelta(days=days)
    return due if due < invitation.expires_at else None


def schedule_reminder(invitation: Invitation) -> bool:
    from kulturhub.evaluation import tasks

    due = reminder_due_at(invitation)
    if due is None:
        return False
    tasks.send_reminder.using(run_after=due).enqueue(invitation.pk)
    return True


def _reachable(invitation: Invitation, now: datetime) -> bool:
    """Still unanswered and open, with an e-mail address and consent to evaluation."""
    contact = getattr(invitation.participant, "contact", None)
    return (
        invitation.used_at is None
        and now < invitation.expires_at
        and contact is not None
        and bool(contact.email)
        and services.has_evaluation_consent(invitation.participant)
    )


def _claim(invitation: Invitation, now: datetime) -> bool:
    claimed = Invitation.objects.filter(
        pk=invitation.pk, reminded_at__isnull=True, used_at__isnull=True, expires_at__gt=now
    ).update(reminded_at=now)
    return bool(claimed)


def _load(invitation_id: int) -> Invitation | None:
    return (
        Invitation.objects.select_related(
            "questionnaire__programme__network", "participant__contact"
        )
        .filter(pk=invitation_id)
        .first()
    )


def send_reminder(
    invitation_id: int, *, claimed: bool = False, now: datetime | None = None
) -> bool:
    """E-mail the reminder if the invitation still needs one. ``claimed``: the caller has already
    set ``reminded_at`` (a "send reminders now" press)."""
    now = now or timezone.now()
    invitation = _load(invitation_id)
    if invitation is None or not _reachable(invitation, now):
        return False
    questionnaire = invitation.questionnaire
    if licences.missing(questionnaire.programme.network, questionnaire.instruments):
        return False
    if claimed:
        if invitation.reminded_at is None:
            return False
    elif not _claim(invitation, now):
        return False
    audit.log(
        None, "programmes.contact.read", invitation.participant, purpose="questionnaire reminder"
    )
    return mail.send(
        [invitation.participant.contact.email],
        invitation.language,
        "evaluation/email/reminder",
        {
            "invitation": invitation,
            "programme": questionnaire.programme,
            "url": answer_url(invitation),
        },
    )


def remind_unanswered(questionnaire: Questionnaire, by, now: datetime | None = None) -> int:
    """Remind now everyone invited who has not answered and has not been reminded yet.

    Returns how many reminders are on their way; each is claimed here, so pressing twice
    reminds nobody twice.
    """
    from kulturhub.evaluation import tasks

    now = now or timezone.now()
    licences.require(questionnaire.programme.network, questionnaire.instruments)
    open_invitations = questionnaire.invitations.filter(
        used_at__isnull=True, reminded_at__isnull=True, expires_at__gt=now
    ).select_related("participant__contact")
    count = 0
    for invitation in open_invitations:
        if _reachable(invitation, now) and _claim(invitation, now):
            tasks.send_reminder.enqueue(invitation.pk, True)
            count += 1
    audit.log(by, "evaluation.reminders.sent", questionnaire, count=count)
    return count


# --------------------------------------------------------------------------- printed letters


@dataclass
class Letter:
    invitation: Invitation
    url: str
    qr_svg: SafeString


@dataclass
class LetterBatch:
    letters: list[Letter]
    without_consent: int
    answered: int
    expired: int


def qr_svg(url: str) -> SafeString:
    """The link as an inline SVG QR code (only path data: the URL itself is not in the markup)."""
    code = segno.make(url, error="m")
    return mark_safe(code.svg_inline(border=4, svgclass="qr-code", lineclass=None, omitsize=True))


def letters(questionnaire: Questionnaire, cohort, by, now: datetime | None = None) -> LetterBatch:
    """One letter per consented participant of the cohort who can still answer.

    Invitations are made as needed (without e-mailing anyone); those who already answered or
    whose link has expired get no letter, and are counted so staff know.
    """
    now = now or timezone.now()
    participants = [e.participant for e in cohort.enrolments.select_related("participant")]
    _created, skipped = services.invite(questionnaire, participants, by)
    skipped_ids = {p.pk for p in skipped}
    invitations = (
        questionnaire.invitations.filter(
            participant__in=[p for p in participants if p.pk not in skipped_ids]
        )
        .select_related("participant")
        .order_by("participant__code")
    )
    batch = LetterBatch(letters=[], without_consent=len(skipped), answered=0, expired=0)
    for invitation in invitations:
        if invitation.used_at is not None:
            batch.answered += 1
        elif invitation.expires_at <= now:
            batch.expired += 1
        else:
            url = answer_url(invitation)
            batch.letters.append(Letter(invitation=invitation, url=url, qr_svg=qr_svg(url)))
    audit.log(
        by,
        "evaluation.letters.printed",
        questionnaire,
        cohort=cohort.pk,
        letters=len(batch.letters),
        participants=[letter.invitation.participant.code for letter in batch.letters],
    )
    return batch
