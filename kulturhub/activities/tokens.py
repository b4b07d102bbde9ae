"""Single-purpose, single-use links for registrants who may have no account.

A token is signed with the site's secret (so it cannot be guessed or forged), salted by its
purpose (a cancel link cannot accept an offer) and bound to a nonce stored on the registration
(replacing the nonce makes every earlier link useless).
"""

from django.core import signing
from django.utils.crypto import constant_time_compare

from kulturhub.activities.models import Registration

CANCEL = "cancel"
ACCEPT = "accept"
_NONCE_FIELD = {CANCEL: "cancel_nonce", ACCEPT: "offer_nonce"}


def make(registration: Registration, purpose: str) -> str:
    nonce = getattr(registration, _NONCE_FIELD[purpose])
    return signing.dumps({"r": registration.pk, "n": nonce}, salt=f"kulturhub.activities.{purpose}")


def read(token: str, purpose: str) -> Registration | None:
    """The registration this token is for, or None if it is forged, foreign or used up."""
    try:
        data = signing.loads(token, salt=f"kulturhub.activities.{purpose}")
    except signing.BadSignature:
        return None
    if not isinstance(data, dict):
        return None
    registration = (
        Registration.objects.select_related("activity", "activity__network")
        .filter(pk=data.get("r"))
        .first()
    )
    if registration is None:
        return None
    nonce = getattr(registration, _NONCE_FIELD[purpose])
    if not nonce or not constant_time_compare(nonce, str(data.get("n", ""))):
        return None
    return registration
