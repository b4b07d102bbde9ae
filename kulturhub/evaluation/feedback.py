"""Short feedback forms for activities, anonymous by default.

Anonymous mode: one shared link for everybody. An answer keeps no registration, no user, no
address and no time, only the Monday of the week it was given, and is never written to the
audit log, so it cannot be matched to sign-ins, mail logs or the list of participants.

Named mode: every registration that is confirmed or attended gets its own link (registration
id + the form's nonce, signed); the answer is stored with the registration, once.
"""

import random
from datetime import date, datetime, timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from kulturhub.activities.models import Activity, Registration
from kulturhub.activities.workflow import State
from kulturhub.core import audit, permissions, tokens
from kulturhub.core.errors import DomainError
from kulturhub.evaluation import questions as q
from kulturhub.evaluation.models import FeedbackAnswer, FeedbackForm, new_nonce

SHARED = "evaluation.feedback"
PERSONAL = "evaluation.feedback.personal"
# Those who may answer a named form, and who are e-mailed the link.
ANSWERING = (State.CONFIRMED, State.ATTENDED)
DEFAULT_OPEN_DAYS = 14


def default_questions(language: str) -> list[dict]:
    """The questions a new form starts with, worded in the activity's language."""
    with translation.override(language):
        return q.validate_questions(
            [
                {
                    "key": "satisfaction",
                    "kind": "scale10",
                    "text": _("How satisfied are you with the activity?"),
                    "required": False,
                },
                {
                    "key": "recommend",
                    "kind": "choice",
                    "text": _("Would you recommend it to others?"),
                    "options": [_("Yes"), _("Maybe"), _("No")],
                    "required": False,
                },
                {
                    "key": "improve",
                    "kind": "text",
                    "text": _("What should we do differently?"),
                    "required": False,
                },
            ]
        )


def _require_organiser(activity: Activity, by) -> None:
    allowed, reason = permissions.check(by, "organise_activity", activity)
    if not allowed:
        raise DomainError(reason)


def closes_at_for(activity: Activity, closes_on: date | None) -> datetime | None:
    """The end of `closes_on` in the activity's time zone (answers are taken all that day)."""
    if closes_on is None:
        return None
    return datetime.combine(closes_on + timedelta(days=1), datetime.min.time(), activity.tz)


def closes_on(form: FeedbackForm) -> date | None:
    """The last day answers are taken, in the activity's time zone."""
    if form.closes_at is None:
        return None
    return (form.closes_at.astimezone(form.activity.tz) - timedelta(microseconds=1)).date()


def default_closes_on(activity: Activity) -> date:
    return activity.local_end.date() + timedelta(days=DEFAULT_OPEN_DAYS)


_DEFAULT = object()


def create_form(
    activity: Activity, *, by, anonymous: bool = True, closes_on: date | None = _DEFAULT
) -> FeedbackForm:
    """A feedback form with the default questions, open until two weeks after the activity
    unless another last day (or None: no last day) is given."""
    _require_organiser(activity, by)
    if FeedbackForm.objects.filter(activity=activity).exists():
        raise DomainError(_("This activity already has a feedback form."))
    if closes_on is _DEFAULT:
        closes_on = default_closes_on(activity)
    closes_at = closes_at_for(activity, closes_on)
    if closes_at is not None and closes_at <= activity.starts_at:
        raise DomainError(_("The form must close after the activity has begun."), field="closes_on")
    try:
        with transaction.atomic():
            form = FeedbackForm.objects.create(
                activity=activity,
                questions=default_questions(activity.language),
                anonymous=anonymous,
                closes_at=closes_at,
            )
    except IntegrityError:
        raise DomainError(_("This activity already has a feedback form.")) from None
    audit.log(by, "evaluation.feedback.created", activity, anonymous=anonymous)
    return form


def _refuse_if_answered(form: FeedbackForm) -> None:
    if form.answers.exists():
        raise DomainError(
            _(
                "This form has been answered, so its questions and its anonymity cannot change "
                "any more: answers would no longer match what was asked."
            )
        )


def update_settings(
    form: FeedbackForm, *, anonymous: bool, closes_on: date | None, by
) -> FeedbackForm:
    """Change the last day and (before anyone has answered) whether the form is anonymous."""
    activity = form.activity
    _require_organiser(activity, by)
    if anonymous != form.anonymous:
        _refuse_if_answered(form)
    closes_at = closes_at_for(activity, closes_on)
    if closes_at is not None and closes_at <= activity.starts_at:
        raise DomainError(_("The form must close after the activity has begun."), field="closes_on")
    form.anonymous = anonymous
    form.closes_at = closes_at
    form.save(update_fields=["anonymous", "closes_at", "updated_at"])
    audit.log(by, "evaluation.feedback.settings", activity, anonymous=anonymous)
    return form


def set_questions(form: FeedbackForm, questions: list[dict], by) -> FeedbackForm:
    """Replace the questions (validated), as long as nobody has answered."""
    _require_organiser(form.activity, by)
    _refuse_if_answered(form)
    cleaned = q.validate_questions(questions)
    if not cleaned:
        raise DomainError(_("A feedback form needs at least one question."))
    form.questions = cleaned
    form.save(update_fields=["questions", "updated_at"])
    audit.log(by, "evaluation.feedback.questions", form.activity, count=len(cleaned))
    return form


def renew_link(form: FeedbackForm, by) -> FeedbackForm:
    """A new nonce: every link given out so far stops working."""
    _require_organiser(form.activity, by)
    form.nonce = new_nonce()
    form.save(update_fields=["nonce", "updated_at"])
    audit.log(by, "evaluation.feedback.link_renewed", form.activity)
    return form


# ---------------------------------------------------------------------------------- links


def link_token(form: FeedbackForm) -> str:
    """The one shared link of an anonymous form."""
    if not form.anonymous:
        raise DomainError(_("This form is not anonymous: every participant gets their own link."))
    return tokens.make(SHARED, form.pk, form.nonce)


def personal_token(form: FeedbackForm, registration: Registration) -> str:
    """The single-use link of one registration to a named form."""
    if form.anonymous:
        raise DomainError(_("This form is anonymous: everybody uses the same link."))
    if registration.activity_id != form.activity_id:
        raise DomainError(_("This registration is for another activity."))
    return tokens.make(PERSONAL, registration.pk, form.nonce)


def _read(token: str) -> tuple[FeedbackForm, Registration | None]:
    found = tokens.read(SHARED, token)
    if found is not None:
        form = FeedbackForm.objects.select_related("activity").filter(pk=found[0]).first()
        if form is not None and form.anonymous and tokens.matches(form.nonce, found[1]):
            return form, None
    found = tokens.read(PERSONAL, token)
    if found is not None:
        registration = (
            Registration.objects.select_related("activity__feedback_form")
            .filter(pk=found[0])
            .first()
        )
        form = getattr(registration.activity, "feedback_form", None) if registration else None
        if (
            form is not None
            and not form.anonymous
            and registration.status in ANSWERING
            and tokens.matches(form.nonce, found[1])
        ):
            return form, registration
    raise DomainError(_("This feedback link is not valid."))


def form_for(token: str, now: datetime | None = None) -> tuple[FeedbackForm, Registration | None]:
    """The open form (and, in named mode, the registration) behind a link, or a DomainError
    saying why it cannot be answered."""
    form, registration = _read(token)
    now = now or timezone.now()
    activity = form.activity
    if activity.is_cancelled:
        raise DomainError(_("This activity was cancelled, so there is no feedback to give."))
    if now < activity.starts_at:
        raise DomainError(_("The feedback form opens when the activity begins."))
    if form.closes_at is not None and now >= form.closes_at:
        raise DomainError(_("This feedback form has closed. Thank you for your interest!"))
    if (
        registration is not None
        and FeedbackAnswer.objects.filter(form=form, registration=registration).exists()
    ):
        raise DomainError(_("You have already given feedback on this activity. Thank you!"))
    return form, registration


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def submit(
    token: str,
    answers: dict,
    language: str,
    registration: Registration | None = None,
    now: datetime | None = None,
) -> FeedbackAnswer:
    """Store one set of answers. The link decides the form and, in named mode, the
    registration; a `registration` given by the caller must be the link's own."""
    form, linked = form_for(token, now)
    if registration is not None and (linked is None or linked.pk != registration.pk):
        raise DomainError(_("This feedback link is not valid."))
    cleaned = q.clean_answers(form.questions, answers)
    if all(value is None for value in cleaned.values()):
        raise DomainError(_("Please answer at least one question."))
    if language not in dict(settings.LANGUAGES):
        language = settings.LANGUAGE_CODE
    today = timezone.localdate(now) if now else timezone.localdate()
    try:
        with transaction.atomic():
            answer = FeedbackAnswer.objects.create(
                form=form,
                registration=linked,
                language=language,
                answers=cleaned,
                week=monday_of(today),
            )
    except IntegrityError:
        raise DomainError(
            _("You have already given feedback on this activity. Thank you!")
        ) from None
    # Anonymous answers are never logged: an entry's time would undo the anonymity.
    if linked is not None:
        audit.log(None, "evaluation.feedback.answered", linked)
    return answer


# ------------------------------------------------------------------------------- sending


def recipients(form: FeedbackForm):
    """Registrations that get the link: confirmed or attended, and (named) not yet answered."""
    registrations = form.activity.registrations.filter(status__in=ANSWERING)
    if not form.anonymous:
        answered = FeedbackAnswer.objects.filter(form=form, registration__isnull=False)
        registrations = registrations.exclude(pk__in=answered.values("registration_id"))
    return registrations.order_by("pk")


def send_links(form: FeedbackForm, by, now: datetime | None = None) -> int:
    """E-mail the link (shared or personal) to every recipient, each in their own language,
    in the background. Only after the activity and while the form is open."""
    from kulturhub.evaluation import tasks

    activity = form.activity
    _require_organiser(activity, by)
    now = now or timezone.now()
    if activity.is_cancelled:
        raise DomainError(_("The activity was cancelled: no feedback links are sent."))
    if now < activity.ends_at:
        raise DomainError(_("Feedback links can be sent once the activity has ended."))
    if form.closes_at is not None and now >= form.closes_at:
        raise DomainError(_("The form has closed. Choose a later last day first."))
    ids = list(recipients(form).values_list("pk", flat=True))
    for registration_id in ids:
        tasks.deliver_feedback_link.enqueue(form.pk, registration_id)
    audit.log(by, "evaluation.feedback.links_sent", activity, count=len(ids))
    return len(ids)


def deliver_link(form_id: int, registration_id: int) -> bool:
    """Send one registrant their link, if they still may answer."""
    from django.urls import reverse

    from kulturhub.core import mail

    form = FeedbackForm.objects.select_related("activity").filter(pk=form_id).first()
    if form is None or form.activity.is_cancelled:
        return False
    registration = recipients(form).filter(pk=registration_id).first()
    if registration is None or not registration.email:
        return False
    if form.closes_at is not None and timezone.now() >= form.closes_at:
        return False
    token = link_token(form) if form.anonymous else personal_token(form, registration)
    with translation.override(registration.language):
        url = settings.SITE_URL + reverse("evaluation:feedback_answer", args=[token])
    return mail.send(
        [registration.email],
        registration.language,
        "evaluation/email/feedback",
        {
            "activity": form.activity,
            "registration": registration,
            "form": form,
            "url": url,
            "closes_on": closes_on(form),
        },
    )


# ------------------------------------------------------------------------------- results


def results(form: FeedbackForm, by) -> dict:
    """Counts per option, means for likert and scale10, and the free texts (in random order
    for anonymous forms, so the order of answers says nothing). Organisers only: with so few
    answers, even counts can point at a person."""
    _require_organiser(form.activity, by)
    rows = list(form.answers.order_by("pk").values_list("answers", flat=True))
    summaries = []
    for question in form.questions:
        key, kind = question["key"], question["kind"]
        given = [r.get(key) for r in rows if r.get(key) not in (None, "")]
        summary = {"question": question, "answered": len(given)}
        if kind == "text":
            texts = [str(t) for t in given]
            if form.anonymous:
                random.SystemRandom().shuffle(texts)
            summary["texts"] = texts
        else:
            summary["counts"] = [
                {"label": label, "count": sum(1 for g in given if g == value)}
                for value, label in q.choices(question)
            ]
            if kind in ("likert", "scale10"):
                numbers = [g for g in given if isinstance(g, int)]
                summary["mean"] = sum(numbers) / len(numbers) if numbers else None
        summaries.append(summary)
    invited = (
        None if form.anonymous else form.activity.registrations.filter(status__in=ANSWERING).count()
    )
    return {"n": len(rows), "invited": invited, "questions": summaries}
