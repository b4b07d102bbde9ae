from django.core.management.base import BaseCommand

from kulturhub.programmes import services


class Command(BaseCommand):
    help = (
        "Delete participants' contact data after the retention period and flag referrals that "
        "have waited longer than the programme's answer time (telling staff and coordinators). "
        "Run daily from cron; it is idempotent."
    )

    def handle(self, *args, **options):
        result = services.housekeeping()
        self.stdout.write(
            "Contact records deleted: {contacts_deleted}, referrals flagged: "
            "{referrals_flagged}".format(**result)
        )
