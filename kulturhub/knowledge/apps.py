from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class KnowledgeConfig(AppConfig):
    name = "kulturhub.knowledge"
    verbose_name = _("Knowledge bank")

    def ready(self):
        from kulturhub.knowledge import signals  # noqa: F401 (connects the receivers)
