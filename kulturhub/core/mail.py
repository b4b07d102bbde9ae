"""E-mail rendered in the recipient's language."""

import logging

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import translation

logger = logging.getLogger(__name__)


def send(
    to: list[str],
    language: str,
    template: str,
    context: dict,
    attachments: list[tuple[str, bytes, str]] | None = None,
) -> bool:
    """Render `<template>_subject.txt` and `<template>_body.txt` in `language` and send.

    A failing mail server is logged and reported as False, never raised: the change that
    triggered the mail has already been made and must stand.
    """
    if language not in dict(settings.LANGUAGES):
        language = settings.LANGUAGE_CODE
    with translation.override(language):
        subject = " ".join(render_to_string(f"{template}_subject.txt", context).split())
        body = render_to_string(f"{template}_body.txt", context)
    message = EmailMessage(subject=subject, body=body, to=to, attachments=attachments or [])
    try:
        message.send()
    except Exception:
        logger.exception("Could not send %s to %s", template, to)
        return False
    return True
