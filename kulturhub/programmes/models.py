from datetime import date

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from kulturhub.core import taxonomy
from kulturhub.core.models import Term, TimeStamped
from kulturhub.network.models import Country, Network, Organisation
from kulturhub.programmes.workflow import ReferralStatus


class Licence(models.TextChoices):
    CC_BY = "cc-by-4.0", _("CC BY 4.0 – reuse with attribution")
    CC_BY_SA = "cc-by-sa-4.0", _("CC BY-SA 4.0 – reuse with attribution, share alike")
    CC_BY_NC = "cc-by-nc-4.0", _("CC BY-NC 4.0 – non-commercial reuse with attribution")
    ASK = "ask", _("Ask the owner before reuse")


class Instrument(models.TextChoices):
    WHO5 = "WHO5", "WHO-5"
    SWEMWBS = "SWEMWBS", "SWEMWBS"
    WEMWBS = "WEMWBS", "WEMWBS"
    UCLA3 = "UCLA3", _("UCLA 3-item loneliness scale")
    ONS4 = "ONS4", "ONS4"


class TimePoint(models.TextChoices):
    BASELINE = "baseline", _("Baseline (first session)")
    END = "end", _("End (last session)")
    FOLLOW_UP_3 = "follow_up_3", _("Follow-up after 3 months")
    FOLLOW_UP_6 = "follow_up_6", _("Follow-up after 6 months")


class Level(models.TextChoices):
    SEPARATE = "separate", _("A separate course")
    ATTACHED = "attached", _("Attached to an existing course")
    WELLBEING = "wellbeing", _("Attached to other well-being courses")


class Delivery(models.TextChoices):
    IN_PERSON = "in_person", _("In person")
    DIGITAL = "digital", _("Digital")
    HYBRID = "hybrid", _("Hybrid")


class Channel(models.TextChoices):
    JOB_CENTRE = "job_centre", _("Job centre")
    GP = "gp", _("General practitioner")
    PSYCHIATRY = "psychiatry", _("Psychiatry")
    HOSPITAL = "hospital", _("Hospital")
    SELF = "self", _("Self-referral")


class Concept(TimeStamped):
    """A reusable programme model that other municipalities can adopt."""

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=90, unique=True)
    summary = models.CharField(_("summary"), max_length=300)
    description = models.TextField(_("description"), help_text=_("Markdown."))
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    target_groups = models.ManyToManyField(
        Term,
        blank=True,
        related_name="+",
        verbose_name=_("target groups"),
        limit_choices_to={"vocabulary": taxonomy.TARGET_GROUP},
    )
    art_forms = models.ManyToManyField(
        Term,
        blank=True,
        related_name="+",
        verbose_name=_("art forms"),
        limit_choices_to={"vocabulary": taxonomy.ART_FORM},
    )
    weeks = models.PositiveSmallIntegerField(_("number of weeks"))
    sessions = models.PositiveSmallIntegerField(_("number of sessions"))
    group_size = models.PositiveSmallIntegerField(_("group size"))
    staffing = models.TextField(_("staffing"), blank=True)
    partners_needed = models.TextField(_("partners needed"), blank=True)
    costs = models.TextField(_("costs"), blank=True)
    instruments = models.JSONField(_("evaluation instruments"), default=list, blank=True)
    time_points = models.JSONField(_("evaluation time points"), default=list, blank=True)
    origin_network = models.ForeignKey(
        Network,
        on_delete=models.PROTECT,
        related_name="concepts",
        verbose_name=_("origin network"),
    )
    origin_organisation = models.ForeignKey(
        Organisation,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("developed by"),
    )
    licence = models.CharField(
        _("licence for reuse"), max_length=20, choices=Licence.choices, default=Licence.CC_BY
    )

    class Meta:
        ordering = ["title"]
        verbose_name = _("concept")
        verbose_name_plural = _("concepts")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("programmes:concept", args=[self.slug])

    def instrument_labels(self) -> list[str]:
        return [str(Instrument(c).label) for c in self.instruments if c in Instrument.values]

    def time_point_labels(self) -> list[str]:
        return [str(TimePoint(t).label) for t in self.time_points if t in TimePoint.values]


class ProgrammeQuerySet(models.QuerySet):
    def public(self):
        return self.exclude(status=Programme.Status.DRAFT)


class Programme(TimeStamped):
    """An offer a municipality runs, e.g. culture on prescription, in rounds (cohorts)."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        PLANNED = "planned", _("Planned")
        RECRUITING = "recruiting", _("Recruiting")
        RUNNING = "running", _("Running")
        COMPLETED = "completed", _("Completed")

    network = models.ForeignKey(
        Network, on_delete=models.PROTECT, related_name="programmes", verbose_name=_("network")
    )
    owner = models.ForeignKey(
        Organisation,
        on_delete=models.PROTECT,
        related_name="owned_programmes",
        verbose_name=_("owner organisation"),
    )
    partners = models.ManyToManyField(
        Organisation, blank=True, related_name="partner_programmes", verbose_name=_("partners")
    )
    concept = models.ForeignKey(
        Concept,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="adoptions",
        verbose_name=_("concept"),
    )
    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=90, unique=True)
    code = models.CharField(
        _("participant code prefix"),
        max_length=12,
        unique=True,
        help_text=_("Letters that start every participant code, e.g. AAR-KPR."),
    )
    summary = models.CharField(_("summary"), max_length=300)
    description = models.TextField(_("description"), blank=True, help_text=_("Markdown."))
    target_groups = models.ManyToManyField(
        Term,
        blank=True,
        related_name="+",
        verbose_name=_("target groups"),
        limit_choices_to={"vocabulary": taxonomy.TARGET_GROUP},
    )
    art_forms = models.ManyToManyField(
        Term,
        blank=True,
        related_name="+",
        verbose_name=_("art forms"),
        limit_choices_to={"vocabulary": taxonomy.ART_FORM},
    )
    languages = models.ManyToManyField(
        Term,
        blank=True,
        related_name="+",
        verbose_name=_("languages"),
        limit_choices_to={"vocabulary": taxonomy.LANGUAGE},
    )
    level = models.CharField(
        _("level"), max_length=12, choices=Level.choices, default=Level.SEPARATE
    )
    delivery = models.CharField(
        _("delivery"), max_length=12, choices=Delivery.choices, default=Delivery.IN_PERSON
    )
    venue = models.CharField(_("venue"), max_length=200, blank=True)
    address = models.CharField(_("address"), max_length=300, blank=True)
    country = models.CharField(_("country"), max_length=2, choices=Country.choices)
    region = models.CharField(_("region"), max_length=100, blank=True)
    municipality = models.CharField(_("municipality"), max_length=100, blank=True)
    accessibility = models.TextField(_("accessibility"), blank=True)
    channels = models.JSONField(_("referral channels"), default=list, blank=True)
    # Kept in step with `channels` on save, so the catalogue can filter on it in SQL.
    accepts_self_referral = models.BooleanField(default=False, editable=False)
    contact_name = models.CharField(_("contact person"), max_length=150, blank=True)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=40, blank=True)
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.PLANNED
    )
    response_days = models.PositiveSmallIntegerField(
        _("answer referrals within (working days)"), default=10
    )
    retention_months = models.PositiveSmallIntegerField(
        _("delete contact data after the cohort ends (months)"), default=12
    )

    objects = ProgrammeQuerySet.as_manager()

    class Meta:
        ordering = ["title"]
        verbose_name = _("programme")
        verbose_name_plural = _("programmes")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("programmes:detail", args=[self.slug])

    def save(self, *args, **kwargs):
        self.accepts_self_referral = Channel.SELF in self.channels
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "accepts_self_referral"}
        super().save(*args, **kwargs)

    def channel_labels(self) -> list[str]:
        return [str(Channel(c).label) for c in self.channels if c in Channel.values]


class ProgrammeStaff(models.Model):
    """Who works on a programme: staff of the owner (see contact data) or facilitators."""

    class Role(models.TextChoices):
        STAFF = "staff", _("Programme staff")
        FACILITATOR = "facilitator", _("Facilitator")

    programme = models.ForeignKey(Programme, on_delete=models.CASCADE, related_name="staff")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="programme_roles"
    )
    role = models.CharField(_("role"), max_length=12, choices=Role.choices)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["programme", "user"], name="programme_staff_unique")
        ]
        verbose_name = _("programme staff")
        verbose_name_plural = _("programme staff")

    def __str__(self):
        return f"{self.user} – {self.get_role_display()} – {self.programme}"


class Cohort(TimeStamped):
    """One round of a programme, with its sessions and seats."""

    programme = models.ForeignKey(
        Programme, on_delete=models.CASCADE, related_name="cohorts", verbose_name=_("programme")
    )
    name = models.CharField(_("name"), max_length=100)
    starts_on = models.DateField(_("starts"))
    ends_on = models.DateField(_("ends"))
    capacity = models.PositiveSmallIntegerField(_("seats"))
    contacts_purged_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        ordering = ["starts_on"]
        verbose_name = _("cohort")
        verbose_name_plural = _("cohorts")
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_on__gte=models.F("starts_on")), name="cohort_ends_after_start"
            )
        ]

    def __str__(self):
        return f"{self.programme} – {self.name}"

    def is_over(self, today: date | None = None) -> bool:
        return self.ends_on < (today or date.today())

    def enrolled_count(self) -> int:
        return self.enrolments.filter(
            status__in=[Enrolment.Status.ACTIVE, Enrolment.Status.COMPLETED]
        ).count()

    def seats_left(self) -> int:
        return max(self.capacity - self.enrolled_count(), 0)


class Session(models.Model):
    cohort = models.ForeignKey(
        Cohort, on_delete=models.CASCADE, related_name="sessions", verbose_name=_("cohort")
    )
    number = models.PositiveSmallIntegerField(_("number"))
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))
    title = models.CharField(_("theme"), max_length=200, blank=True)

    class Meta:
        ordering = ["starts_at"]
        constraints = [
            models.UniqueConstraint(fields=["cohort", "number"], name="session_unique_number")
        ]
        verbose_name = _("session")
        verbose_name_plural = _("sessions")

    def __str__(self):
        return f"{self.cohort} #{self.number}"


class Participant(TimeStamped):
    """A pseudonymous person in a programme. Who they are lives in ParticipantContact."""

    class AgeBand(models.TextChoices):
        UNDER_18 = "0-17", _("Under 18")
        A18 = "18-29", "18–29"
        A30 = "30-44", "30–44"
        A45 = "45-64", "45–64"
        A65 = "65-79", "65–79"
        A80 = "80+", _("80 or older")
        UNKNOWN = "", _("Not given")

    class Gender(models.TextChoices):
        WOMAN = "woman", _("Woman")
        MAN = "man", _("Man")
        OTHER = "other", _("Other")
        UNKNOWN = "", _("Not given")

    class Reason(models.TextChoices):
        STRESS = "stress", _("Stress")
        ANXIETY = "anxiety", _("Anxiety")
        DEPRESSION = "depression", _("Depression")
        LONELINESS = "loneliness", _("Loneliness")
        ILLNESS = "illness", _("Long-term illness")
        OTHER = "other", _("Other")
        UNKNOWN = "", _("Not given")

    programme = models.ForeignKey(
        Programme,
        on_delete=models.PROTECT,
        related_name="participants",
        verbose_name=_("programme"),
    )
    code = models.CharField(_("code"), max_length=24, unique=True)
    age_band = models.CharField(_("age band"), max_length=6, choices=AgeBand.choices, blank=True)
    gender = models.CharField(_("gender"), max_length=6, choices=Gender.choices, blank=True)
    reason = models.CharField(
        _("reason for referral"), max_length=12, choices=Reason.choices, blank=True
    )
    erased_at = models.DateTimeField(_("erased"), null=True, blank=True)

    class Meta:
        ordering = ["code"]
        verbose_name = _("participant")
        verbose_name_plural = _("participants")

    def __str__(self):
        return self.code


class ParticipantContact(models.Model):
    """Identifying data, apart: only the owner's staff read it, every read is audit-logged,
    and it is deleted after the retention period."""

    participant = models.OneToOneField(
        Participant, on_delete=models.CASCADE, related_name="contact"
    )
    name = models.CharField(_("name"), max_length=150)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    language = models.CharField(
        _("language"), max_length=10, choices=settings.LANGUAGES, default="da"
    )

    class Meta:
        verbose_name = _("participant contact data")
        verbose_name_plural = _("participant contact data")

    def __str__(self):
        return f"Contact of {self.participant}"


class Consent(models.Model):
    class Kind(models.TextChoices):
        PARTICIPATION = "participation", pgettext_lazy("consent", "Taking part")
        EVALUATION = "evaluation", _("Evaluation")
        RESEARCH = "research", _("Research use")

    class How(models.TextChoices):
        PAPER = "paper", _("On paper")
        DIGITAL = "digital", _("Digitally")
        VERBAL = "verbal", _("Verbally, noted by staff")

    participant = models.ForeignKey(Participant, on_delete=models.CASCADE, related_name="consents")
    kind = models.CharField(_("consent to"), max_length=14, choices=Kind.choices)
    text_version = models.CharField(_("consent text version"), max_length=40)
    given_at = models.DateTimeField(_("given"))
    how = models.CharField(_("how given"), max_length=10, choices=How.choices)
    withdrawn_at = models.DateTimeField(_("withdrawn"), null=True, blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )

    class Meta:
        ordering = ["given_at"]
        verbose_name = _("consent")
        verbose_name_plural = _("consents")

    def __str__(self):
        return f"{self.participant} – {self.get_kind_display()}"

    @property
    def active(self) -> bool:
        return self.withdrawn_at is None


class Referral(TimeStamped):
    programme = models.ForeignKey(
        Programme, on_delete=models.CASCADE, related_name="referrals", verbose_name=_("programme")
    )
    cohort = models.ForeignKey(
        Cohort,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="referrals",
        verbose_name=_("wished cohort"),
    )
    participant = models.OneToOneField(
        Participant, on_delete=models.CASCADE, related_name="referral"
    )
    channel = models.CharField(_("referred by"), max_length=12, choices=Channel.choices)
    referrer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="referrals_made",
    )
    referrer_organisation = models.ForeignKey(
        Organisation,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("referring organisation"),
    )
    note = models.TextField(_("note for the programme staff"), max_length=2000, blank=True)
    status = models.CharField(
        _("status"), max_length=12, choices=ReferralStatus.choices, default=ReferralStatus.RECEIVED
    )
    status_changed_at = models.DateTimeField(_("status changed"), auto_now_add=True)
    assigned_to = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="caseload",
        verbose_name=_("case worker"),
    )
    flagged_at = models.DateTimeField(_("flagged as overdue"), null=True, blank=True)

    class Meta:
        ordering = ["created_at"]
        verbose_name = _("referral")
        verbose_name_plural = _("referrals")

    def __str__(self):
        return f"{self.participant.code} → {self.programme}"


class ReferralEvent(models.Model):
    """Every status change of a referral, with its time and who made it."""

    referral = models.ForeignKey(Referral, on_delete=models.CASCADE, related_name="events")
    status = models.CharField(max_length=12, choices=ReferralStatus.choices)
    at = models.DateTimeField(auto_now_add=True)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )

    class Meta:
        ordering = ["at", "pk"]

    def __str__(self):
        return f"{self.referral} {self.status}"


class Enrolment(TimeStamped):
    class Status(models.TextChoices):
        ACTIVE = "active", pgettext_lazy("enrolment", "Taking part")
        COMPLETED = "completed", pgettext_lazy("enrolment", "Completed")
        DROPPED_OUT = "dropped_out", _("Dropped out")

    participant = models.ForeignKey(
        Participant, on_delete=models.CASCADE, related_name="enrolments"
    )
    cohort = models.ForeignKey(Cohort, on_delete=models.PROTECT, related_name="enrolments")
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.ACTIVE
    )

    class Meta:
        ordering = ["participant__code"]
        constraints = [
            models.UniqueConstraint(
                fields=["participant"],
                condition=Q(status="active"),
                name="one_active_enrolment_per_participant",
            )
        ]
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")

    def __str__(self):
        return f"{self.participant} in {self.cohort}"


class Attendance(models.Model):
    enrolment = models.ForeignKey(Enrolment, on_delete=models.CASCADE, related_name="attendance")
    session = models.ForeignKey(Session, on_delete=models.CASCADE, related_name="attendance")
    present = models.BooleanField(_("present"))
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    recorded_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["enrolment", "session"], name="attendance_unique")
        ]

    def __str__(self):
        return f"{self.enrolment} #{self.session.number}: {self.present}"


class BridgeItem(models.Model):
    """Something a participant can do after the course, prepared per cohort."""

    class Kind(models.TextChoices):
        ACTIVITY = "activity", _("Ongoing activity")
        ASSOCIATION = "association", _("Association or club")
        CULTURE_CARD = "culture_card", _("Culture card")
        VOUCHER = "voucher", _("Voucher")
        OTHER = "other", _("Other")

    cohort = models.ForeignKey(Cohort, on_delete=models.CASCADE, related_name="bridge_items")
    kind = models.CharField(_("kind"), max_length=14, choices=Kind.choices)
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), max_length=1000, blank=True)
    where = models.CharField(_("where"), max_length=200, blank=True)
    when = models.CharField(_("when"), max_length=200, blank=True)
    url = models.URLField(_("link"), blank=True)

    class Meta:
        ordering = ["kind", "title"]
        verbose_name = _("after-course offer")
        verbose_name_plural = _("after-course offers")

    def __str__(self):
        return self.title
