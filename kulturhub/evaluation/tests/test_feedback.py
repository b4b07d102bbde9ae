"""Feedback forms for activities: anonymous by default (one shared link, nothing that points
at a person), or named (a personal link per registration that works once); results for the
activity's organisers only."""

from datetime import datetime, timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext

from kulturhub.activities.tests.factories import ActivityFactory, RegistrationFactory
from kulturhub.activities.workflow import State
from kulturhub.core import tokens
from kulturhub.core.errors import DomainError
from kulturhub.core.models import AuditEntry
from kulturhub.evaluation import feedback
from kulturhub.evaluation.models import FeedbackAnswer, FeedbackForm
from kulturhub.network.tests import factories as nf

LOGIN = "/en/accounts/login/"
GOOD = {"satisfaction": 8, "recommend": "Yes", "improve": "More coffee"}


@pytest.fixture
def olga(db):
    """An organiser of the activity who has no role in the network."""
    user = nf.UserFactory(email="olga@example.org", full_name="Olga Organiser")
    nf.PersonFactory(name="Olga Organiser", user=user)
    return user


@pytest.fixture
def activity(network, olga):
    now = timezone.now()
    activity = ActivityFactory(
        network=network,
        slug="fyraftensmoede",
        title="Fyraftensmøde om kultur og sundhed",
        # English, so the default questions' options read as in GOOD.
        language="en",
        starts_at=now - timedelta(hours=3),
        ends_at=now - timedelta(hours=1),
    )
    activity.organisers.add(olga.person)
    return activity


@pytest.fixture
def registrations(activity):
    return {
        "anna": RegistrationFactory(
            activity=activity, name="Anna", email="anna@example.org", status=State.ATTENDED
        ),
        "sven": RegistrationFactory(
            activity=activity,
            name="Sven",
            email="sven@example.se",
            language="sv",
            status=State.CONFIRMED,
        ),
        "gone": RegistrationFactory(
            activity=activity, name="Gone", email="gone@example.org", status=State.CANCELLED
        ),
        "absent": RegistrationFactory(
            activity=activity, name="Absent", email="absent@example.org", status=State.NO_SHOW
        ),
    }


@pytest.fixture
def anonymous_form(activity, olga):
    return feedback.create_form(activity, by=olga)


@pytest.fixture
def named_form(activity, olga):
    return feedback.create_form(activity, by=olga, anonymous=False)


def _path(token, language="en"):
    return f"/{language}/f/{token}/"


def _posted(answers):
    return {f"fb__{key}": str(value) for key, value in answers.items()}


# ------------------------------------------------------------------------------ set-up


def test_a_new_form_is_anonymous_with_the_default_questions_until_two_weeks_after(
    anonymous_form, activity
):
    assert anonymous_form.anonymous
    assert [(q["key"], q["kind"]) for q in anonymous_form.questions] == [
        ("satisfaction", "scale10"),
        ("recommend", "choice"),
        ("improve", "text"),
    ]
    assert feedback.closes_on(anonymous_form) == activity.local_end.date() + timedelta(days=14)


def test_default_questions_are_worded_in_the_activitys_language():
    with translation.override("da"):
        yes = gettext("Yes")
    assert yes != "Yes"
    assert feedback.default_questions("da")[1]["options"][0] == yes
    assert feedback.default_questions("en")[1]["options"][0] == "Yes"


def test_only_organisers_set_up_and_change_forms(activity, anonymous_form, alice, bob, carol):
    for outsider in (bob, carol, None):
        with pytest.raises(DomainError, match="organisers"):
            feedback.set_questions(anonymous_form, [], outsider)
        with pytest.raises(DomainError, match="organisers"):
            feedback.results(anonymous_form, outsider)
    # The network's coordinator organises every activity of the network.
    feedback.set_questions(anonymous_form, anonymous_form.questions[:1], alice)
    assert len(FeedbackForm.objects.get().questions) == 1


def test_bad_question_definitions_are_refused(anonymous_form, olga):
    with pytest.raises(DomainError, match="unknown kind"):
        feedback.set_questions(anonymous_form, [{"key": "x", "kind": "stars", "text": "?"}], olga)
    with pytest.raises(DomainError, match="at least one question"):
        feedback.set_questions(anonymous_form, [], olga)
    anonymous_form.refresh_from_db()
    assert len(anonymous_form.questions) == 3


# --------------------------------------------------------------------------- anonymous


def test_anonymous_answers_keep_no_registration_no_time_and_no_audit_entry(
    anonymous_form, registrations
):
    token = feedback.link_token(anonymous_form)
    audit_before = AuditEntry.objects.count()
    answer = feedback.submit(token, GOOD, "da")
    stored = FeedbackAnswer.objects.get(pk=answer.pk)
    assert stored.registration is None
    assert stored.week.weekday() == 0
    assert timezone.localdate() - timedelta(days=6) <= stored.week <= timezone.localdate()
    assert stored.answers == GOOD
    assert AuditEntry.objects.count() == audit_before
    # The model has no place for a user, an address or an exact time.
    assert {f.name for f in FeedbackAnswer._meta.get_fields()} == {
        "id",
        "form",
        "registration",
        "language",
        "answers",
        "week",
    }


def test_the_week_is_the_monday_of_the_answer(activity, olga):
    form = feedback.create_form(activity, by=olga, closes_on=None)
    assert form.closes_at is None
    thursday = timezone.make_aware(datetime(2030, 5, 16, 14, 37))
    with pytest.raises(DomainError):
        # The activity had not begun then.
        feedback.submit(feedback.link_token(form), GOOD, "da", now=thursday.replace(year=2020))
    answer = feedback.submit(feedback.link_token(form), GOOD, "da", now=thursday)
    assert answer.week == datetime(2030, 5, 13).date()


def test_invalid_or_empty_answers_save_nothing(anonymous_form):
    token = feedback.link_token(anonymous_form)
    for bad, message in [
        ({**GOOD, "satisfaction": 11}, "not one of the options"),
        ({**GOOD, "recommend": "Perhaps"}, "not one of the options"),
        ({**GOOD, "improve": "x" * 2001}, "longer than 2000"),
        ({}, "at least one question"),
    ]:
        with pytest.raises(DomainError, match=message):
            feedback.submit(token, bad, "da")
    assert not FeedbackAnswer.objects.exists()


def test_forged_and_renewed_links_do_nothing(anonymous_form, olga):
    token = feedback.link_token(anonymous_form)
    with pytest.raises(DomainError, match="not valid"):
        feedback.submit(token[:-4] + "abcd", GOOD, "da")
    guessed = tokens.make("evaluation.feedback", anonymous_form.pk, "guessed-nonce")
    with pytest.raises(DomainError, match="not valid"):
        feedback.submit(guessed, GOOD, "da")
    # A link of another purpose (a questionnaire invitation) is no feedback link.
    other = tokens.make("evaluation.answer", anonymous_form.pk, anonymous_form.nonce)
    with pytest.raises(DomainError, match="not valid"):
        feedback.submit(other, GOOD, "da")
    feedback.renew_link(anonymous_form, olga)
    with pytest.raises(DomainError, match="not valid"):
        feedback.submit(token, GOOD, "da")
    feedback.submit(feedback.link_token(anonymous_form), GOOD, "da")
    assert FeedbackAnswer.objects.count() == 1


def test_a_closed_form_refuses_answers(client, anonymous_form):
    token = feedback.link_token(anonymous_form)
    with pytest.raises(DomainError, match="has closed"):
        feedback.submit(token, GOOD, "da", now=anonymous_form.closes_at)
    anonymous_form.closes_at = timezone.now() - timedelta(minutes=1)
    anonymous_form.save()
    page = client.get(_path(token))
    assert page.status_code == 404
    assert "This feedback form has closed." in page.content.decode()
    assert not FeedbackAnswer.objects.exists()


def test_the_public_page_says_answers_are_anonymous_and_speaks_the_urls_language(
    client, anonymous_form
):
    token = feedback.link_token(anonymous_form)
    page = client.get(_path(token, "sv"))
    html = page.content.decode()
    assert page.status_code == 200
    assert '<html lang="sv">' in html
    assert 'name="viewport"' in html
    assert 'lang="en"' in html  # the questions are marked with the activity's language
    english = client.get(_path(token)).content.decode()
    assert "Your answers are anonymous." in english
    assert "0 – not at all" in english and "10 – completely" in english
    thanks = client.post(_path(token, "sv"), _posted(GOOD))
    assert thanks.status_code == 200
    answer = FeedbackAnswer.objects.get()
    assert answer.language == "sv" and answer.registration is None


def test_the_public_page_explains_invalid_answers_and_saves_nothing(client, anonymous_form):
    token = feedback.link_token(anonymous_form)
    response = client.post(_path(token), _posted({**GOOD, "recommend": "Perhaps"}))
    assert response.status_code == 400
    empty = client.post(_path(token), {})
    assert empty.status_code == 400
    assert "Please answer at least one question." in empty.content.decode()
    assert not FeedbackAnswer.objects.exists()


# ------------------------------------------------------------------------------- named


def test_named_links_work_once_per_registration(named_form, registrations):
    anna, sven = registrations["anna"], registrations["sven"]
    token = feedback.personal_token(named_form, anna)
    # A caller cannot make one registration's link answer for another.
    with pytest.raises(DomainError, match="not valid"):
        feedback.submit(token, GOOD, "da", registration=sven)
    answer = feedback.submit(token, GOOD, "da")
    assert answer.registration == anna
    with pytest.raises(DomainError, match="already given feedback"):
        feedback.submit(token, GOOD, "da")
    feedback.submit(feedback.personal_token(named_form, sven), GOOD, "sv")
    assert FeedbackAnswer.objects.count() == 2
    # A named form has no shared link.
    with pytest.raises(DomainError, match="not anonymous"):
        feedback.link_token(named_form)


def test_a_second_visit_to_a_named_link_shows_a_clear_message(client, named_form, registrations):
    path = _path(feedback.personal_token(named_form, registrations["anna"]))
    assert client.post(path, _posted(GOOD)).status_code == 200
    again = client.get(path)
    assert again.status_code == 404
    assert "You have already given feedback on this activity." in again.content.decode()
    assert client.post(path, _posted(GOOD)).status_code == 404
    assert FeedbackAnswer.objects.count() == 1


def test_cancelled_and_absent_registrations_cannot_answer(named_form, registrations):
    for name in ("gone", "absent"):
        token = feedback.personal_token(named_form, registrations[name])
        with pytest.raises(DomainError, match="not valid"):
            feedback.submit(token, GOOD, "da")
    assert not FeedbackAnswer.objects.exists()


def test_switching_mode_invalidates_the_other_modes_links(activity, olga, registrations):
    form = feedback.create_form(activity, by=olga, anonymous=False)
    personal = feedback.personal_token(form, registrations["anna"])
    feedback.update_settings(form, anonymous=True, closes_on=feedback.closes_on(form), by=olga)
    with pytest.raises(DomainError, match="not valid"):
        feedback.submit(personal, GOOD, "da")
    shared = feedback.link_token(form)
    feedback.update_settings(form, anonymous=False, closes_on=feedback.closes_on(form), by=olga)
    with pytest.raises(DomainError, match="not valid"):
        feedback.submit(shared, GOOD, "da")


def test_answered_forms_keep_their_questions_and_anonymity(anonymous_form, olga):
    feedback.submit(feedback.link_token(anonymous_form), GOOD, "da")
    with pytest.raises(DomainError, match="cannot change"):
        feedback.set_questions(anonymous_form, anonymous_form.questions[:1], olga)
    with pytest.raises(DomainError, match="cannot change"):
        feedback.update_settings(anonymous_form, anonymous=False, closes_on=None, by=olga)
    # The last day may still move.
    feedback.update_settings(anonymous_form, anonymous=True, closes_on=None, by=olga)
    anonymous_form.refresh_from_db()
    assert anonymous_form.closes_at is None and len(anonymous_form.questions) == 3


# ----------------------------------------------------------------------------- sending


def test_links_are_sent_after_the_activity_to_confirmed_and_attended_in_their_language(
    named_form, registrations, olga, run_tasks, client
):
    assert feedback.send_links(named_form, olga) == 2
    run_tasks()
    sent = {m.to[0]: m for m in mail.outbox}
    assert set(sent) == {"anna@example.org", "sven@example.se"}
    assert "/sv/f/" in sent["sven@example.se"].body
    assert "/da/f/" in sent["anna@example.org"].body
    assert "Fyraftensmøde" in sent["sven@example.se"].subject
    link = next(line for line in sent["sven@example.se"].body.splitlines() if "/f/" in line)
    path = "/" + link.split("://", 1)[1].split("/", 1)[1]
    assert client.post(path, _posted(GOOD)).status_code == 200
    assert FeedbackAnswer.objects.get().registration == registrations["sven"]
    # Sent again, only those who have not answered are written to.
    mail.outbox.clear()
    assert feedback.send_links(named_form, olga) == 1
    run_tasks()
    assert [m.to[0] for m in mail.outbox] == ["anna@example.org"]


def test_anonymous_links_are_the_same_shared_link_for_all(anonymous_form, registrations, olga):
    feedback.send_links(anonymous_form, olga)
    from kulturhub.evaluation import tasks

    for registration in (registrations["anna"], registrations["sven"]):
        assert tasks.deliver_feedback_link.call(anonymous_form.pk, registration.pk)
    token = feedback.link_token(anonymous_form)
    assert all(token in m.body for m in mail.outbox) and len(mail.outbox) == 2


def test_links_are_not_sent_before_the_end_or_after_closing(anonymous_form, olga, registrations):
    activity = anonymous_form.activity
    with pytest.raises(DomainError, match="once the activity has ended"):
        feedback.send_links(anonymous_form, olga, now=activity.ends_at - timedelta(minutes=1))
    with pytest.raises(DomainError, match="has closed"):
        feedback.send_links(anonymous_form, olga, now=anonymous_form.closes_at)
    assert not mail.outbox


# ----------------------------------------------------------------------------- results


def _answer_all(form, texts):
    token = feedback.link_token(form)
    for n, text in enumerate(texts):
        feedback.submit(
            token,
            {"satisfaction": 6 + n % 3, "recommend": "Yes" if n % 2 else "No", "improve": text},
            "da",
        )


def test_results_count_options_average_scales_and_shuffle_anonymous_texts(anonymous_form, olga):
    texts = ["Alpha", "Bravo", "Charlie", "Delta", "Echo"]
    _answer_all(anonymous_form, texts)
    feedback.submit(feedback.link_token(anonymous_form), {"satisfaction": 10}, "da")
    result = feedback.results(anonymous_form, olga)
    assert result["n"] == 6
    satisfaction, recommend, improve = result["questions"]
    assert satisfaction["answered"] == 6
    assert satisfaction["mean"] == pytest.approx((6 + 7 + 8 + 6 + 7 + 10) / 6)
    counts = {row["label"]: row["count"] for row in satisfaction["counts"]}
    assert counts["6"] == 2 and counts["10 – completely"] == 1 and counts["0 – not at all"] == 0
    assert {row["label"]: row["count"] for row in recommend["counts"]} == {
        "Yes": 2,
        "Maybe": 0,
        "No": 3,
    }
    assert sorted(improve["texts"]) == texts
    orders = {
        tuple(feedback.results(anonymous_form, olga)["questions"][2]["texts"]) for _ in range(30)
    }
    assert len(orders) > 1


def test_named_results_keep_the_order_and_count_who_may_answer(named_form, registrations, olga):
    for name, text in (("sven", "First"), ("anna", "Second")):
        token = feedback.personal_token(named_form, registrations[name])
        feedback.submit(token, {"improve": text}, "da")
    result = feedback.results(named_form, olga)
    assert result["invited"] == 2
    assert result["questions"][2]["texts"] == ["First", "Second"]


def test_the_results_page_shows_counts_to_organisers(as_user, anonymous_form, olga):
    _answer_all(anonymous_form, ["Mere kaffe", "Kortere oplæg"])
    page = as_user(olga).get(reverse("evaluation:feedback_results", args=["fyraftensmoede"]))
    html = page.content.decode()
    assert page.status_code == 200
    assert "2 answers" in html and "Mere kaffe" in html and "Kortere oplæg" in html
    assert "Mean" in html


# ---------------------------------------------------------------------- organiser pages


def test_organisers_set_up_edit_and_send_from_the_activity_page(as_user, activity, olga, bob):
    client = as_user(olga)
    detail = client.get(activity.get_absolute_url()).content.decode()
    url = reverse("evaluation:feedback", args=[activity.slug])
    assert url in detail
    assert url not in as_user(bob).get(activity.get_absolute_url()).content.decode()
    client = as_user(olga)
    client.post(url, {"action": "create", "anonymous": "on", "closes_on": ""})
    form = FeedbackForm.objects.get()
    assert form.anonymous and form.closes_at is None
    page = client.get(url).content.decode()
    assert feedback.link_token(form) in page
    client.post(
        url, {"action": "add", "kind": "likert", "text": "The venue worked well.", "required": "on"}
    )
    client.post(url, {"action": "remove", "key": "recommend"})
    form.refresh_from_db()
    assert [q["key"] for q in form.questions] == ["satisfaction", "improve", "q4"]
    sent = client.post(reverse("evaluation:feedback_send", args=[activity.slug]), follow=True)
    assert "The link is being e-mailed to 0 participants." in sent.content.decode()


def test_a_last_day_before_the_activity_is_refused(as_user, activity, olga):
    response = as_user(olga).post(
        reverse("evaluation:feedback", args=[activity.slug]),
        {"action": "create", "anonymous": "on", "closes_on": "2001-01-01"},
    )
    assert response.status_code == 400
    assert "must close after the activity has begun" in response.content.decode()
    assert not FeedbackForm.objects.exists()


ORGANISER_PAGES = [
    ("get", "evaluation:feedback"),
    ("post", "evaluation:feedback"),
    ("post", "evaluation:feedback_send"),
    ("get", "evaluation:feedback_results"),
]


@pytest.mark.parametrize("method, name", ORGANISER_PAGES)
@pytest.mark.parametrize(
    "persona, status",
    [
        ("anonymous", 302),
        ("dave", 404),
        ("bob", 404),
        ("carol", 404),
        ("alice", 200),
        ("olga", 200),
    ],
)
def test_only_the_activitys_organisers_reach_the_feedback_pages(
    request, as_user, anonymous_form, method, name, persona, status
):
    feedback.submit(feedback.link_token(anonymous_form), GOOD, "da")
    nonce = anonymous_form.nonce
    user = None if persona == "anonymous" else request.getfixturevalue(persona)
    client = as_user(user)
    url = reverse(name, args=["fyraftensmoede"])
    if method == "get":
        response = client.get(url)
    else:
        response = client.post(url, {"action": "renew"})
    expected = status
    if status == 200 and method == "post":
        expected = 302
    assert response.status_code == expected
    if persona == "anonymous":
        assert response.url.startswith(LOGIN)
    if status != 200:
        assert "More coffee" not in response.content.decode()
        # An outsider's post did not renew the link.
        assert FeedbackForm.objects.get().nonce == nonce
