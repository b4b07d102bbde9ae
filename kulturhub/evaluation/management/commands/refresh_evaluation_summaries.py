"""`manage.py refresh_evaluation_summaries`: rebuild the dashboards' score sums."""

import time

from django.core.management.base import BaseCommand

from kulturhub.evaluation import summaries


class Command(BaseCommand):
    help = (
        "Rebuild the per-programme sums the evaluation dashboards read, from the score table. "
        "They are kept up to date as answers are recorded, imported or erased; run this after "
        "changing scores outside the application (SQL, the admin) or an instrument definition."
    )

    def handle(self, *args, **options):
        started = time.perf_counter()
        rows = summaries.refresh_all()
        self.stdout.write(f"{rows} summary rows in {time.perf_counter() - started:.1f} s")
