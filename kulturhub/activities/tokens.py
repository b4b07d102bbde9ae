"""Single-purpose, single-use links for registrants who may have no account.

Built on `core.tokens`: a cancel link cannot accept an offer, and replacing the nonce on the
registration makes every earlier link useless.
"""

from kulturhub.activities.models import Registration
from kulturhub.core import tokens

CANCEL = "cancel"
ACCEPT = "accept"
_NONCE_FIELD = {CANCEL: "cancel_nonce", ACCEPT: "offer_nonce"}


def make(registration: Registration, purpose: str) -> str:
    nonce = getattr(registration, _NONCE_FIELD[purpose])
    return tokens.make(f"activities.{purpose}", registration.pk, nonce)


def read(token: str, purpose: str) -> Registration | None:
    """The registration this token is for, or None if it is forged, foreign or used up."""
    found = tokens.read(f"activities.{purpose}", token)
    if found is None:
        return None
    pk, nonce = found
    registration = (
        Registration.objects.select_related("activity", "activity__network").filter(pk=pk).first()
    )
    if registration is None or not tokens.matches(
        getattr(registration, _NONCE_FIELD[purpose]), nonce
    ):
        return None
    return registration
