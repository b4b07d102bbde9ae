"""The knowledge bank: practice examples, concept descriptions, research, evaluation reports,
methods, recommendations, recordings and news, in the five Nordic languages.

The full-text index is not a model field: on PostgreSQL it is a stored generated `tsvector`
column, on SQLite an FTS5 table kept in step by triggers (both made by migration 0002, see
docs/knowledge.md), so the model looks the same on both backends.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from kulturhub.core import taxonomy
from kulturhub.core.models import Term, TimeStamped
from kulturhub.network.models import Network, Organisation, Person

# The vocabularies an item may be tagged with, in the order the facets show them.
TAG_VOCABULARIES = [
    taxonomy.TARGET_GROUP,
    taxonomy.ART_FORM,
    taxonomy.OUTCOME,
    taxonomy.SETTING,
    taxonomy.SECTOR,
]


OG_LOCALES = {"da": "da_DK", "sv": "sv_SE", "fi": "fi_FI", "nb": "nb_NO", "en": "en_GB"}


class Kind(models.TextChoices):
    PRACTICE = "practice", _("Practice example")
    CONCEPT = "concept", _("Concept description")
    RESEARCH = "research", _("Research publication")
    EVALUATION = "evaluation", _("Evaluation report")
    METHOD = "method", _("Method or tool")
    RECOMMENDATION = "recommendation", _("Recommendation")
    RECORDING = "recording", _("Recording")
    NEWS = "news", _("News")


class EvidenceLevel(models.TextChoices):
    DESCRIPTION = "description", _("Description")
    PRE_POST = "pre_post", _("Before and after, no control group")
    CONTROLLED = "controlled", _("Controlled study")
    RANDOMISED = "randomised", _("Randomised trial")
    SYSTEMATIC_REVIEW = "systematic_review", _("Systematic review")


class KnowledgeItemQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=KnowledgeItem.Status.PUBLISHED)

    def public(self):
        return self.published().filter(visibility=KnowledgeItem.Visibility.PUBLIC)

    def visible_to(self, user):
        """Published items the user may read: public ones, and members-only ones of the
        networks the user belongs to. Drafts are never in here (see `drafts_of`)."""
        if user is None or not user.is_authenticated:
            return self.public()
        if user.is_superuser:
            return self.published()
        return self.published().filter(
            Q(visibility=KnowledgeItem.Visibility.PUBLIC) | Q(network_id__in=member_networks(user))
        )


def member_networks(user) -> list[int]:
    """Ids of the networks a user belongs to (same rule as permissions.is_member)."""
    from kulturhub.network.models import Membership, NetworkRole

    if user is None or not user.is_authenticated:
        return []
    ids = set(NetworkRole.objects.filter(person__user=user).values_list("network_id", flat=True))
    ids |= set(
        Membership.objects.filter(
            status=Membership.Status.ACTIVE, organisation__people__user=user
        ).values_list("network_id", flat=True)
    )
    return sorted(ids)


class KnowledgeItem(TimeStamped):
    class Visibility(models.TextChoices):
        PUBLIC = "public", _("Everyone")
        MEMBERS = "members", _("Members of the network only")

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        PUBLISHED = "published", _("Published")

    network = models.ForeignKey(
        Network, on_delete=models.PROTECT, related_name="knowledge_items", verbose_name=_("network")
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=90, unique=True)
    summary = models.TextField(_("summary"), max_length=600)
    body = models.TextField(
        _("text"), blank=True, help_text=_("Markdown: headings, lists, links, tables.")
    )
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    translation_of = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="translations",
        verbose_name=_("translation of"),
        help_text=_("The item this one translates, if any."),
    )
    authors = models.ManyToManyField(
        Person, blank=True, related_name="knowledge_items", verbose_name=_("authors")
    )
    organisations = models.ManyToManyField(
        Organisation, blank=True, related_name="knowledge_items", verbose_name=_("organisations")
    )
    tags = models.ManyToManyField(
        Term,
        blank=True,
        related_name="+",
        limit_choices_to={"vocabulary__in": TAG_VOCABULARIES},
        verbose_name=_("tags"),
    )
    evidence_level = models.CharField(
        _("evidence level"),
        max_length=20,
        choices=EvidenceLevel.choices,
        default=EvidenceLevel.DESCRIPTION,
    )
    published_on = models.DateField(_("publication date"), null=True, blank=True)
    visibility = models.CharField(
        _("who can read it"),
        max_length=10,
        choices=Visibility.choices,
        default=Visibility.PUBLIC,
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.DRAFT, db_index=True
    )
    # When an author of the draft asked the network's coordinators to publish it.
    publication_requested_at = models.DateTimeField(
        _("publication requested"), null=True, blank=True
    )
    programmes = models.ManyToManyField(
        "programmes.Programme",
        blank=True,
        related_name="knowledge_items",
        verbose_name=_("programmes"),
    )
    concepts = models.ManyToManyField(
        "programmes.Concept",
        blank=True,
        related_name="knowledge_items",
        verbose_name=_("concepts"),
    )
    activities = models.ManyToManyField(
        "activities.Activity",
        blank=True,
        related_name="knowledge_items",
        verbose_name=_("activities"),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("created by"),
    )

    objects = KnowledgeItemQuerySet.as_manager()

    class Meta:
        ordering = ["-published_on", "title"]
        verbose_name = _("knowledge item")
        verbose_name_plural = _("knowledge items")
        indexes = [models.Index(fields=["status", "visibility", "network"])]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("knowledge:detail", args=[self.slug])

    @property
    def is_published(self) -> bool:
        return self.status == self.Status.PUBLISHED

    @property
    def is_public(self) -> bool:
        return self.is_published and self.visibility == self.Visibility.PUBLIC

    @property
    def og_locale(self) -> str:
        return OG_LOCALES.get(self.language, self.language)

    def family(self):
        """This item, the item it translates and all translations of that one."""
        root_id = self.translation_of_id or self.pk
        return KnowledgeItem.objects.filter(Q(pk=root_id) | Q(translation_of_id=root_id))


class Link(models.Model):
    """An external link or an attachment (e.g. an activity's material) of an item."""

    item = models.ForeignKey(
        KnowledgeItem, on_delete=models.CASCADE, related_name="links", verbose_name=_("item")
    )
    title = models.CharField(_("title"), max_length=200)
    url = models.URLField(_("address"), max_length=500)
    material = models.ForeignKey(
        "activities.Material",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("activity material"),
    )

    class Meta:
        ordering = ["pk"]
        verbose_name = _("link")
        verbose_name_plural = _("links")

    def __str__(self):
        return self.title


class Attachment(TimeStamped):
    """A file of an item (a report, a handout, a photo), served only to whoever may read the
    item. Kinds and size are checked in `services.add_attachment`."""

    item = models.ForeignKey(
        KnowledgeItem,
        on_delete=models.CASCADE,
        related_name="attachments",
        verbose_name=_("item"),
    )
    title = models.CharField(_("title"), max_length=200)
    file = models.FileField(_("file"), upload_to="knowledge/%Y/")
    size = models.PositiveIntegerField(_("size in bytes"), default=0)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")

    def __str__(self):
        return self.title

    @property
    def extension(self) -> str:
        return self.file.name.rsplit(".", 1)[-1].upper() if "." in self.file.name else ""
