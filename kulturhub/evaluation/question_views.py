"""Pages for own questions: those of a programme questionnaire, and activity feedback forms
(organiser pages and the public answer page)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from kulturhub.activities.models import Activity
from kulturhub.core import permissions
from kulturhub.core.errors import DomainError
from kulturhub.evaluation import feedback, questions, services
from kulturhub.evaluation.forms import FeedbackAnswerForm, FeedbackSettingsForm, QuestionForm
from kulturhub.evaluation.models import FeedbackForm
from kulturhub.programmes.models import Programme

EDITS = {"add", "save", "remove", "up", "down"}


def _edited(request, current: list[dict], form: QuestionForm) -> list[dict]:
    """The questions after the one edit the question editor posted (`form` is valid for add
    and save); DomainError when the edit breaks a rule."""
    action, key = request.POST.get("action"), request.POST.get("key", "")
    if action == "add":
        return questions.add_question(current, **form.definition())
    if action == "save":
        return questions.change_question(current, key, **form.definition())
    if action == "remove":
        return questions.remove_question(current, key)
    return questions.move_question(current, key, -1 if action == "up" else 1)


def _editor(current: list[dict], form: QuestionForm | None, editing: str, *, locked, url):
    """Context for includes/question_editor.html."""
    if form is None:
        question = next((q for q in current if q["key"] == editing), None)
        editing = editing if question else ""
        form = QuestionForm.for_question(question) if question else QuestionForm()
    return {
        "questions": [{**q, "kind_label": questions.KIND_LABELS[q["kind"]]} for q in current],
        "question_form": form,
        "editing": editing,
        "locked": locked,
        "action_url": url,
    }


def _question_post(request, current: list[dict], save) -> QuestionForm | None:
    """Handle a POST of the question editor. None when done (saved, or a refused remove or
    move whose message is shown after the redirect); else the form to show again."""
    action = request.POST.get("action")
    if action not in EDITS:
        raise Http404
    form = QuestionForm(request.POST if action in ("add", "save") else None)
    if form.is_bound and not form.is_valid():
        return form
    try:
        save(_edited(request, current, form))
    except DomainError as error:
        if not form.is_bound:
            messages.error(request, error.message)
            return None
        form.add_error(None, error.message)
        return form
    messages.success(request, _("The questions were saved."))
    return None


# ---------------------------------------------------------------- programme questionnaires


@login_required
def questionnaire_questions(request, slug, pk):
    """Staff add, change, order and remove the own questions of one questionnaire."""
    programme = get_object_or_404(Programme, slug=slug)
    permissions.require(request.user, "see_participant_contacts", programme)
    questionnaire = get_object_or_404(programme.questionnaires, pk=pk)
    url = reverse("evaluation:questions", args=[programme.slug, questionnaire.pk])
    form = None
    if request.method == "POST":
        form = _question_post(
            request,
            questionnaire.questions,
            lambda changed: services.set_questions(questionnaire, changed, request.user),
        )
        if form is None:
            return redirect(url)
    editing = request.POST.get("key", "") if form is not None else request.GET.get("edit", "")
    locked = questionnaire.responses.exists()
    return render(
        request,
        "evaluation/questionnaire_questions.html",
        {
            "programme": programme,
            "questionnaire": questionnaire,
            **_editor(questionnaire.questions, form, editing, locked=locked, url=url),
        },
        status=400 if form is not None and form.errors else 200,
    )


# ------------------------------------------------------------------ activity feedback forms


def _activity(request, slug) -> Activity:
    activity = get_object_or_404(Activity.objects.select_related("network"), slug=slug)
    permissions.require(request.user, "organise_activity", activity)
    return activity


def _settings_post(request, activity, form_obj) -> FeedbackSettingsForm | None:
    """Create the form, or change its settings: None when saved, else the form with errors."""
    settings_form = FeedbackSettingsForm(request.POST)
    if not settings_form.is_valid():
        return settings_form
    data = settings_form.cleaned_data
    try:
        if form_obj is None:
            feedback.create_form(
                activity, by=request.user, anonymous=data["anonymous"], closes_on=data["closes_on"]
            )
        else:
            feedback.update_settings(
                form_obj, anonymous=data["anonymous"], closes_on=data["closes_on"], by=request.user
            )
    except DomainError as error:
        settings_form.add_error(error.field, error.message)
        return settings_form
    messages.success(request, _("The feedback form was saved."))
    return None


@login_required
def feedback_manage(request, slug):
    """The organisers' feedback page: set up, settings, link, sending and questions."""
    activity = _activity(request, slug)
    form_obj = FeedbackForm.objects.filter(activity=activity).first()
    url = reverse("evaluation:feedback", args=[activity.slug])
    settings_form = question_form = None
    if request.method == "POST":
        action = request.POST.get("action")
        if action == "create" and form_obj is not None:
            return redirect(url)  # sent twice: the form exists already
        if action == "create" or (action == "settings" and form_obj is not None):
            settings_form = _settings_post(request, activity, form_obj)
        elif action == "renew" and form_obj is not None:
            feedback.renew_link(form_obj, request.user)
            messages.success(request, _("There is a new link; the old one no longer works."))
        elif form_obj is not None:
            question_form = _question_post(
                request,
                form_obj.questions,
                lambda changed: feedback.set_questions(form_obj, changed, request.user),
            )
        else:
            raise Http404
        if settings_form is None and question_form is None:
            return redirect(url)
    invalid = bool(
        (settings_form is not None and settings_form.errors)
        or (question_form is not None and question_form.errors)
    )
    return render(
        request,
        "evaluation/feedback.html",
        {
            "activity": activity,
            **_feedback_context(request, activity, form_obj, settings_form, question_form, url),
        },
        status=400 if invalid else 200,
    )


def _feedback_context(request, activity, form_obj, settings_form, question_form, url) -> dict:
    if form_obj is None:
        initial = {"anonymous": True, "closes_on": feedback.default_closes_on(activity)}
        return {
            "feedback_form": None,
            "settings_form": settings_form or FeedbackSettingsForm(initial=initial),
        }
    closes_on = feedback.closes_on(form_obj)
    now = timezone.now()
    context = {
        "feedback_form": form_obj,
        "settings_form": settings_form
        or FeedbackSettingsForm(initial={"anonymous": form_obj.anonymous, "closes_on": closes_on}),
        "closes_on": closes_on,
        "is_closed": form_obj.closes_at is not None and now >= form_obj.closes_at,
        "answer_count": form_obj.answers.count(),
        "recipient_count": feedback.recipients(form_obj).count(),
    }
    if form_obj.anonymous:
        # The shared link opens in the activity's language; the page offers the others.
        with translation.override(activity.language):
            path = reverse("evaluation:feedback_answer", args=[feedback.link_token(form_obj)])
        context["shared_link"] = request.build_absolute_uri(path)
    if activity.is_cancelled:
        context["send_refusal"] = _("The activity was cancelled: no feedback links are sent.")
    elif now < activity.ends_at:
        context["send_refusal"] = _("Feedback links can be sent once the activity has ended.")
    elif context["is_closed"]:
        context["send_refusal"] = _("The form has closed. Choose a later last day first.")
    context["can_send"] = "send_refusal" not in context
    editing = request.POST.get("key", "") if question_form is not None else ""
    editing = editing or request.GET.get("edit", "")
    locked = context["answer_count"] > 0
    context.update(_editor(form_obj.questions, question_form, editing, locked=locked, url=url))
    return context


@login_required
@require_POST
def feedback_send(request, slug):
    activity = _activity(request, slug)
    form_obj = get_object_or_404(FeedbackForm, activity=activity)
    try:
        count = feedback.send_links(form_obj, request.user)
    except DomainError as error:
        messages.error(request, error.message)
    else:
        messages.success(
            request,
            ngettext(
                "The link is being e-mailed to %(count)s participant.",
                "The link is being e-mailed to %(count)s participants.",
                count,
            )
            % {"count": count},
        )
    return redirect("evaluation:feedback", activity.slug)


@login_required
def feedback_results(request, slug):
    """Counts and free texts, for the activity's organisers only."""
    activity = _activity(request, slug)
    form_obj = get_object_or_404(FeedbackForm, activity=activity)
    return render(
        request,
        "evaluation/feedback_results.html",
        {
            "activity": activity,
            "feedback_form": form_obj,
            "results": feedback.results(form_obj, request.user),
        },
    )


def feedback_answer(request, token):
    """The public feedback page, in the URL's language; the link decides everything."""
    try:
        form_obj, _registration = feedback.form_for(token)
    except DomainError as error:
        return render(
            request, "evaluation/feedback_problem.html", {"message": error.message}, status=404
        )
    posted = request.POST if request.method == "POST" else None
    form = FeedbackAnswerForm(posted, questions=form_obj.questions)
    if request.method == "POST" and form.is_valid():
        try:
            feedback.submit(token, form.answers(), request.LANGUAGE_CODE)
        except DomainError as error:
            form.add_error(None, error.message)
        else:
            return render(
                request, "evaluation/feedback_thanks.html", {"activity": form_obj.activity}
            )
    return render(
        request,
        "evaluation/feedback_answer.html",
        {"form": form, "feedback_form": form_obj, "activity": form_obj.activity},
        status=400 if form.errors else 200,
    )
