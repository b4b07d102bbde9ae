import pytest

from kulturhub.programmes.identity import contains_national_id


def _norwegian(prefix9: str) -> str | None:
    d = [int(c) for c in prefix9]
    k1 = 11 - sum(a * b for a, b in zip([3, 7, 6, 1, 8, 9, 4, 5, 2], d, strict=True)) % 11
    k1 = 0 if k1 == 11 else k1
    d.append(k1)
    k2 = 11 - sum(a * b for a, b in zip([5, 4, 3, 2, 7, 6, 5, 4, 3, 2], d, strict=True)) % 11
    k2 = 0 if k2 == 11 else k2
    return None if k1 == 10 or k2 == 10 else prefix9 + f"{k1}{k2}"


NORWEGIAN = next(n for n in (_norwegian(f"010190{i:03d}") for i in range(100, 999)) if n)


@pytest.mark.parametrize(
    "text",
    [
        "CPR 010190-1234",  # Danish CPR
        "hun har cpr 0101901234 i journalen",
        "personnummer 811228-9874",  # Swedish, Luhn-valid
        "19811228-9874",
        "hetu 131052-308T",  # Finnish, with check character
        f"fnr {NORWEGIAN}",  # Norwegian, two check digits
    ],
)
def test_national_identity_numbers_are_recognised(text):
    assert contains_national_id(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ring på +46 70 123 45 67",
        "Mødet er 2026-11-24 kl. 13.00",
        "Kundenummer 123456",
        "131052-308U",  # Finnish shape, wrong check character
        "12345678901",  # eleven digits without a valid date or check digits
        "991399-1234",  # month 13: no date, so no CPR
        "",
    ],
)
def test_ordinary_numbers_are_not(text):
    assert not contains_national_id(text)
