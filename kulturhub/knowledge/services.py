"""Business rules of the knowledge bank: drafting, editing, publishing, and turning an
activity's materials into a draft item in one step. Search lives in `search.py`."""

from datetime import date

from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from kulturhub.core import audit, mail
from kulturhub.core.errors import DomainError
from kulturhub.core.text import unique_slug
from kulturhub.knowledge.models import Attachment, Kind, KnowledgeItem, Link
from kulturhub.network.models import Network
from kulturhub.network.services import coordinator_emails


def _check_translation(item: KnowledgeItem) -> None:
    original = item.translation_of
    if original is None:
        return
    if original.pk == item.pk:
        raise DomainError(_("An item cannot be a translation of itself."), "translation_of")
    if original.translation_of_id is not None:
        # One level only: every translation points at the same original.
        item.translation_of = original = original.translation_of
    if original.language == item.language:
        raise DomainError(
            _("A translation must be in another language than the original."), "translation_of"
        )
    clash = original.translations.filter(language=item.language).exclude(pk=item.pk)
    if clash.exists():
        raise DomainError(
            _("The original already has a translation in this language."), "translation_of"
        )


def _save_links(item: KnowledgeItem, links: list[tuple[str, str]] | None) -> None:
    if links is None:
        return
    item.links.filter(material=None).delete()
    Link.objects.bulk_create(Link(item=item, title=title, url=url) for title, url in links)


@transaction.atomic
def create_item(form, network, by, links=None) -> KnowledgeItem:
    """A new draft from a valid KnowledgeItemForm, written by `by` for `network`."""
    item = form.save(commit=False)
    item.network = network
    item.created_by = by
    item.status = KnowledgeItem.Status.DRAFT
    item.slug = unique_slug(KnowledgeItem, item.title, max_length=80)
    _check_translation(item)
    item.save()
    form.save_m2m()
    person = getattr(by, "person", None)
    if person is not None:
        item.authors.add(person)
    _save_links(item, links)
    audit.log(by, "knowledge.item.created", item)
    return item


@transaction.atomic
def update_item(form, by, links=None) -> KnowledgeItem:
    item = form.save(commit=False)
    _check_translation(item)
    item.save()
    form.save_m2m()
    _save_links(item, links)
    audit.log(by, "knowledge.item.updated", item)
    return item


def _check_publishable(item: KnowledgeItem) -> None:
    if item.is_published:
        raise DomainError(_("This item is already published."))
    if not item.summary.strip():
        raise DomainError(_("Write a summary before publishing."), "summary")


@transaction.atomic
def request_publication(item: KnowledgeItem, by) -> KnowledgeItem:
    """An author asks the network's coordinators to publish the draft: it is marked as
    waiting (the coordinators see it on the knowledge bank page) and they get an e-mail."""
    _check_publishable(item)
    if item.publication_requested_at is not None:
        raise DomainError(_("The coordinators have already been asked to publish this item."))
    item.publication_requested_at = timezone.now()
    item.save(update_fields=["publication_requested_at", "updated_at"])
    audit.log(by, "knowledge.item.publication_requested", item)
    recipients = coordinator_emails(item.network)
    if recipients:
        context = {
            "item": item,
            "network": item.network,
            "requested_by": _name(by),
            "url": settings.SITE_URL + item.get_absolute_url(),
        }
        transaction.on_commit(
            lambda: mail.send(
                recipients,
                item.network.language,
                "knowledge/email/publication_requested",
                context,
            )
        )
    return item


# How many linked items a programme, activity or organisation page lists.
ABOUT_LIMIT = 10


def items_about(subject, user, language: str, limit: int = ABOUT_LIMIT) -> list[KnowledgeItem]:
    """The published items linked to a programme, activity, organisation or network that the
    user may read, newest first, each translated item once: in `language` if there is a
    version in it, else the original."""
    items = (
        KnowledgeItem.objects.visible_to(user)
        .filter(pk__in=subject.knowledge_items.values("pk"))
        .only("slug", "title", "language", "kind", "published_on", "translation_of_id")
    )
    chosen: dict[int, KnowledgeItem] = {}
    for item in items:
        family = item.translation_of_id or item.pk
        current = chosen.get(family)
        if (
            current is None
            or (item.language == language and current.language != language)
            or (item.translation_of_id is None and current.language != language)
        ):
            chosen[family] = item
    newest_first = sorted(
        chosen.values(),
        key=lambda i: (i.published_on is None, -(i.published_on or date.min).toordinal(), i.title),
    )
    return newest_first[:limit]


def waiting_for(user):
    """Drafts whose authors asked for publication, in the networks the user coordinates,
    oldest request first."""
    if user is None or not user.is_authenticated:
        return KnowledgeItem.objects.none()
    waiting = KnowledgeItem.objects.filter(
        status=KnowledgeItem.Status.DRAFT, publication_requested_at__isnull=False
    )
    if not user.is_superuser:  # superusers coordinate every network (permissions)
        waiting = waiting.filter(network__in=Network.objects.coordinated_by(user))
    return waiting.select_related("network").order_by("publication_requested_at")


@transaction.atomic
def publish(item: KnowledgeItem, by) -> KnowledgeItem:
    """Publish a draft. If its author asked for it, the author is told by e-mail, in their
    own language."""
    _check_publishable(item)
    requested = item.publication_requested_at is not None
    item.status = KnowledgeItem.Status.PUBLISHED
    item.publication_requested_at = None
    if item.published_on is None:
        item.published_on = timezone.localdate()
    item.save(update_fields=["status", "publication_requested_at", "published_on", "updated_at"])
    audit.log(by, "knowledge.item.published", item, visibility=item.visibility)
    author = item.created_by
    if requested and author is not None and author.email and author != by:
        context = {
            "item": item,
            "network": item.network,
            "published_by": _name(by),
            "url": settings.SITE_URL + item.get_absolute_url(),
        }
        transaction.on_commit(
            lambda: mail.send([author.email], author.language, "knowledge/email/published", context)
        )
    return item


def _name(user) -> str:
    person = getattr(user, "person", None)
    return (person.name if person else "") or user.full_name or user.email


@transaction.atomic
def unpublish(item: KnowledgeItem, by) -> KnowledgeItem:
    if not item.is_published:
        raise DomainError(_("This item is not published."))
    item.status = KnowledgeItem.Status.DRAFT
    item.save(update_fields=["status", "updated_at"])
    audit.log(by, "knowledge.item.unpublished", item)
    return item


@transaction.atomic
def item_from_activity(activity, by) -> KnowledgeItem:
    """A draft item from an activity and its materials, for the organiser to finish: a
    recording when the materials include one, otherwise a method or tool. Each material
    becomes a link (files through the access-checked download address)."""
    materials = list(activity.materials.all())
    if not materials:
        raise DomainError(_("Add the activity's materials first."))
    existing = activity.knowledge_items.filter(created_by=by, status=KnowledgeItem.Status.DRAFT)
    if existing.exists():
        raise DomainError(_("You already made a draft from this activity."))
    kind = Kind.RECORDING if any(m.kind == m.Kind.RECORDING for m in materials) else Kind.METHOD
    item = KnowledgeItem.objects.create(
        network=activity.network,
        kind=kind,
        title=activity.title,
        slug=unique_slug(KnowledgeItem, activity.title, max_length=80),
        summary=activity.summary or activity.title,
        body=activity.description,
        language=activity.language,
        visibility=(
            KnowledgeItem.Visibility.MEMBERS
            if activity.audience == activity.Audience.MEMBERS
            else KnowledgeItem.Visibility.PUBLIC
        ),
        created_by=by,
    )
    item.activities.add(activity)
    person = getattr(by, "person", None)
    if person is not None:
        item.authors.add(person)
    Link.objects.bulk_create(
        Link(
            item=item,
            title=material.title,
            url=material.url
            if material.url and material.kind != material.Kind.FILE
            else reverse("activities:material", args=[material.pk]),
            material=material,
        )
        for material in materials
    )
    audit.log(by, "knowledge.item.created_from_activity", item, activity=activity.pk)
    return item


# Files an item may carry: documents, spreadsheets, slides, images and sound, by extension.
ATTACHMENT_EXTENSIONS = {
    "pdf", "doc", "docx", "odt", "rtf", "txt",
    "xls", "xlsx", "ods", "csv",
    "ppt", "pptx", "odp",
    "png", "jpg", "jpeg",
    "mp3", "m4a",
}  # fmt: skip


@transaction.atomic
def add_attachment(item: KnowledgeItem, title: str, upload, by) -> Attachment:
    """Attach an uploaded file to the item. A file of another kind, an empty one or one over
    the size limit is refused with a message, and nothing is saved."""
    name = upload.name or ""
    extension = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if extension not in ATTACHMENT_EXTENSIONS:
        raise DomainError(
            _("Attach a document, spreadsheet, presentation, image or sound file (%(kinds)s).")
            % {"kinds": ", ".join(sorted(ATTACHMENT_EXTENSIONS))},
            "file",
        )
    if not upload.size:
        raise DomainError(_("The file is empty."), "file")
    if upload.size > settings.MATERIAL_MAX_BYTES:
        raise DomainError(
            _("The file is too large (at most %(megabytes)s MB).")
            % {"megabytes": settings.MATERIAL_MAX_BYTES // (1024 * 1024)},
            "file",
        )
    title = " ".join((title or "").split()) or name.rsplit(".", 1)[0][:200]
    attachment = Attachment(item=item, title=title[:200], size=upload.size)
    attachment.file.save(name, upload, save=False)
    attachment.save()
    audit.log(by, "knowledge.attachment.added", item, attachment=attachment.pk, title=title)
    return attachment


@transaction.atomic
def remove_attachment(attachment: Attachment, by) -> None:
    audit.log(
        by,
        "knowledge.attachment.removed",
        attachment.item,
        attachment=attachment.pk,
        title=attachment.title,
    )
    attachment.delete()  # the file follows after commit (signals.delete_file)
