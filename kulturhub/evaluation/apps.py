from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class EvaluationConfig(AppConfig):
    name = "kulturhub.evaluation"
    verbose_name = _("Evaluation")

    def ready(self):
        from kulturhub.programmes.signals import participant_erased

        participant_erased.connect(_refresh_programme, dispatch_uid="evaluation-erased")
        post_migrate.connect(_rebuild_if_stale, sender=self, dispatch_uid="evaluation-sums")


def _refresh_programme(sender, programme_id, **kwargs):
    from kulturhub.evaluation import summaries

    summaries.refresh([programme_id])


def _rebuild_if_stale(sender, using="default", **kwargs):
    """After migrate: rebuild the score sums when the instrument constants they were built
    with have changed (or they were never built)."""
    from django.db import connections

    from kulturhub.evaluation import summaries
    from kulturhub.evaluation.models import ScoreSummary, SummaryState

    tables = connections[using].introspection.table_names()
    if {ScoreSummary._meta.db_table, SummaryState._meta.db_table} - set(tables):
        return
    if using == "default" and not summaries.is_current():
        summaries.refresh_all()
