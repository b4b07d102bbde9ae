from django.core.management.base import BaseCommand

from kulturhub.activities import services


class Command(BaseCommand):
    help = (
        "Expire overdue seat offers, send overdue reminders and delete registrants' private "
        "notes after the retention time. The task worker does this on time; run this from cron "
        "as a safety net (it is idempotent)."
    )

    def handle(self, *args, **options):
        result = services.housekeeping()
        self.stdout.write(
            "Offers expired: {offers_expired}, reminders sent: {reminders_sent}, "
            "activities with notes deleted: {notes_purged}".format(**result)
        )
