"""Instrument licences and licensed wording, per network.

Some instruments ((S)WEMWBS) may only be used by a network that holds their licence. A
coordinator records that the network holds it (`acknowledge`); until then the instrument cannot
be put in a questionnaire, nor invited to or answered. The official wording of an instrument is
licensed too: a network loads it per language (`load_text`), and the answer forms show it in
place of the demo wording shipped in the instrument files.
"""

from collections.abc import Iterable, Mapping

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from kulturhub.core import audit
from kulturhub.core.errors import DomainError
from kulturhub.evaluation.instruments import INSTRUMENT_CODES, load_instrument
from kulturhub.evaluation.models import InstrumentText, LicenceAcknowledgement

KINDS = ("item", "option")


def _definition(code: str) -> dict:
    if code not in INSTRUMENT_CODES:
        raise DomainError(
            _("Unknown instrument %(code)s. Known instruments: %(known)s.")
            % {"code": code, "known": ", ".join(INSTRUMENT_CODES)},
            field="instrument",
        )
    return load_instrument(code)


def needs_acknowledgement(code: str) -> bool:
    return bool(load_instrument(code)["licence"].get("acknowledgement_required"))


def missing(network, codes: Iterable[str]) -> list[str]:
    """The codes (in the order given) that need a licence acknowledgement the network lacks."""
    needed = [c for c in codes if c in INSTRUMENT_CODES and needs_acknowledgement(c)]
    if not needed:
        return []
    held = set(
        LicenceAcknowledgement.objects.filter(network=network, instrument__in=needed).values_list(
            "instrument", flat=True
        )
    )
    return [c for c in needed if c not in held]


def require(network, codes: Iterable[str], field: str | None = None) -> None:
    """Raise a DomainError naming every instrument the network may not use yet."""
    lacking = missing(network, codes)
    if lacking:
        raise DomainError(
            _(
                "%(network)s has not recorded a licence for %(instruments)s. A coordinator of "
                "the network can record it on the network's licence page."
            )
            % {
                "network": network,
                "instruments": ", ".join(load_instrument(c)["name"] for c in lacking),
            },
            field=field,
        )


@transaction.atomic
def acknowledge(network, code: str, *, reference: str, by) -> LicenceAcknowledgement:
    """Record that the network holds the instrument's licence, with the terms as they read now."""
    definition = _definition(code)
    terms = definition["licence"]["terms"]
    try:
        with transaction.atomic():
            acknowledgement = LicenceAcknowledgement.objects.create(
                network=network,
                instrument=code,
                terms=terms,
                reference=reference.strip(),
                acknowledged_by=by,
            )
    except IntegrityError:
        raise DomainError(
            _("The licence for %(instrument)s is already recorded for this network.")
            % {"instrument": definition["name"]}
        ) from None
    audit.log(
        by,
        "evaluation.licence.acknowledged",
        network,
        instrument=code,
        reference=acknowledgement.reference,
        terms=terms,
    )
    return acknowledgement


@transaction.atomic
def withdraw(network, code: str, by) -> None:
    """Remove the network's acknowledgement: the instrument is blocked again from now on."""
    definition = _definition(code)
    acknowledgement = (
        LicenceAcknowledgement.objects.select_for_update()
        .filter(network=network, instrument=code)
        .first()
    )
    if acknowledgement is None:
        raise DomainError(
            _("No licence for %(instrument)s is recorded for this network.")
            % {"instrument": definition["name"]}
        )
    acknowledgement.delete()
    audit.log(
        by,
        "evaluation.licence.withdrawn",
        network,
        instrument=code,
        reference=acknowledgement.reference,
        acknowledged_at=acknowledgement.acknowledged_at.isoformat(),
    )


def overview(network) -> list[dict]:
    """Every instrument with its licence, the network's acknowledgement and loaded wordings."""
    acknowledgements = {
        a.instrument: a
        for a in LicenceAcknowledgement.objects.filter(network=network).select_related(
            "acknowledged_by"
        )
    }
    wordings: dict[str, list[str]] = {}
    for code, language in (
        InstrumentText.objects.filter(network=network)
        .order_by("instrument", "language")
        .values_list("instrument", "language")
    ):
        wordings.setdefault(code, []).append(language)
    language_names = dict(settings.LANGUAGES)
    rows = []
    for code in INSTRUMENT_CODES:
        definition = load_instrument(code)
        rows.append(
            {
                "code": code,
                "name": definition["name"],
                "licence": definition["licence"],
                "required": bool(definition["licence"].get("acknowledgement_required")),
                "acknowledgement": acknowledgements.get(code),
                "wordings": [language_names.get(lang, lang) for lang in wordings.get(code, [])],
            }
        )
    return rows


# --------------------------------------------------------------------------- wording


def wording_for(network, codes: Iterable[str], language: str) -> dict[str, InstrumentText]:
    """The network's official wording in this language, for those instruments that have one."""
    return {
        text.instrument: text
        for text in InstrumentText.objects.filter(
            network=network, instrument__in=list(codes), language=language
        )
    }


def expected_keys(definition: dict) -> tuple[list[str], list[str]]:
    """Item ids, and the option keys a wording must label: the instrument's response values,
    and ``<item id>:<value>`` for an item that has response options of its own."""
    items = [item["id"] for item in definition["items"]]
    options = [str(o["value"]) for o in definition["response_options"]]
    for item in definition["items"]:
        for option in item.get("response_options") or []:
            options.append(f"{item['id']}:{option['value']}")
    return items, options


def load_text(
    network,
    code: str,
    language: str,
    rows: Iterable[Mapping[str, str]],
    by=None,
    source: str = "",
) -> InstrumentText:
    """Load (or replace) a network's official wording of an instrument in one language.

    ``rows`` are mappings with ``kind`` (``item`` or ``option``), ``key`` (item id, or response
    value) and ``text``. Everything is checked before anything is saved: every item and every
    response option exactly once, no unknown kinds or keys, no empty texts. A DomainError lists
    every problem found.
    """
    definition = _definition(code)
    if language not in dict(settings.LANGUAGES):
        raise DomainError(
            _("Unknown language %(language)s. Known languages: %(known)s.")
            % {"language": language, "known": ", ".join(c for c, _n in settings.LANGUAGES)},
            field="language",
        )
    require(network, [code])
    item_ids, option_keys = expected_keys(definition)
    found: dict[str, dict[str, str]] = {"item": {}, "option": {}}
    problems: list[str] = []
    for row in rows:
        kind = (row.get("kind") or "").strip()
        key = (row.get("key") or "").strip()
        text = (row.get("text") or "").strip()
        if kind not in KINDS:
            problems.append(
                _('unknown kind "%(kind)s" for key "%(key)s" (use item or option)')
                % {"kind": kind, "key": key}
            )
            continue
        known = item_ids if kind == "item" else option_keys
        if key not in known:
            problems.append(_('unknown %(kind)s key "%(key)s"') % {"kind": kind, "key": key})
        elif key in found[kind]:
            problems.append(_("%(kind)s %(key)s appears twice") % {"kind": kind, "key": key})
        elif not text:
            problems.append(_("%(kind)s %(key)s has an empty text") % {"kind": kind, "key": key})
        else:
            found[kind][key] = text
    for kind, known in (("item", item_ids), ("option", option_keys)):
        absent = [k for k in known if k not in found[kind]]
        if absent:
            problems.append(
                _("missing %(kind)s: %(keys)s") % {"kind": kind, "keys": ", ".join(absent)}
            )
    if problems:
        raise DomainError(
            _("The wording of %(instrument)s was not loaded: %(problems)s.")
            % {"instrument": code, "problems": "; ".join(problems)}
        )
    text, created = InstrumentText.objects.update_or_create(
        network=network,
        instrument=code,
        language=language,
        defaults={"items": found["item"], "options": found["option"], "source": source[:200]},
    )
    audit.log(
        by,
        "evaluation.wording.loaded",
        text,
        instrument=code,
        language=language,
        source=text.source,
        replaced=not created,
    )
    return text
