"""Referral statuses and their allowed transitions, declared once."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ReferralStatus(models.TextChoices):
    RECEIVED = "received", _("Received")
    CONTACTED = "contacted", _("Contacted")
    INTAKE_DONE = "intake_done", _("Intake done")
    ENROLLED = "enrolled", _("Enrolled")
    DECLINED = "declined", _("Declined")
    NO_RESPONSE = "no_response", _("No response")


S = ReferralStatus
# From each status, where staff may move a referral. Enrolling goes through the enrol service.
TRANSITIONS: dict[str, frozenset] = {
    S.RECEIVED: frozenset({S.CONTACTED, S.DECLINED, S.NO_RESPONSE}),
    S.CONTACTED: frozenset({S.INTAKE_DONE, S.DECLINED, S.NO_RESPONSE}),
    S.INTAKE_DONE: frozenset({S.ENROLLED, S.DECLINED}),
    S.NO_RESPONSE: frozenset({S.CONTACTED, S.DECLINED}),
    S.ENROLLED: frozenset(),
    S.DECLINED: frozenset(),
}
# A referral counts as answered once someone has been in touch.
OPEN = frozenset({S.RECEIVED})
CLOSED = frozenset({S.ENROLLED, S.DECLINED})


def allowed(current: str, target: str) -> bool:
    return target in TRANSITIONS.get(current, frozenset())
