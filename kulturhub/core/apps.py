from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "kulturhub.core"
    verbose_name = _("Core")

    def ready(self):
        from kulturhub.core.taxonomy import sync_terms

        post_migrate.connect(sync_terms, sender=self)
