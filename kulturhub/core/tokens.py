"""Signed, single-purpose links for people without an account.

A token carries an object id and a nonce, signed with the site's secret and salted by its
purpose. It is valid while the object still holds that nonce, so replacing the nonce makes every
earlier link useless (single use) without storing the tokens themselves.
"""

from django.core import signing
from django.utils.crypto import constant_time_compare


def make(purpose: str, pk: int, nonce: str) -> str:
    return signing.dumps({"r": pk, "n": nonce}, salt=f"kulturhub.{purpose}")


def read(purpose: str, token: str) -> tuple[int, str] | None:
    """(id, nonce) from a genuine token of this purpose, or None."""
    try:
        data = signing.loads(token, salt=f"kulturhub.{purpose}")
    except signing.BadSignature:
        return None
    if not isinstance(data, dict) or not isinstance(data.get("r"), int):
        return None
    return data["r"], str(data.get("n", ""))


def matches(expected_nonce: str, given_nonce: str) -> bool:
    return bool(expected_nonce) and constant_time_compare(expected_nonce, given_nonce)
