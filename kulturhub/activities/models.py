import secrets
import zoneinfo
from datetime import timedelta

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from kulturhub.activities.workflow import ACTIVE, SEATED, State
from kulturhub.core.models import TimeStamped
from kulturhub.core.timezones import TIME_ZONE_CHOICES
from kulturhub.network.models import Group, Network, Person


def new_nonce() -> str:
    return secrets.token_urlsafe(16)


class Series(TimeStamped):
    """A run of related activities, e.g. a monthly lunch-lecture series."""

    network = models.ForeignKey(
        Network, on_delete=models.CASCADE, related_name="series", verbose_name=_("network")
    )
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True)

    class Meta:
        ordering = ["title"]
        verbose_name = _("series")
        verbose_name_plural = _("series")

    def __str__(self):
        return self.title


class ActivityQuerySet(models.QuerySet):
    def published(self):
        return self.exclude(status=Activity.Status.DRAFT)

    def upcoming(self, now=None):
        return self.filter(ends_at__gte=now or timezone.now()).order_by("starts_at")

    def past(self, now=None):
        return self.filter(ends_at__lt=now or timezone.now()).order_by("-starts_at")

    def in_network_tree(self, network):
        """Activities of a network and of every network below it."""
        ids, frontier = {network.pk}, [network.pk]
        while frontier:
            frontier = list(
                Network.objects.filter(parent_id__in=frontier)
                .exclude(pk__in=ids)
                .values_list("pk", flat=True)
            )
            ids.update(frontier)
        return self.filter(network_id__in=ids)


class Activity(TimeStamped):
    class Kind(models.TextChoices):
        NETWORK_MEETING = "network_meeting", _("Network meeting")
        COURSE = "course", _("Course")
        WEBINAR = "webinar", _("Webinar")
        LUNCH_LECTURE = "lunch_lecture", _("Lunch lecture")
        CONFERENCE = "conference", _("Conference")
        SEMINAR = "seminar", _("Seminar")
        WORKSHOP = "workshop", _("Workshop")
        STUDY_VISIT = "study_visit", _("Study visit")

    class Format(models.TextChoices):
        IN_PERSON = "in_person", _("In person")
        ONLINE = "online", _("Online")
        HYBRID = "hybrid", _("Hybrid")

    class Audience(models.TextChoices):
        MEMBERS = "members", _("Members of the network only")
        OPEN = "open", _("Open to everyone")

    class Promotion(models.TextChoices):
        AUTOMATIC = "automatic", _("Confirm the next person at once")
        OFFER = "offer", _("Offer the seat for a set number of hours")

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        PUBLISHED = "published", _("Published")
        CANCELLED = "cancelled", pgettext_lazy("activity", "Cancelled")

    network = models.ForeignKey(
        Network, on_delete=models.CASCADE, related_name="activities", verbose_name=_("network")
    )
    series = models.ForeignKey(
        Series,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="activities",
        verbose_name=_("series"),
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=90, unique=True)
    summary = models.CharField(_("summary"), max_length=300, blank=True)
    description = models.TextField(_("description"), blank=True, help_text=_("Markdown."))
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    time_zone = models.CharField(
        _("time zone"), max_length=40, choices=TIME_ZONE_CHOICES, default="Europe/Copenhagen"
    )
    starts_at = models.DateTimeField(_("starts"), db_index=True)
    ends_at = models.DateTimeField(_("ends"))
    format = models.CharField(_("format"), max_length=10, choices=Format.choices)
    venue = models.CharField(_("venue"), max_length=200, blank=True)
    address = models.CharField(_("address"), max_length=300, blank=True)
    online_link = models.URLField(
        _("online link"), blank=True, help_text=_("Shown only to confirmed participants.")
    )
    audience = models.CharField(
        _("audience"), max_length=10, choices=Audience.choices, default=Audience.OPEN
    )
    capacity = models.PositiveIntegerField(
        _("capacity"), null=True, blank=True, help_text=_("Leave empty for no limit.")
    )
    waitlist_enabled = models.BooleanField(_("waiting list"), default=True)
    promotion = models.CharField(
        _("when a seat is freed"),
        max_length=10,
        choices=Promotion.choices,
        default=Promotion.AUTOMATIC,
    )
    offer_hours = models.PositiveSmallIntegerField(_("hours to accept an offered seat"), default=24)
    registration_deadline = models.DateTimeField(_("registration deadline"), null=True, blank=True)
    organisers = models.ManyToManyField(
        Person, blank=True, related_name="organised_activities", verbose_name=_("organisers")
    )
    organiser_groups = models.ManyToManyField(
        Group,
        blank=True,
        related_name="organised_activities",
        verbose_name=_("organising groups"),
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PUBLISHED
    )
    cancel_reason = models.TextField(_("reason for cancelling"), blank=True)
    reminder_due_at = models.DateTimeField(null=True, blank=True, editable=False)
    notes_purged_at = models.DateTimeField(null=True, blank=True, editable=False)

    objects = ActivityQuerySet.as_manager()

    class Meta:
        ordering = ["starts_at"]
        verbose_name = _("activity")
        verbose_name_plural = _("activities")
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__gt=models.F("starts_at")), name="activity_ends_after_start"
            )
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("activities:detail", args=[self.slug])

    @property
    def tz(self):
        return zoneinfo.ZoneInfo(self.time_zone)

    @property
    def local_start(self):
        return self.starts_at.astimezone(self.tz)

    @property
    def local_end(self):
        return self.ends_at.astimezone(self.tz)

    @property
    def is_cancelled(self) -> bool:
        return self.status == self.Status.CANCELLED

    @property
    def is_online(self) -> bool:
        return self.format in {self.Format.ONLINE, self.Format.HYBRID}

    def seats_taken(self) -> int:
        return self.registrations.filter(status__in=SEATED).count()

    def seats_left(self) -> int | None:
        if self.capacity is None:
            return None
        # Lists annotate the count (queries.with_counts) to avoid a query per row.
        taken = getattr(self, "seats_taken_count", None)
        if taken is None:
            taken = self.seats_taken()
        return max(self.capacity - taken, 0)

    def waiting_count(self) -> int:
        return self.registrations.filter(status=State.WAITLISTED).count()

    def registration_closes_at(self):
        if self.registration_deadline and self.registration_deadline < self.starts_at:
            return self.registration_deadline
        return self.starts_at

    def registration_open(self, now=None) -> bool:
        now = now or timezone.now()
        return self.status == self.Status.PUBLISHED and now < self.registration_closes_at()

    def notes_purge_due(self):
        return self.ends_at + timedelta(days=settings.ACTIVITY_NOTES_RETENTION_DAYS)


class Material(TimeStamped):
    class Kind(models.TextChoices):
        FILE = "file", _("File")
        LINK = "link", _("Link")
        RECORDING = "recording", _("Recording")

    activity = models.ForeignKey(
        Activity, on_delete=models.CASCADE, related_name="materials", verbose_name=_("activity")
    )
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    title = models.CharField(_("title"), max_length=200)
    file = models.FileField(_("file"), upload_to="materials/%Y/", blank=True)
    url = models.URLField(_("link"), blank=True)

    class Meta:
        ordering = ["created_at"]
        verbose_name = _("material")
        verbose_name_plural = _("materials")

    def __str__(self):
        return self.title


class Registration(TimeStamped):
    activity = models.ForeignKey(
        Activity,
        on_delete=models.CASCADE,
        related_name="registrations",
        verbose_name=_("activity"),
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="registrations",
        verbose_name=_("user"),
    )
    name = models.CharField(_("name"), max_length=150)
    email = models.EmailField(_("e-mail"))
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    status = models.CharField(_("status"), max_length=12, choices=State.choices)
    # The waiting list is served in this order.
    queued_at = models.DateTimeField(_("registered"), default=timezone.now)
    offer_expires_at = models.DateTimeField(_("offer expires"), null=True, blank=True)
    access_needs = models.TextField(_("access needs"), max_length=1000, blank=True)
    dietary_notes = models.TextField(_("dietary notes"), max_length=1000, blank=True)
    cancel_nonce = models.CharField(max_length=32, default=new_nonce, editable=False)
    offer_nonce = models.CharField(max_length=32, blank=True, editable=False)
    reminder_sent_at = models.DateTimeField(null=True, blank=True, editable=False)
    checked_in_at = models.DateTimeField(_("checked in"), null=True, blank=True)

    class Meta:
        ordering = ["queued_at", "pk"]
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        constraints = [
            models.UniqueConstraint(
                "activity",
                models.functions.Lower("email"),
                condition=Q(status__in=sorted(ACTIVE)),
                name="registration_one_active_per_email",
            )
        ]

    def __str__(self):
        return f"{self.name} – {self.activity}"

    @property
    def is_final(self) -> bool:
        return self.status not in ACTIVE


class CalendarFeed(models.Model):
    """The secret address of a user's personal iCalendar feed."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="calendar_feed"
    )
    token = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return f"Calendar feed of {self.user}"

    @classmethod
    def for_user(cls, user) -> "CalendarFeed":
        feed, _created = cls.objects.get_or_create(
            user=user, defaults={"token": secrets.token_urlsafe(32)}
        )
        return feed

    def renew(self) -> None:
        self.token = secrets.token_urlsafe(32)
        self.save(update_fields=["token"])
