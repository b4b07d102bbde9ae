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

    questionnaire = models.ForeignKey(
        Questionnaire, on_delete=models.PROTECT, related_name="responses"
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

    participant = models.ForeignKey(Participant, on_delete=models.CASCADE, related_name="scores")
    programme = models.ForeignKey(Programme, on_delete=models.CASCADE, related_name="scores")
    instrument = models.CharField(max_length=10)
    subscale = models.CharField(max_length=20, blank=True)
    time_point = models.CharField(max_length=16, choices=TimePoint.choices)
    value = models.FloatField(null=True)
    response = models.ForeignKey(Response, on_delete=models.CASCADE, related_name="scores")

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["participant", "instrument", "subscale", "time_point"], name="score_unique"
            )
        ]
        indexes = [models.Index(fields=["programme", "instrument", "time_point"])]

    def __str__(self):
        name = f"{self.instrument} {self.subscale}".strip()
        return f"{self.participant} {name} {self.time_point}: {self.value}"
