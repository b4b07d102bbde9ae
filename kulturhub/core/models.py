from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from kulturhub.core import taxonomy


class TimeStamped(models.Model):
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        abstract = True


class TermQuerySet(models.QuerySet):
    def of(self, vocabulary: str):
        return self.filter(vocabulary=vocabulary)


class Term(models.Model):
    """One term of a shared vocabulary; its label is translated through gettext."""

    vocabulary = models.CharField(
        _("vocabulary"), max_length=20, choices=taxonomy.VOCABULARY_CHOICES
    )
    slug = models.SlugField(_("slug"), max_length=60)
    position = models.PositiveSmallIntegerField(default=0)

    objects = TermQuerySet.as_manager()

    class Meta:
        ordering = ["vocabulary", "position", "slug"]
        constraints = [
            models.UniqueConstraint(fields=["vocabulary", "slug"], name="term_unique_slug")
        ]
        verbose_name = _("term")
        verbose_name_plural = _("terms")

    def __str__(self):
        return self.label

    @property
    def label(self) -> str:
        return taxonomy.label(self.vocabulary, self.slug)


class AuditEntry(models.Model):
    """Who did what to which object, and when. Written by core.audit.log only."""

    at = models.DateTimeField(_("time"), auto_now_add=True, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("actor"),
    )
    action = models.CharField(_("action"), max_length=100, db_index=True)
    object_type = models.CharField(_("object type"), max_length=100, blank=True)
    object_id = models.CharField(_("object id"), max_length=64, blank=True)
    object_repr = models.CharField(_("object"), max_length=200, blank=True)
    data = models.JSONField(_("details"), default=dict, blank=True)

    class Meta:
        ordering = ["-at"]
        verbose_name = _("audit entry")
        verbose_name_plural = _("audit log")

    def __str__(self):
        return f"{self.at:%Y-%m-%d %H:%M} {self.action} {self.object_repr}"
