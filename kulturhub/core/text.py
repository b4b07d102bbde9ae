from django.utils.text import slugify


def unique_slug(model, text: str, max_length: int = 80, field: str = "slug") -> str:
    """A slug for `text` that no row of `model` has yet (adds -2, -3, … when taken)."""
    base = slugify(text.replace("ø", "o").replace("æ", "ae").replace("Ø", "O"))[:max_length]
    base = base.strip("-") or "item"
    candidate, n = base, 1
    while model.objects.filter(**{field: candidate}).exists():
        n += 1
        suffix = f"-{n}"
        candidate = base[: max_length - len(suffix)] + suffix
    return candidate


def csv_safe(value: str) -> str:
    """A cell value spreadsheets will not run as a formula (CSV injection)."""
    return "'" + value if value[:1] in {"=", "+", "-", "@", "\t", "\r"} else value
