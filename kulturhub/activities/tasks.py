"""Background work through the Django tasks API (database backend; `manage.py db_worker`)."""

import logging
from datetime import timedelta

from django.conf import settings
from django.utils import timezone
from django_tasks import task

logger = logging.getLogger(__name__)


@task()
def deliver_mail(registration_id: int, kind: str, attempt: int = 1) -> bool:
    """Send one registration e-mail; a failure is tried again later, with growing pauses."""
    from kulturhub.activities import mail

    if mail.send_registration_mail(registration_id, kind):
        return True
    if attempt >= settings.MAIL_MAX_ATTEMPTS:
        logger.error("Giving up on %s mail for registration %s", kind, registration_id)
        return False
    delay = timedelta(minutes=2 ** (attempt - 1))
    deliver_mail.using(run_after=timezone.now() + delay).enqueue(registration_id, kind, attempt + 1)
    return False


@task()
def expire_offer(registration_id: int) -> bool:
    from kulturhub.activities import services

    return services.expire_offer(registration_id)


@task()
def send_reminders(activity_id: int, due_iso: str) -> int:
    from kulturhub.activities import services

    return services.send_reminders(activity_id, due_iso)


@task()
def purge_notes(activity_id: int) -> int:
    from kulturhub.activities import services

    return services.purge_notes(activity_id)
