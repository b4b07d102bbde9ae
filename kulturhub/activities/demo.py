"""Load the demo activities of kulturhub/activities/demo_data.py; `manage.py seed_demo` calls it.

Idempotent, like the rest of seed_demo: series are keyed on (network, title), activities on
their slug, registrations on (activity, e-mail) and materials on (activity, title). A second
run creates nothing and saves only what differs from the demo data. Dates are relative to
today, so a run on a later day moves the activities (and the registration times with them).

Registrations are written directly, not through services.register(): the demo must not send
e-mails. Upcoming activities go through services.save_activity() when they are created or
their time or status changes, which queues their reminder and clean-up tasks; an unchanged
activity is not saved again, so re-runs do not grow the task queue.
"""

from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import NamedTuple
from zoneinfo import ZoneInfo

from django.core.management.base import CommandError
from django.db import transaction
from django.utils import timezone

from kulturhub.activities import demo_data, services
from kulturhub.activities.models import Activity, Material, Registration, Series
from kulturhub.activities.workflow import ACTIVE, SEATED, State
from kulturhub.network import demo_data as network_data
from kulturhub.network.models import Group, Network, Person

ONLINE_LINK = "https://meet.kulturhub.demo/{slug}"
# Registrations of a past activity were made this many days before it; of an upcoming one,
# this many days before today.
QUEUE_STARTS_DAYS = 35


class Registrant(NamedTuple):
    name: str
    email: str
    organisation: str


@dataclass
class Loaded:
    """What load_activities() did, for the command's summary."""

    activities: int = 0
    past: int = 0
    upcoming: int = 0
    series: int = 0
    materials: int = 0
    statuses: Counter = field(default_factory=Counter)
    changes: Counter = field(default_factory=Counter)
    scheduled: int = 0

    @property
    def registrations(self) -> int:
        return sum(self.statuses.values())

    def summary(self) -> str:
        statuses = ", ".join(
            f"{self.statuses[state]} {label}"
            for state, label in [
                (State.CONFIRMED, "confirmed"),
                (State.WAITLISTED, "waitlisted"),
                (State.ATTENDED, "attended"),
                (State.NO_SHOW, "no-show"),
                (State.CANCELLED, "cancelled"),
            ]
        )
        return (
            f"Demo activities: {self.activities} activities ({self.past} past, {self.upcoming} "
            f"upcoming) in {self.series} series, {self.registrations} registrations "
            f"({statuses}), {self.materials} materials."
        )

    def changes_line(self) -> str:
        return (
            f"Activities this run: {self.changes['created']} new, {self.changes['updated']} "
            f"changed, {self.changes['unchanged']} as before; reminders scheduled for "
            f"{self.scheduled} activities."
        )


def load_activities(networks: dict[str, Network] | None = None, today: date | None = None):
    """Create or update the demo activities. `networks` maps slug to network (default: all)."""
    if networks is None:
        networks = {network.slug: network for network in Network.objects.all()}
    today = today or timezone.localdate()
    loaded = Loaded()
    with transaction.atomic():
        loader = _Loader(networks, today, loaded)
        series = loader.load_series()
        for network_slug, rows in demo_data.ACTIVITIES.items():
            network = _lookup(networks, network_slug, "network")
            pools = loader.pools(network_slug)
            for index, data in enumerate(rows):
                loader.load_activity(network, data, index, pools, series)
    return loaded


# ---------------------------------------------------------------------------- the loader


class _Loader:
    def __init__(self, networks, today: date, loaded: Loaded):
        self.networks = networks
        self.today = today
        self.loaded = loaded
        organisations = {o["slug"]: o["name"] for o in network_data.ORGANISATIONS}
        self.people: dict[str, Registrant] = {}
        for rows in network_data.PEOPLE.values():
            for person in rows:
                self.people[person["email"]] = Registrant(
                    person["name"], person["email"], organisations[person["organisations"][0]]
                )
        # Registrants who have a demo login are linked to their account.
        self.users = dict(Person.objects.filter(user__isnull=False).values_list("email", "user_id"))

    # ------------------------------------------------------------------------ series

    def load_series(self) -> dict[tuple[str, str], Series]:
        series = {}
        for data in demo_data.SERIES:
            network = _lookup(self.networks, data["network"], "network")
            obj, state = _upsert(
                Series,
                {"network": network, "title": data["title"]},
                {"description": data["description"]},
            )
            self.loaded.changes[state] += 1
            series[(data["network"], data["title"])] = obj
        self.loaded.series = len(series)
        return series

    # ------------------------------------------------------------------------ people

    def registrant(self, entry) -> Registrant:
        if isinstance(entry, str):
            return _lookup(self.people, entry, "person")
        return Registrant(*entry)

    def pools(self, network_slug: str) -> dict[str, list[Registrant]]:
        """The network's people (and colleagues), and the outsiders of its open activities."""
        members = [self.people[p["email"]] for p in network_data.PEOPLE.get(network_slug, [])]
        members += [
            self.people[p["email"]]
            for rows in network_data.PEOPLE.values()
            for p in rows
            if network_slug in p.get("also", {})
        ]
        guests = demo_data.GUESTS.get(network_slug, {"colleagues": [], "outsiders": []})
        members += [self.registrant(entry) for entry in guests["colleagues"]]
        outsiders = [self.registrant(entry) for entry in guests["outsiders"]]
        emails = [r.email for r in members + outsiders]
        if len(emails) != len(set(emails)):
            raise CommandError(f"Demo activities: {network_slug} lists a registrant twice.")
        return {"members": members, "outsiders": outsiders}

    # ------------------------------------------------------------------------ activities

    def load_activity(self, network, data, index, pools, series) -> Activity:
        slug = data["slug"]
        past = data["day"] < 0
        if abs(data["day"]) < 2:
            raise CommandError(f"Demo activity {slug}: day must be at most -2 or at least 2.")
        values = self.activity_values(network, data, series)
        organisers = [_lookup_person(email, slug) for email in data.get("organisers", [])]
        groups = [_lookup_group(network, name, slug) for name in data.get("groups", [])]

        activity = Activity.objects.filter(slug=slug).first()
        if activity is None:
            activity, state, changed = Activity(slug=slug, **values), "created", list(values)
        else:
            changed = [name for name, value in values.items() if not _same(activity, name, value)]
            for name in changed:
                setattr(activity, name, values[name])
            state = "updated" if changed else "unchanged"

        moved = state == "created" or bool({"starts_at", "ends_at", "status"} & set(changed))
        if not past and moved:
            # Saves, sets the organisers, and queues the reminder and the clean-up of notes.
            services.save_activity(activity, None, organisers=organisers, organiser_groups=groups)
            self.loaded.scheduled += 1
        else:
            if state == "created":
                activity.save()
            elif changed:
                activity.save(update_fields=[*changed, "updated_at"])
            if _set_m2m(activity, {"organisers": organisers, "organiser_groups": groups}):
                state = "updated" if state == "unchanged" else state
        self.loaded.changes[state] += 1

        self.load_registrations(activity, data, index, pools, past)
        self.load_materials(activity, data)
        self.loaded.activities += 1
        if past:
            self.loaded.past += 1
        else:
            self.loaded.upcoming += 1
        return activity

    def activity_values(self, network, data, series) -> dict:
        slug = data["slug"]
        tz = ZoneInfo(network.time_zone)
        day = _event_day(self.today, data["day"])
        hours, minutes = (int(part) for part in data["start"].split(":"))
        starts_at = datetime.combine(day, time(hours, minutes), tzinfo=tz)
        fmt = data["format"]
        in_person = fmt in {Activity.Format.IN_PERSON, Activity.Format.HYBRID}
        online = fmt in {Activity.Format.ONLINE, Activity.Format.HYBRID}
        if in_person and not (data.get("venue") and data.get("address")):
            raise CommandError(f"Demo activity {slug}: an in-person activity needs a venue.")
        deadline = None
        if data.get("deadline_days"):
            deadline = datetime.combine(
                day - timedelta(days=data["deadline_days"]), time(12, 0), tzinfo=tz
            )
        series_title = data.get("series")
        return {
            "network": network,
            "series": (
                _lookup(series, (network.slug, series_title), "series") if series_title else None
            ),
            "kind": data["kind"],
            "title": data["title"],
            "summary": data["summary"],
            "description": data["description"],
            "language": data.get("language", network.language),
            "time_zone": data.get("time_zone", network.time_zone),
            "starts_at": starts_at,
            "ends_at": starts_at + timedelta(minutes=data["minutes"]),
            "format": fmt,
            "venue": data.get("venue", "") if in_person else "",
            "address": data.get("address", "") if in_person else "",
            "online_link": data.get("online_link", ONLINE_LINK.format(slug=slug)) if online else "",
            "audience": data.get("audience", Activity.Audience.OPEN),
            "capacity": data.get("capacity"),
            "waitlist_enabled": data.get("waitlist", True),
            "promotion": data.get("promotion", Activity.Promotion.AUTOMATIC),
            "offer_hours": data.get("offer_hours", 24),
            "registration_deadline": deadline,
            "status": Activity.Status.PUBLISHED,
            "cancel_reason": "",
        }

    # ------------------------------------------------------------------------ registrations

    def registrants(self, activity, spec, index, pools) -> list[Registrant]:
        open_to_all = activity.audience == Activity.Audience.OPEN
        if "who" in spec:
            known = {r.email: r for r in pools["members"] + pools["outsiders"]}
            chosen = [_lookup(known, email, "registrant") for email in spec["who"]]
            outsiders = {r.email for r in pools["outsiders"]}
            if not open_to_all and any(r.email in outsiders for r in chosen):
                raise CommandError(
                    f"Demo activity {activity.slug}: outsiders in a members-only activity."
                )
            return chosen
        members = _rotate(pools["members"], spec.get("members", 0), index * 7, activity.slug)
        count = spec.get("outsiders", 0)
        if count and not open_to_all:
            raise CommandError(
                f"Demo activity {activity.slug}: outsiders in a members-only activity."
            )
        outsiders = _rotate(pools["outsiders"], count, index * 3, activity.slug)
        # Interleave, so the outsiders are spread through the queue.
        keyed = [((i + 0.5) / len(members), 0, r) for i, r in enumerate(members)]
        keyed += [((i + 0.5) / len(outsiders), 1, r) for i, r in enumerate(outsiders)]
        return [r for *_key, r in sorted(keyed, key=lambda item: item[:2])]

    def statuses(self, activity, spec, count: int, past: bool) -> list[str]:
        slug = activity.slug
        waitlisted = spec.get("waitlisted", 0)
        cancelled = set(_spread(count - waitlisted, spec.get("cancelled", 0)))
        queued = [i for i in range(count - waitlisted) if i not in cancelled]
        no_show = {queued[i] for i in _spread(len(queued), spec.get("no_show", 0))}
        if past and waitlisted:
            raise CommandError(f"Demo activity {slug}: a past activity has no waiting list.")
        if no_show and not past:
            raise CommandError(f"Demo activity {slug}: no-shows only after the activity.")
        if activity.capacity is not None and len(queued) > activity.capacity:
            raise CommandError(f"Demo activity {slug}: more seats taken than the capacity.")
        if waitlisted and len(queued) != activity.capacity:
            raise CommandError(f"Demo activity {slug}: a waiting list only when it is full.")
        statuses = []
        for i in range(count):
            if i >= count - waitlisted:
                statuses.append(State.WAITLISTED)
            elif i in cancelled:
                statuses.append(State.CANCELLED)
            elif past:
                statuses.append(State.NO_SHOW if i in no_show else State.ATTENDED)
            else:
                statuses.append(State.CONFIRMED)
        return statuses

    def load_registrations(self, activity, data, index, pools, past: bool) -> None:
        spec = data.get("registrations", {})
        registrants = self.registrants(activity, spec, index, pools)
        statuses = self.statuses(activity, spec, len(registrants), past)
        wanted = {r.email for r in registrants}

        existing: dict[str, Registration] = {}
        for registration in activity.registrations.order_by("pk"):
            key = registration.email.lower()
            # A visitor may have cancelled and registered again: prefer the active row.
            if key not in existing or (
                registration.status in ACTIVE and existing[key].status not in ACTIVE
            ):
                existing[key] = registration
        # Seats taken by people who tried the demo site stay theirs; the demo data yields.
        free = None
        if activity.capacity is not None:
            free = activity.capacity - sum(
                1
                for registration in activity.registrations.all()
                if registration.status in SEATED and registration.email.lower() not in wanted
            )

        language = activity.language
        notes = demo_data.NOTES.get(language, {})
        anchor = datetime.combine(
            min(activity.local_start.date(), self.today), time(8, 0), tzinfo=activity.tz
        ) - timedelta(days=QUEUE_STARTS_DAYS)
        for position, (registrant, status) in enumerate(zip(registrants, statuses, strict=True)):
            if status in SEATED and free is not None:
                if free <= 0:
                    status = State.WAITLISTED
                free -= 1
            # In UTC: a wall-clock time in the hour a DST change repeats never compares equal
            # to the stored value (PEP 495), so a rerun would see a change that is none.
            queued_at = (
                anchor + timedelta(hours=7 * position, minutes=(position * 37) % 60)
            ).astimezone(UTC)
            values = {
                "name": registrant.name,
                "organisation": registrant.organisation,
                "language": language,
                "status": status,
                "user_id": self.users.get(registrant.email),
                "queued_at": queued_at,
                "offer_expires_at": None,
                "offer_nonce": "",
                "checked_in_at": (
                    activity.starts_at - timedelta(minutes=12) + timedelta(seconds=50 * position)
                    if status == State.ATTENDED
                    else None
                ),
                "reminder_sent_at": (
                    activity.starts_at - services.REMINDER_BEFORE
                    if past and status in SEATED
                    else None
                ),
                **self.notes(activity, notes, position, past),
            }
            registration = existing.get(registrant.email.lower())
            if registration is None:
                Registration.objects.create(activity=activity, email=registrant.email, **values)
                state = "created"
            else:
                changed = [
                    name for name, value in values.items() if getattr(registration, name) != value
                ]
                for name in changed:
                    setattr(registration, name, values[name])
                if changed:
                    registration.save(update_fields=[*changed, "updated_at"])
                state = "updated" if changed else "unchanged"
            self.loaded.changes[state] += 1
            self.loaded.statuses[status] += 1

    @staticmethod
    def notes(activity, notes, position: int, past: bool) -> dict:
        """Some registrants of upcoming activities tell about access needs or diets."""
        access_needs = dietary_notes = ""
        if not past and notes:
            if activity.format == Activity.Format.ONLINE:
                if position % 9 == 4:
                    access_needs = notes["online"][position % len(notes["online"])]
            else:
                if position % 5 == 2:
                    dietary_notes = notes["dietary"][(position // 5) % len(notes["dietary"])]
                if position % 8 == 5:
                    access_needs = notes["access"][(position // 8) % len(notes["access"])]
        return {"access_needs": access_needs, "dietary_notes": dietary_notes}

    # ------------------------------------------------------------------------ materials

    def load_materials(self, activity, data) -> None:
        for material in data.get("materials", []):
            _obj, state = _upsert(
                Material,
                {"activity": activity, "title": material["title"]},
                {"kind": material["kind"], "url": material["url"]},
            )
            self.loaded.changes[state] += 1
            self.loaded.materials += 1


# ---------------------------------------------------------------------------- helpers


def _event_day(today: date, offset: int) -> date:
    """today + offset, moved off weekends and the Christmas holidays: a past activity to the
    working day before, an upcoming one to the working day after (so it stays upcoming)."""
    day = today + timedelta(days=offset)
    step = timedelta(days=-1 if offset < 0 else 1)
    while day.weekday() >= 5 or _christmas(day):
        day += step
    return day


def _christmas(day: date) -> bool:
    return (day.month, day.day) >= (12, 22) or (day.month, day.day) <= (1, 2)


def _rotate(pool: list, count: int, start: int, slug: str) -> list:
    if count > len(pool):
        raise CommandError(f"Demo activity {slug}: wants {count} registrants, has {len(pool)}.")
    if not pool:
        return []
    start %= len(pool)
    return (pool[start:] + pool[:start])[:count]


def _spread(length: int, count: int) -> list[int]:
    """`count` distinct positions spread evenly over range(length)."""
    if count > length:
        raise CommandError("Demo activities: more cancellations or no-shows than registrations.")
    return [(i + 1) * length // (count + 1) for i in range(count)]


def _lookup(objects: dict, key, what: str):
    try:
        return objects[key]
    except KeyError:
        raise CommandError(f"Demo activities refer to an unknown {what}: {key!r}") from None


def _lookup_person(email: str, slug: str) -> Person:
    person = Person.objects.filter(email=email).first()
    if person is None:
        raise CommandError(f"Demo activity {slug}: unknown organiser {email!r}")
    return person


def _lookup_group(network, name: str, slug: str) -> Group:
    group = Group.objects.filter(network=network, name=name).first()
    if group is None:
        raise CommandError(f"Demo activity {slug}: unknown group {name!r}")
    return group


def _same(obj, name: str, value) -> bool:
    field_ = obj._meta.get_field(name)
    if field_.is_relation:
        return getattr(obj, field_.attname) == (value.pk if value is not None else None)
    return getattr(obj, name) == value


def _upsert(model, lookup: dict, values: dict):
    """Create the row, or save only the fields that differ. Returns (object, state)."""
    obj = model.objects.filter(**lookup).first()
    if obj is None:
        return model.objects.create(**lookup, **values), "created"
    changed = [name for name, value in values.items() if not _same(obj, name, value)]
    for name in changed:
        setattr(obj, name, values[name])
    if changed:
        obj.save(update_fields=[*changed, "updated_at"])
    return obj, "updated" if changed else "unchanged"


def _set_m2m(obj, m2m: dict) -> bool:
    """Set the many-to-manys that differ; True if any did."""
    changed = False
    for name, targets in m2m.items():
        manager = getattr(obj, name)
        if set(manager.values_list("pk", flat=True)) != {t.pk for t in targets}:
            manager.set(targets)
            changed = True
    return changed
