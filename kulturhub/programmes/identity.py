"""Recognise Nordic national identity numbers, which Kulturhub must never store.

Danish CPR (DDMMYY-SSSS), Swedish personnummer and samordningsnummer (YYMMDD-SSSS or
YYYYMMDD-SSSS, Luhn check), Finnish henkilötunnus (DDMMYY[+-A-F]NNNC with check character) and
Norwegian fødselsnummer (11 digits with two mod-11 check digits). A date must be valid for a
match, so ordinary numbers rarely trigger it.
"""

import re
from datetime import date

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

_DIGITS = re.compile(r"(?<![\dA-Za-z])(\d{6}|\d{8})[-+ ]?(\d{4})(?!\d)")
_FINNISH = re.compile(
    r"(?<![\dA-Za-z])(\d{6})([-+A-FU-Y])(\d{3})([0-9A-Y])(?![\dA-Za-z])", re.IGNORECASE
)
_NORWEGIAN = re.compile(r"(?<!\d)(\d{11})(?!\d)")
_FI_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"


def _valid_date(day: int, month: int, year: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def _luhn(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(digits):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return total % 10 == 0


def _danish(six: str) -> bool:
    day, month, year = int(six[:2]), int(six[2:4]), int(six[4:])
    return _valid_date(day, month, 1900 + year) or _valid_date(day, month, 2000 + year)


def _swedish(datepart: str, serial: str) -> bool:
    six = datepart[-6:]
    year, month, day = int(six[:2]), int(six[2:4]), int(six[4:])
    if day > 60:  # samordningsnummer add 60 to the day
        day -= 60
    dated = _valid_date(day, month, 1900 + year) or _valid_date(day, month, 2000 + year)
    return dated and _luhn(six + serial)


def _norwegian(eleven: str) -> bool:
    d = [int(c) for c in eleven]
    day = d[0] * 10 + d[1]
    if day > 40:  # D-numbers
        day -= 40
    month = d[2] * 10 + d[3]
    year = d[4] * 10 + d[5]
    if not (_valid_date(day, month, 1900 + year) or _valid_date(day, month, 2000 + year)):
        return False
    k1 = 11 - sum(a * b for a, b in zip([3, 7, 6, 1, 8, 9, 4, 5, 2], d[:9], strict=True)) % 11
    k1 = 0 if k1 == 11 else k1
    k2 = 11 - sum(a * b for a, b in zip([5, 4, 3, 2, 7, 6, 5, 4, 3, 2], d[:10], strict=True)) % 11
    k2 = 0 if k2 == 11 else k2
    return k1 == d[9] and k2 == d[10]


def _finnish(six: str, serial: str, check: str) -> bool:
    day, month, year = int(six[:2]), int(six[2:4]), int(six[4:])
    if not (_valid_date(day, month, 1900 + year) or _valid_date(day, month, 2000 + year)):
        return False
    return _FI_CHECK[int(six + serial) % 31] == check.upper()


def contains_national_id(text: str) -> bool:
    if not text:
        return False
    for match in _FINNISH.finditer(text):
        if _finnish(match.group(1), match.group(3), match.group(4)):
            return True
    for match in _NORWEGIAN.finditer(text):
        if _norwegian(match.group(1)):
            return True
    for match in _DIGITS.finditer(text):
        datepart, serial = match.group(1), match.group(2)
        if len(datepart) == 8 or _swedish(datepart, serial):
            if _swedish(datepart, serial):
                return True
        elif _danish(datepart):
            return True
    return False


def reject_national_id(value: str) -> None:
    """Form validator: refuse text that looks like a national identity number."""
    if contains_national_id(value):
        raise ValidationError(
            _(
                "This looks like a national identity number (CPR, personnummer, henkilötunnus or "
                "fødselsnummer). Kulturhub must not store those: please remove it."
            ),
            code="national_id",
        )
