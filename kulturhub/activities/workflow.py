"""Registration states and the transitions between them, declared once.

Every change of a registration's state goes through `transition()`, which refuses anything
not declared here. Services decide *when* a transition happens; this module decides *whether*
it may.
"""

from dataclasses import dataclass

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class State(models.TextChoices):
    CONFIRMED = "confirmed", _("Confirmed")
    WAITLISTED = "waitlisted", _("On the waiting list")
    OFFERED = "offered", _("Offered a seat")
    CANCELLED = "cancelled", pgettext_lazy("registration", "Cancelled")
    EXPIRED = "expired", _("Offer expired")
    ATTENDED = "attended", _("Attended")
    NO_SHOW = "no_show", _("Did not come")


# States that hold a seat: the capacity counts them.
SEATED = frozenset({State.CONFIRMED, State.OFFERED, State.ATTENDED, State.NO_SHOW})
# States from which nothing more happens to a registration.
FINAL = frozenset({State.CANCELLED, State.EXPIRED})
# States whose e-mail address blocks a second registration for the same activity.
ACTIVE = frozenset(set(State) - FINAL)


class Actor(models.TextChoices):
    REGISTRANT = "registrant"
    ORGANISER = "organiser"
    SYSTEM = "system"


@dataclass(frozen=True)
class Transition:
    name: str
    sources: frozenset
    target: State
    actors: frozenset


TRANSITIONS = {
    t.name: t
    for t in [
        # A freed seat goes to the first on the waiting list, at once or as an offer.
        Transition(
            "promote", frozenset({State.WAITLISTED}), State.CONFIRMED, frozenset({Actor.SYSTEM})
        ),
        Transition(
            "offer", frozenset({State.WAITLISTED}), State.OFFERED, frozenset({Actor.SYSTEM})
        ),
        Transition(
            "accept", frozenset({State.OFFERED}), State.CONFIRMED, frozenset({Actor.REGISTRANT})
        ),
        Transition("expire", frozenset({State.OFFERED}), State.EXPIRED, frozenset({Actor.SYSTEM})),
        Transition(
            "cancel",
            frozenset({State.CONFIRMED, State.WAITLISTED, State.OFFERED}),
            State.CANCELLED,
            frozenset({Actor.REGISTRANT, Actor.ORGANISER, Actor.SYSTEM}),
        ),
        Transition(
            "check_in",
            frozenset({State.CONFIRMED, State.NO_SHOW}),
            State.ATTENDED,
            frozenset({Actor.ORGANISER}),
        ),
        Transition(
            "no_show",
            frozenset({State.CONFIRMED, State.ATTENDED}),
            State.NO_SHOW,
            frozenset({Actor.ORGANISER}),
        ),
    ]
}


class TransitionNotAllowed(Exception):
    pass


def allowed(registration, name: str, actor: str) -> bool:
    rule = TRANSITIONS[name]
    return registration.status in rule.sources and actor in rule.actors


def transition(registration, name: str, actor: str) -> None:
    """Move `registration` along the declared transition `name` (not saved)."""
    if not allowed(registration, name, actor):
        raise TransitionNotAllowed(
            f"{name!r} by {actor} is not allowed from {registration.status!r}"
        )
    registration.status = TRANSITIONS[name].target
