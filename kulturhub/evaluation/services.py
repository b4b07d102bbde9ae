"""Data capture for evaluation: invitations, answers, scores. Only consented participants."""

from datetime import datetime, timedelta

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from kulturhub.core import audit, tokens
from kulturhub.core.errors import DomainError
from kulturhub.evaluation import instruments, licences, questions, summaries
from kulturhub.evaluation.models import Invitation, Questionnaire, Response, Score
from kulturhub.programmes.models import Consent, Participant

PURPOSE = "evaluation.answer"


def has_evaluation_consent(participant: Participant) -> bool:
    return participant.consents.filter(
        kind=Consent.Kind.EVALUATION, withdrawn_at__isnull=True
    ).exists()


def invite(questionnaire: Questionnaire, participants, by) -> tuple[list[Invitation], list]:
    """Invitations for those who consented to evaluation; the others are returned as skipped."""
    licences.require(questionnaire.programme.network, questionnaire.instruments)
    created, skipped = [], []
    expires = timezone.now() + timedelta(days=questionnaire.days_to_answer)
    for participant in participants:
        if participant.programme_id != questionnaire.programme_id or not has_evaluation_consent(
            participant
        ):
            skipped.append(participant)
            continue
        contact = getattr(participant, "contact", None)
        invitation, made = Invitation.objects.get_or_create(
            questionnaire=questionnaire,
            participant=participant,
            defaults={"expires_at": expires, "language": contact.language if contact else "da"},
        )
        if made:
            created.append(invitation)
    audit.log(by, "evaluation.invitations.created", questionnaire, count=len(created))
    return created, skipped


def link_token(invitation: Invitation) -> str:
    return tokens.make(PURPOSE, invitation.pk, invitation.nonce)


def invitation_for(token: str, now: datetime | None = None) -> Invitation:
    """The open invitation behind a link, or a DomainError saying why it cannot be used."""
    found = tokens.read(PURPOSE, token)
    invitation = None
    if found is not None:
        invitation = (
            Invitation.objects.select_related("questionnaire__programme", "participant")
            .filter(pk=found[0])
            .first()
        )
        if invitation is not None and not tokens.matches(invitation.nonce, found[1]):
            invitation = None
    if invitation is None:
        raise DomainError(_("This link is not valid."))
    if invitation.used_at is not None:
        raise DomainError(_("This questionnaire has already been answered. Thank you!"))
    if (now or timezone.now()) >= invitation.expires_at:
        raise DomainError(_("This link has expired. Ask the programme staff for a new one."))
    if licences.missing(
        invitation.questionnaire.programme.network, invitation.questionnaire.instruments
    ):
        raise DomainError(
            _("This questionnaire cannot be answered at the moment. Ask the programme staff.")
        )
    return invitation


def _scores(codes: list[str], answers: dict) -> dict[str, object]:
    """Score every instrument, or raise DomainError naming the first problem."""
    results = {}
    for code in codes:
        try:
            results[code] = instruments.score(code, answers.get(code) or {})
        except ValueError as error:
            raise DomainError(
                _("Some answers are not valid (%(instrument)s): %(problem)s")
                % {"instrument": code, "problem": error}
            ) from None
    return results


def _custom_answers(questionnaire: Questionnaire, answers: dict, source: str) -> dict:
    """{"custom": {key: answer}} for a questionnaire with own questions (not scored), or {}.

    Required questions bind online answers only: a paper form may have been left blank, and
    an import of older data may not carry the own questions at all."""
    if not questionnaire.questions:
        return {}
    given = answers.get("custom")
    if given is None and source == Response.Source.IMPORT:
        return {}
    cleaned = questions.clean_answers(
        questionnaire.questions, given, enforce_required=source == Response.Source.ONLINE
    )
    return {"custom": cleaned}


def instrument_versions(network, codes: list[str], language: str) -> dict[str, str]:
    """The instrument versions a response records, each marked with the wording it was
    given in: the network's official wording in that language, or the demo wording."""
    official = licences.wording_for(network, codes, language)
    return {
        c: instruments.load_instrument(c)["version"]
        + (" (official wording)" if c in official else " (demo wording)")
        for c in codes
    }


def record_answers(
    questionnaire: Questionnaire,
    participant: Participant,
    answers: dict,
    *,
    language: str,
    source: str,
    by=None,
    invitation: Invitation | None = None,
) -> Response:
    """Store a response and its scores in one transaction; nothing is half-saved."""
    if not has_evaluation_consent(participant):
        raise DomainError(
            _("This participant has not consented to evaluation, so no answers can be recorded.")
        )
    codes = list(questionnaire.instruments)
    licences.require(questionnaire.programme.network, codes)
    results = _scores(codes, answers)
    custom = _custom_answers(questionnaire, answers, source)
    try:
        with transaction.atomic():
            response = Response.objects.create(
                questionnaire=questionnaire,
                participant=participant,
                time_point=questionnaire.time_point,
                language=language,
                instrument_versions=instrument_versions(
                    questionnaire.programme.network, codes, language
                ),
                answers={**{c: answers.get(c) or {} for c in codes}, **custom},
                source=source,
                entered_by=by,
            )
            for code, value in results.items():
                parts = value.items() if isinstance(value, dict) else [("", value)]
                for subscale, part in parts:
                    Score.objects.create(
                        participant=participant,
                        programme=questionnaire.programme,
                        instrument=code,
                        subscale=subscale,
                        time_point=questionnaire.time_point,
                        value=None if part is None else float(part),
                        answered_on=timezone.localdate(),
                        response=response,
                    )
            summaries.refresh([questionnaire.programme_id])
            if invitation is not None:
                updated = Invitation.objects.filter(pk=invitation.pk, used_at__isnull=True).update(
                    used_at=timezone.now()
                )
                if not updated:
                    raise IntegrityError("invitation already used")
    except IntegrityError:
        raise DomainError(_("Answers for this time point are already recorded.")) from None
    audit.log(
        by,
        "evaluation.response.recorded",
        participant,
        source=source,
        time_point=questionnaire.time_point,
    )
    return response


def answer(token: str, answers: dict, now: datetime | None = None) -> Response:
    invitation = invitation_for(token, now)
    return record_answers(
        invitation.questionnaire,
        invitation.participant,
        answers,
        language=invitation.language,
        source=Response.Source.ONLINE,
        invitation=invitation,
    )


def create_questionnaire(
    programme, *, time_point: str, codes: list[str], days: int, by, remind_after: int = 5
) -> Questionnaire:
    if Questionnaire.objects.filter(programme=programme, time_point=time_point).exists():
        raise DomainError(
            _("This programme already has a questionnaire for that time point."), field="time_point"
        )
    licences.require(programme.network, codes, field="instruments")
    questionnaire = Questionnaire.objects.create(
        programme=programme,
        time_point=time_point,
        instruments=codes,
        days_to_answer=days,
        remind_after_days=remind_after,
    )
    audit.log(by, "evaluation.questionnaire.created", questionnaire)
    return questionnaire


def invite_cohort(questionnaire: Questionnaire, cohort, by) -> tuple[int, int]:
    """Invite everyone enrolled in the cohort who consented; e-mail them their link."""
    from kulturhub.evaluation import outreach, tasks

    participants = [e.participant for e in cohort.enrolments.select_related("participant")]
    created, skipped = invite(questionnaire, participants, by)
    for invitation in created:
        tasks.deliver_invitation.enqueue(invitation.pk)
        outreach.schedule_reminder(invitation)
    return len(created), len(skipped)


def set_questions(questionnaire: Questionnaire, new_questions: list[dict], by) -> Questionnaire:
    """Replace a questionnaire's own questions, as long as nobody has answered it."""
    if questionnaire.responses.exists():
        raise DomainError(
            _(
                "This questionnaire has been answered, so its questions cannot change any more: "
                "answers would no longer match what was asked. Create a questionnaire for "
                "another time point instead."
            )
        )
    questionnaire.questions = questions.validate_questions(new_questions)
    questionnaire.save(update_fields=["questions", "updated_at"])
    audit.log(
        by,
        "evaluation.questionnaire.questions",
        questionnaire,
        count=len(questionnaire.questions),
    )
    return questionnaire
