"""Own questions beside the validated instruments: defined as data, shown as form fields,
answers checked here.

A question is a dict::

    {"key": "q1", "kind": "likert" | "scale10" | "choice" | "text", "text": "...",
     "options": ["...", ...],  # choice only
     "required": False}

likert is 1-5 (Strongly disagree ... Strongly agree), scale10 is 0-10, choice is one of the
options (stored as the option's text), text is free text of at most 2,000 characters.
Own questions are never scored: they are shown and counted as given.
"""

import re

from django import forms
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from kulturhub.core.errors import DomainError

KINDS = ("likert", "scale10", "choice", "text")
KIND_LABELS = {
    "likert": gettext_lazy("Agree or disagree (1–5)"),
    "scale10": gettext_lazy("Scale from 0 to 10"),
    "choice": gettext_lazy("One of several options"),
    "text": gettext_lazy("Free text"),
}
MAX_QUESTIONS = 20
MAX_OPTIONS = 20
MAX_QUESTION_LENGTH = 500
MAX_OPTION_LENGTH = 200
MAX_TEXT_ANSWER = 2000
_KEY = re.compile(r"^[a-z0-9_-]{1,40}$")

LIKERT_LABELS = {
    1: gettext_lazy("Strongly disagree"),
    2: gettext_lazy("Disagree"),
    3: gettext_lazy("Neither agree nor disagree"),
    4: gettext_lazy("Agree"),
    5: gettext_lazy("Strongly agree"),
}
SCALE10_ENDS = {0: gettext_lazy("not at all"), 10: gettext_lazy("completely")}


def _problem(number: int, message: str) -> DomainError:
    return DomainError(
        _("Question %(number)s: %(problem)s") % {"number": number, "problem": message}
    )


def validate_questions(questions) -> list[dict]:
    """The definitions in a clean form (text trimmed, unused keys dropped), or DomainError
    naming the first problem."""
    if not isinstance(questions, list):
        raise DomainError(_("The questions must be a list."))
    if len(questions) > MAX_QUESTIONS:
        raise DomainError(_("At most %(max)s own questions can be asked.") % {"max": MAX_QUESTIONS})
    cleaned, keys = [], set()
    for number, question in enumerate(questions, start=1):
        if not isinstance(question, dict):
            raise _problem(number, _("it is not a question."))
        key = question.get("key")
        if not isinstance(key, str) or not key.strip():
            raise _problem(number, _("it has no key."))
        if not _KEY.match(key):
            raise _problem(
                number,
                _("the key may only have lower-case letters, digits, - and _ (at most 40)."),
            )
        if key in keys:
            raise _problem(number, _("the key %(key)s is used twice.") % {"key": key})
        keys.add(key)
        kind = question.get("kind")
        if kind not in KINDS:
            raise _problem(number, _("unknown kind of question: %(kind)s.") % {"kind": kind})
        text = question.get("text")
        text = text.strip() if isinstance(text, str) else ""
        if not text:
            raise _problem(number, _("the question has no text."))
        if len(text) > MAX_QUESTION_LENGTH:
            raise _problem(
                number,
                _("the text is longer than %(max)s characters.") % {"max": MAX_QUESTION_LENGTH},
            )
        if "\x00" in text:
            raise _problem(number, _("the text contains a character that cannot be stored."))
        item = {"key": key, "kind": kind, "text": text, "required": bool(question.get("required"))}
        if kind == "choice":
            item["options"] = _clean_options(number, question.get("options"))
        cleaned.append(item)
    return cleaned


def _clean_options(number: int, options) -> list[str]:
    if not isinstance(options, list) or not all(isinstance(o, str) for o in options):
        raise _problem(number, _("a choice needs at least two options."))
    cleaned = [o.strip() for o in options if o.strip()]
    if len(cleaned) < 2:
        raise _problem(number, _("a choice needs at least two options."))
    if len(cleaned) > MAX_OPTIONS:
        raise _problem(
            number, _("a choice can have at most %(max)s options.") % {"max": MAX_OPTIONS}
        )
    if len(set(cleaned)) != len(cleaned):
        raise _problem(number, _("two options have the same text."))
    if any(len(o) > MAX_OPTION_LENGTH or "\x00" in o for o in cleaned):
        raise _problem(
            number,
            _("an option is longer than %(max)s characters.") % {"max": MAX_OPTION_LENGTH},
        )
    return cleaned


def next_key(questions: list[dict]) -> str:
    """A key not yet used: q1, q2, ... (keys never change, so answers stay matched)."""
    used = {q.get("key") for q in questions}
    number = len(questions) + 1
    while f"q{number}" in used:
        number += 1
    return f"q{number}"


def choices(question: dict) -> list[tuple]:
    """(value, label) for the answer options of a likert, scale10 or choice question."""
    kind = question["kind"]
    if kind == "likert":
        return [(value, f"{value} – {label}") for value, label in LIKERT_LABELS.items()]
    if kind == "scale10":
        return [
            (value, f"{value} – {SCALE10_ENDS[value]}" if value in SCALE10_ENDS else str(value))
            for value in range(11)
        ]
    if kind == "choice":
        return [(option, option) for option in question["options"]]
    return []


def field_name(prefix: str, key: str) -> str:
    return f"{prefix}__{key}"


def add_fields(form: forms.Form, questions: list[dict], prefix: str) -> list[str]:
    """Add one field per question to `form`: a radio group (legend = question) for likert,
    scale10 and choice, a labelled textarea for text. Returns the field names, in order."""
    names = []
    for question in questions:
        name = field_name(prefix, question["key"])
        required = bool(question.get("required"))
        if question["kind"] == "text":
            field = forms.CharField(
                label=question["text"],
                required=required,
                max_length=MAX_TEXT_ANSWER,
                strip=True,
                widget=forms.Textarea(attrs={"rows": 4, "maxlength": MAX_TEXT_ANSWER}),
                help_text=_("At most %(max)s characters.") % {"max": MAX_TEXT_ANSWER},
            )
        elif question["kind"] == "choice":
            field = forms.ChoiceField(
                label=question["text"],
                choices=choices(question),
                required=required,
                widget=forms.RadioSelect,
            )
        else:
            field = forms.TypedChoiceField(
                label=question["text"],
                choices=choices(question),
                coerce=int,
                empty_value=None,
                required=required,
                widget=forms.RadioSelect,
            )
        form.fields[name] = field
        names.append(name)
    return names


def form_answers(form: forms.Form, questions: list[dict], prefix: str) -> dict:
    """The raw answers of a validated form, keyed by question key (for clean_answers)."""
    return {q["key"]: form.cleaned_data.get(field_name(prefix, q["key"])) for q in questions}


def _blank(value) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _as_int(value):
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and re.fullmatch(r"\s*-?\d{1,3}\s*", value):
        return int(value)
    return None


def clean_answers(questions: list[dict], data, *, enforce_required: bool = True) -> dict:
    """The answers to keep: {key: int | str | None} for every question. Keys that are not
    questions are ignored. DomainError names the first invalid answer; nothing is kept then.

    `enforce_required=False` is for answers typed in from paper, where a participant may have
    left a required question blank."""
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise DomainError(_("The answers are not in a form that can be read."))
    result = {}
    for question in questions:
        value = data.get(question["key"])
        if _blank(value):
            if question.get("required") and enforce_required:
                raise DomainError(_("Please answer: %(question)s") % {"question": question["text"]})
            result[question["key"]] = None
            continue
        result[question["key"]] = _clean_one(question, value)
    return result


def _clean_one(question: dict, value):
    kind = question["kind"]
    invalid = DomainError(
        _("The answer to “%(question)s” is not one of the options.")
        % {"question": question["text"]}
    )
    if kind in ("likert", "scale10"):
        number = _as_int(value)
        low, high = (1, 5) if kind == "likert" else (0, 10)
        if number is None or not low <= number <= high:
            raise invalid
        return number
    if kind == "choice":
        if not isinstance(value, str) or value not in question["options"]:
            raise invalid
        return value
    if not isinstance(value, str):
        raise DomainError(
            _("The answer to “%(question)s” must be text.") % {"question": question["text"]}
        )
    value = value.strip()
    if len(value) > MAX_TEXT_ANSWER:
        raise DomainError(
            _("The answer to “%(question)s” is longer than %(max)s characters.")
            % {"question": question["text"], "max": MAX_TEXT_ANSWER}
        )
    if "\x00" in value:
        raise DomainError(
            _("The answer to “%(question)s” contains a character that cannot be stored.")
            % {"question": question["text"]}
        )
    return value


# ------------------------------------------------------------------ editing a list of questions


def parse_options(text: str) -> list[str]:
    """Options typed one per line."""
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


def add_question(questions: list[dict], *, kind: str, text: str, options=(), required=False):
    """A new list with one more question (validated as a whole)."""
    new = {"key": next_key(questions), "kind": kind, "text": text, "required": required}
    if kind == "choice":
        new["options"] = list(options)
    return validate_questions([*questions, new])


def change_question(questions: list[dict], key: str, **fields) -> list[dict]:
    """A new list where the question `key` has the given kind, text, options and required."""
    if key not in {q["key"] for q in questions}:
        raise DomainError(_("This question no longer exists."))
    changed = []
    for question in questions:
        if question["key"] == key:
            question = {"key": key, **fields}
            if question.get("kind") != "choice":
                question.pop("options", None)
            else:
                question["options"] = list(question.get("options") or [])
        changed.append(question)
    return validate_questions(changed)


def remove_question(questions: list[dict], key: str) -> list[dict]:
    if key not in {q["key"] for q in questions}:
        raise DomainError(_("This question no longer exists."))
    return validate_questions([q for q in questions if q["key"] != key])


def move_question(questions: list[dict], key: str, step: int) -> list[dict]:
    """A new list with the question `key` moved up (-1) or down (+1)."""
    keys = [q["key"] for q in questions]
    if key not in keys:
        raise DomainError(_("This question no longer exists."))
    index = keys.index(key)
    target = min(max(index + step, 0), len(questions) - 1)
    moved = list(questions)
    moved.insert(target, moved.pop(index))
    return validate_questions(moved)
