import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from kulturhub.core.models import TimeStamped
from kulturhub.evaluation.instruments import INSTRUMENT_CODES
from kulturhub.programmes.models import Participant, Programme, TimePoint


def new_nonce() -> str:
    return secrets.token_urlsafe(16)


class Questionnaire(TimeStamped):
    """The instruments a programme asks at one time point (baseline, end, follow-up)."""

    programme = models.ForeignKey(
        Programme,
        on_delete=models.CASCADE,
        related_name="questionnaires",
        verbose_name=_("programme"),
    )
    time_point = models.CharField(_("time point"), max_length=16, choices=TimePoint.choices)
    instruments = models.JSONField(_("instruments"), default=list)
    days_to_answer = models.PositiveSmallIntegerField(_("days to answer"), default=14)
    remind_after_days = models.PositiveSmallIntegerField(
        _("remind after (days)"),
        default=5,
        help_text=_("One reminder to those who have not answered; 0 sends none."),
    )
    # Custom questions beside the instruments: [{"key", "kind", "text", "options"}], kinds
    # likert (1-5), scale10 (0-10), choice (one of options) and text.
    questions = models.JSONField(_("own questions"), default=list, blank=True)

    class Meta:
        ordering = ["programme", "time_point"]
        constraints = [
            models.UniqueConstraint(
                fields=["programme", "time_point"], name="questionnaire_one_per_time_point"
            )
        ]
        verbose_name = _("questionnaire")
        verbose_name_plural = _("questionnaires")

    def __str__(self):
        return f"{self.programme} – {self.get_time_point_display()}"

    def clean(self):
        from django.core.exceptions import ValidationError

        unknown = [c for c in self.instruments if c not in INSTRUMENT_CODES]
        if unknown or not self.instruments:
            raise ValidationError({"instruments": _("Choose one or more known instruments.")})


class Invitation(TimeStamped):
    """A single-use link for one participant to answer one questionnaire."""

    questionnaire = models.ForeignKey(
        Questionnaire, on_delete=models.CASCADE, related_name="invitations"
    )
    participant = models.ForeignKey(
        Participant, on_delete=models.CASCADE, related_name="invitations"
    )
    nonce = models.CharField(max_length=32, default=new_nonce, editable=False)
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    expires_at = models.DateTimeField(_("expires"))
    used_at = models.DateTimeField(_("answered"), null=True, blank=True)
    reminded_at = models.DateTimeField(_("reminded"), null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["questionnaire", "participant"], name="invitation_one_per_participant"
            )
        ]
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")

    def __str__(self):
        return f"{self.participant} – {self.questionnaire}"


class Response(TimeStamped):
    """The answers as given, with the instrument versions and language they were given in."""

    class Source(models.TextChoices):
        ONLINE = "online", _("Online")
        PAPER = "paper", _("Paper, entered by staff")
        IMPORT = "import", _("Imported")

    # No index of its own: the unique (questionnaire, participant) index serves it.
    questionnaire = models.ForeignKey(
        Questionnaire, on_delete=models.PROTECT, related_name="responses", db_index=False
    )
    participant = models.ForeignKey(Participant, on_delete=models.CASCADE, related_name="responses")
    time_point = models.CharField(max_length=16, choices=TimePoint.choices)
    language = models.CharField(max_length=10, choices=settings.LANGUAGES)
    instrument_versions = models.JSONField(default=dict)
    answers = models.JSONField(default=dict)
    source = models.CharField(max_length=8, choices=Source.choices)
    entered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["questionnaire", "participant"], name="response_one_per_participant"
            )
        ]
        verbose_name = _("response")
        verbose_name_plural = _("responses")

    def __str__(self):
        return f"{self.participant} – {self.get_time_point_display()}"


class Score(models.Model):
    """One row per participant, instrument (and ONS4 subscale) and time point: the table every
    analysis reads."""

    # Neither needs an index of its own: the unique key starts with the participant, the
    # covering index with the programme (one index less to write per row on import).
    participant = models.ForeignKey(
        Participant, on_delete=models.CASCADE, related_name="scores", db_index=False
    )
    programme = models.ForeignKey(
        Programme, on_delete=models.CASCADE, related_name="scores", db_index=False
    )
    instrument = models.CharField(max_length=10)
    subscale = models.CharField(max_length=20, blank=True)
    time_point = models.CharField(max_length=16, choices=TimePoint.choices)
    value = models.FloatField(null=True)
    answered_on = models.DateField(null=True)  # for the period filter of dashboards
    response = models.ForeignKey(Response, on_delete=models.CASCADE, related_name="scores")

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["participant", "instrument", "subscale", "time_point"], name="score_unique"
            )
        ]
        indexes = [
            # Dashboards read a programme's scores per instrument and time point; on
            # PostgreSQL the included columns make that an index-only scan.
            models.Index(
                fields=["programme", "instrument", "subscale", "time_point"],
                include=["participant", "value", "answered_on"],
                name="score_programme_covering",
            )
        ]

    def __str__(self):
        name = f"{self.instrument} {self.subscale}".strip()
        return f"{self.participant} {name} {self.time_point}: {self.value}"


class LicenceAcknowledgement(models.Model):
    """A network's record that it holds the licence an instrument requires (e.g. (S)WEMWBS)."""

    network = models.ForeignKey(
        "network.Network", on_delete=models.CASCADE, related_name="instrument_licences"
    )
    instrument = models.CharField(_("instrument"), max_length=10)
    terms = models.TextField(_("licence terms as acknowledged"))
    reference = models.CharField(
        _("licence reference"),
        max_length=200,
        blank=True,
        help_text=_("E.g. the registration number or date of the licence."),
    )
    acknowledged_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    acknowledged_at = models.DateTimeField(_("acknowledged"), auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["network", "instrument"], name="licence_one_per_network_instrument"
            )
        ]
        verbose_name = _("licence acknowledgement")
        verbose_name_plural = _("licence acknowledgements")

    def __str__(self):
        return f"{self.network} – {self.instrument}"


class InstrumentText(TimeStamped):
    """A network's licensed official wording of an instrument in one language."""

    network = models.ForeignKey(
        "network.Network", on_delete=models.CASCADE, related_name="instrument_texts"
    )
    instrument = models.CharField(_("instrument"), max_length=10)
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    items = models.JSONField(default=dict)  # item id -> text
    options = models.JSONField(default=dict)  # response value (as text) -> label
    source = models.CharField(_("source"), max_length=200, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["network", "instrument", "language"], name="instrument_text_unique"
            )
        ]
        verbose_name = _("instrument wording")
        verbose_name_plural = _("instrument wordings")

    def __str__(self):
        return f"{self.network} – {self.instrument} ({self.language})"


class FeedbackForm(TimeStamped):
    """A short feedback form for an activity, with custom questions; anonymous by default."""

    activity = models.OneToOneField(
        "activities.Activity", on_delete=models.CASCADE, related_name="feedback_form"
    )
    questions = models.JSONField(_("questions"), default=list)
    anonymous = models.BooleanField(
        _("anonymous"),
        default=True,
        help_text=_("No answer can be linked to a person: one shared link, no names, no times."),
    )
    nonce = models.CharField(max_length=32, default=new_nonce, editable=False)
    closes_at = models.DateTimeField(_("closes"), null=True, blank=True)

    class Meta:
        verbose_name = _("feedback form")
        verbose_name_plural = _("feedback forms")

    def __str__(self):
        return str(self.activity)


class FeedbackAnswer(models.Model):
    """Answers to a feedback form. In anonymous mode there is no registration and only the
    week of the answer is kept, so answers cannot be matched to sign-ins or mail logs."""

    form = models.ForeignKey(FeedbackForm, on_delete=models.CASCADE, related_name="answers")
    registration = models.ForeignKey(
        "activities.Registration",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    language = models.CharField(max_length=10, choices=settings.LANGUAGES)
    answers = models.JSONField(default=dict)
    week = models.DateField()  # Monday of the week answered

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["form", "registration"],
                condition=models.Q(registration__isnull=False),
                name="feedback_one_per_registration",
            )
        ]

    def __str__(self):
        return f"{self.form} – {self.week}"


class ImportJob(TimeStamped):
    """A CSV of legacy or paper answers: validated in full, then saved all or nothing."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("Queued")
        CHECKING = "checking", _("Checking")
        SAVING = "saving", _("Saving")
        DONE = "done", _("Imported")
        REJECTED = "rejected", _("Rejected: see the report")
        FAILED = "failed", _("Failed")

    programme = models.ForeignKey(Programme, on_delete=models.CASCADE, related_name="imports")
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    file_name = models.CharField(_("file"), max_length=200)
    content = models.TextField(blank=True)  # emptied once the job has finished
    status = models.CharField(_("status"), max_length=10, choices=Status.choices)
    total_rows = models.PositiveIntegerField(default=0)
    processed_rows = models.PositiveIntegerField(default=0)
    created_rows = models.PositiveIntegerField(default=0)
    unchanged_rows = models.PositiveIntegerField(default=0)
    report = models.JSONField(default=list)  # [{"row": 3, "column": "who5_2", "reason": "..."}]
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("import")
        verbose_name_plural = _("imports")

    def __str__(self):
        return self.file_name

    @property
    def percent(self) -> int:
        if not self.total_rows:
            return 0 if self.status in ("queued", "checking") else 100
        return min(100, round(100 * self.processed_rows / self.total_rows))


class ScoreSummary(models.Model):
    """Sums of paired scores per programme and key, for the dashboards (see `summaries`).

    Derived data: rebuilt from the score table, never edited by hand."""

    programme = models.ForeignKey(Programme, on_delete=models.CASCADE, related_name="+")
    instrument = models.CharField(max_length=10)
    subscale = models.CharField(max_length=20, blank=True)
    # "" for the baseline rows, else the later time point the pairs end at.
    after = models.CharField(max_length=16, blank=True)
    age_band = models.CharField(max_length=6, blank=True)
    gender = models.CharField(max_length=6, blank=True)
    month = models.DateField(null=True)  # first day of the month the baseline was answered
    n_baseline = models.IntegerField(default=0)
    sum_baseline = models.FloatField(default=0)
    sumsq_baseline = models.FloatField(default=0)
    n = models.IntegerField(default=0)
    sum_pre = models.FloatField(default=0)
    sumsq_pre = models.FloatField(default=0)
    sum_post = models.FloatField(default=0)
    sum_change = models.FloatField(default=0)
    sum_change_sq = models.FloatField(default=0)
    improved = models.IntegerField(default=0)
    deteriorated = models.IntegerField(default=0)
    band_pre = models.IntegerField(default=0)
    band_post = models.IntegerField(default=0)

    class Meta:
        indexes = [models.Index(fields=["programme", "after"], name="summary_programme_after")]

    def __str__(self):
        return f"{self.programme_id} {self.instrument} {self.subscale} {self.after}".strip()


class SummaryState(models.Model):
    """One row: the fingerprint of the instrument constants the summaries were built with."""

    fingerprint = models.CharField(max_length=64, blank=True)

    def __str__(self):
        return self.fingerprint
