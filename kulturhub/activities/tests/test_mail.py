import socket
from datetime import timedelta

import pytest
from aiosmtpd.controller import Controller
from django.core import mail
from django.utils import timezone, translation
from django.utils.translation import gettext
from django_tasks_db.models import DBTaskResult
from icalendar import Calendar

from kulturhub.activities import services
from kulturhub.activities.tests.factories import register
from kulturhub.activities.workflow import State

SECRET_LINK = "https://meet.example.org/secret-room-42"


def subject(language, msgid, **values):
    with translation.override(language):
        return gettext(msgid) % values


def test_confirmation_in_the_registrants_language_with_calendar_and_cancel_link(webinar, run_tasks):
    register(webinar, 1, language="sv")
    run_tasks()
    [message] = mail.outbox
    assert message.to == ["person1@example.org"]
    assert message.subject == subject("sv", "You are registered: %(title)s", title=webinar.title)
    assert "/sv/activities/r/" in message.body and "/cancel/" in message.body
    assert SECRET_LINK in message.body
    [(filename, content, mimetype)] = message.attachments
    assert filename == "activity.ics" and mimetype == "text/calendar"
    event = Calendar.from_ical(content).walk("VEVENT")[0]
    assert event.decoded("dtstart") == webinar.starts_at.replace(microsecond=0)
    assert SECRET_LINK in str(event.get("description"))


def test_the_waiting_list_mail_has_no_online_link(webinar, run_tasks):
    webinar.capacity = 1
    webinar.save()
    register(webinar, 1)
    register(webinar, 2, language="fi")
    run_tasks()
    waiting = [m for m in mail.outbox if m.to == ["person2@example.org"]][0]
    assert waiting.subject == subject(
        "fi", "You are on the waiting list: %(title)s", title=webinar.title
    )
    assert SECRET_LINK not in waiting.body and not waiting.attachments


def test_promotion_mail_when_a_seat_is_freed(webinar, run_tasks):
    webinar.capacity = 1
    webinar.save()
    first = register(webinar, 1)
    register(webinar, 2, language="nb")
    run_tasks()
    mail.outbox.clear()
    services.cancel_registration(first, "registrant")
    run_tasks()
    by_recipient = {m.to[0]: m for m in mail.outbox}
    promoted = by_recipient["person2@example.org"]
    assert promoted.subject == subject(
        "nb", "A seat became free – you are registered: %(title)s", title=webinar.title
    )
    assert SECRET_LINK in promoted.body and promoted.attachments
    assert by_recipient["person1@example.org"].subject == subject(
        "da", "Your registration is cancelled: %(title)s", title=webinar.title
    )


def test_reminders_go_the_day_before_to_confirmed_people_once(webinar, run_tasks, queued):
    webinar.capacity = 1
    webinar.save()
    register(webinar, 1)
    register(webinar, 2)  # waiting list: no reminder
    services.save_activity(webinar, None)
    [(name, args, run_after)] = queued("send_reminders")
    assert run_after == webinar.starts_at - timedelta(hours=24)
    run_tasks()
    mail.outbox.clear()
    # The day before: the reminder task is due.
    DBTaskResult.objects.filter(task_path__endswith="send_reminders").update(
        run_after=timezone.now() - timedelta(seconds=1)
    )
    run_tasks()
    reminders = [m for m in mail.outbox if "person" in m.to[0]]
    assert [m.to for m in reminders] == [["person1@example.org"]]
    assert reminders[0].subject == subject("da", "Tomorrow: %(title)s", title=webinar.title)
    assert SECRET_LINK in reminders[0].body
    assert services.send_reminders(webinar.pk, run_after.isoformat()) == 0


def test_a_moved_activity_reminds_at_the_new_time_only(webinar, queued):
    services.save_activity(webinar, None)
    old_due = webinar.reminder_due_at
    webinar.starts_at += timedelta(days=2)
    webinar.ends_at += timedelta(days=2)
    services.save_activity(webinar, None)
    register(webinar, 1)
    assert services.send_reminders(webinar.pk, old_due.isoformat()) == 0
    assert {a[1][1] for a in queued("send_reminders")} == {
        old_due.isoformat(),
        webinar.reminder_due_at.isoformat(),
    }


def test_cancelling_an_activity_tells_everyone(webinar, alice, run_tasks):
    webinar.capacity = 1
    webinar.save()
    register(webinar, 1)
    register(webinar, 2, language="sv")
    run_tasks()
    mail.outbox.clear()
    services.cancel_activity(webinar, "Oplægsholderen er syg.", alice)
    run_tasks()
    assert sorted(m.to[0] for m in mail.outbox) == ["person1@example.org", "person2@example.org"]
    for message in mail.outbox:
        assert "Oplægsholderen er syg." in message.body
    swedish = [m for m in mail.outbox if m.to == ["person2@example.org"]][0]
    assert swedish.subject == subject("sv", "Cancelled: %(title)s", title=webinar.title)
    assert set(webinar.registrations.values_list("status", flat=True)) == {State.CANCELLED}


def test_cancelling_needs_a_reason(webinar, alice):
    with pytest.raises(Exception, match="Say why"):
        services.cancel_activity(webinar, "  ", alice)
    webinar.refresh_from_db()
    assert not webinar.is_cancelled


class _Inbox:
    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(envelope)
        return "250 OK"


def test_a_failed_mail_is_retried_and_never_blocks_the_registration(webinar, run_tasks, settings):
    """A real SMTP server on localhost: down at first, up later."""
    inbox = _Inbox()
    with socket.socket() as probe:  # a free port, where nothing listens yet: the server is down
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", port, 2

    registration = register(webinar, 1)
    assert registration.status == State.CONFIRMED  # registered, whatever the mail server does
    run_tasks()
    retry = DBTaskResult.objects.filter(status="READY", task_path__endswith="deliver_mail")
    assert [r.args_kwargs["args"] for r in retry] == [[registration.pk, "confirmed", 2]]
    assert retry[0].run_after > timezone.now()

    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()  # back up
    try:
        retry.update(run_after=timezone.now() - timedelta(seconds=1))
        run_tasks()
    finally:
        controller.stop()
    assert [e.rcpt_tos for e in inbox.messages] == [["person1@example.org"]]
    assert b"activity.ics" in inbox.messages[0].content
    assert (
        not DBTaskResult.objects.filter(status="READY")
        .exclude(task_path__endswith="purge_notes")
        .exclude(task_path__endswith="send_reminders")
        .exists()
    )
