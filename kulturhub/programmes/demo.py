"""Load the demo concepts and programmes of kulturhub/programmes/demo_data.py for seed_demo.

Two steps, both idempotent:

- load_programme_logins() gives every programme's staff member and facilitator a demo login
  (the command calls it right after the people, before the activities, so that their
  registrations are linked to the new accounts from the first run on);
- load_programmes() writes the concepts, programmes, staff, cohorts, sessions, participants with
  their contact data, consents, referrals with their history, enrolments, attendance and
  after-course lists.

Concepts and programmes are keyed on their slug, staff on (programme, user), cohorts on
(programme, name), sessions on (cohort, number), participants on their code, consents on
(participant, kind), referral events on (referral, status), enrolments on (participant, cohort),
attendance on (enrolment, session) and after-course offers on (cohort, title). A second run
creates nothing and saves only what differs. Dates and times are relative to today (at fixed
times of day), so a run on a later day moves them, and a run on the same day changes nothing.

Everything is written directly, not through kulturhub.programmes.services: the demo must not
send e-mails nor queue tasks (the services notify staff and schedule the deletion of contact
data). Nothing is written to the audit log either.
"""

import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.contrib.auth import get_user_model
from django.core.management.base import CommandError
from django.db import transaction
from django.utils import timezone

from kulturhub.core import taxonomy
from kulturhub.core.models import Term
from kulturhub.network import demo_data as network_data
from kulturhub.network.models import Network, Organisation, Person
from kulturhub.programmes import demo_data
from kulturhub.programmes.models import (
    Attendance,
    BridgeItem,
    Channel,
    Cohort,
    Concept,
    Consent,
    Enrolment,
    Participant,
    ParticipantContact,
    Programme,
    ProgrammeStaff,
    Referral,
    ReferralEvent,
    Session,
)
from kulturhub.programmes.workflow import TRANSITIONS, ReferralStatus

S = ReferralStatus
ROLE_LABELS = {
    ProgrammeStaff.Role.STAFF: "programme staff",
    ProgrammeStaff.Role.FACILITATOR: "facilitator",
}
# Days after the referral came in, for each step of a referral's history.
ENROLLED_STEPS = [(S.RECEIVED, 0), (S.CONTACTED, 2), (S.INTAKE_DONE, 6), (S.ENROLLED, 9)]
DECLINED_STEPS = [(S.RECEIVED, 0), (S.CONTACTED, 3), (S.DECLINED, 7)]
NO_RESPONSE_STEPS = [(S.RECEIVED, 0), (S.NO_RESPONSE, 14)]
INTAKE_STEPS = [(S.RECEIVED, 0), (S.CONTACTED, 2), (S.INTAKE_DONE, 6)]
CONTACTED_STEPS = [(S.RECEIVED, 0), (S.CONTACTED, 2)]
ENROLMENT_STATUSES = {
    "past": {Enrolment.Status.COMPLETED, Enrolment.Status.DROPPED_OUT},
    "running": {Enrolment.Status.ACTIVE, Enrolment.Status.DROPPED_OUT},
    "future": {Enrolment.Status.ACTIVE},
}
# A participant who dropped out came to the first session and missed the second.
DROPPED_AFTER = 2


# ---------------------------------------------------------------------------- summaries


@dataclass
class Logins:
    """The programme staff's and facilitators' demo accounts."""

    users: dict = field(default_factory=dict)  # e-mail -> User
    rows: list = field(default_factory=list)  # (e-mail, role, network) for the login table
    changes: Counter = field(default_factory=Counter)


@dataclass
class Loaded:
    """What load_programmes() did, for the command's summary line."""

    concepts: int = 0
    programmes: Counter = field(default_factory=Counter)  # by status
    cohorts: int = 0
    sessions: int = 0
    participants: int = 0
    referrals: Counter = field(default_factory=Counter)  # by status
    enrolments: Counter = field(default_factory=Counter)  # by status
    consents: int = 0
    attendance: int = 0
    bridge_items: int = 0
    logins: list = field(default_factory=list)
    changes: Counter = field(default_factory=Counter)

    def summary(self) -> str:
        programmes = ", ".join(
            f"{self.programmes[status]} {status}"
            for status in ["recruiting", "running", "completed"]
            if self.programmes[status]
        )
        referrals = ", ".join(
            f"{self.referrals[status]} {status.replace('_', ' ')}"
            for status in S.values
            if self.referrals[status]
        )
        enrolments = ", ".join(
            f"{self.enrolments[status]} {status.replace('_', ' ')}"
            for status in Enrolment.Status.values
            if self.enrolments[status]
        )
        return (
            f"Demo programmes: {self.concepts} concepts, {sum(self.programmes.values())} "
            f"programmes ({programmes}), {self.cohorts} cohorts, {self.sessions} sessions, "
            f"{self.participants} participants, referrals ({referrals}), enrolments "
            f"({enrolments}), {self.consents} consents, {self.attendance} attendance records, "
            f"{self.bridge_items} after-course offers, {len(self.logins)} logins; this run: "
            f"{self.changes['created']} new, {self.changes['updated']} changed, "
            f"{self.changes['unchanged']} as before."
        )


# ---------------------------------------------------------------------------- logins


def load_programme_logins(networks: dict[str, Network] | None = None) -> Logins:
    """A demo login for every programme's staff member and facilitator who has none yet."""
    networks = networks if networks is not None else _all_networks()
    # Accounts the network loader looks after; they are used as they are.
    managed = {
        person["email"]
        for rows in network_data.PEOPLE.values()
        for person in rows
        if person.get("login")
    }
    logins = Logins()
    with transaction.atomic():
        for data in demo_data.PROGRAMMES:
            network = _lookup(networks, data["network"], "network")
            for role, email in [
                (ProgrammeStaff.Role.STAFF, data["staff"]),
                (ProgrammeStaff.Role.FACILITATOR, data["facilitator"]),
            ]:
                if email in logins.users:
                    continue
                person = Person.objects.filter(email=email).first()
                if person is None:
                    raise CommandError(f"Demo programme {data['code']}: unknown person {email!r}")
                if not person.listed:
                    raise CommandError(
                        f"Demo programme {data['code']}: {email} is not listed in the "
                        "directory; unlisted people get no demo login."
                    )
                logins.users[email] = _login(person, network, email in managed, logins.changes)
                logins.rows.append((email, ROLE_LABELS[role], network))
    return logins


def _login(person: Person, network: Network, managed: bool, changes: Counter):
    if managed:
        if person.user is None:
            raise CommandError(f"Demo programmes: {person.email} should have a login by now.")
        changes["unchanged"] += 1
        return person.user
    User = get_user_model()
    user = person.user or User.objects.filter(email__iexact=person.email).first()
    wanted = {
        "full_name": person.name,
        "language": network.language,
        "time_zone": network.time_zone,
        "is_active": True,
    }
    if user is None:
        user = User.objects.create_user(person.email, network_data.DEMO_PASSWORD, **wanted)
        state = "created"
    else:
        changed = [name for name, value in wanted.items() if getattr(user, name) != value]
        for name in changed:
            setattr(user, name, wanted[name])
        if not user.check_password(network_data.DEMO_PASSWORD):
            user.set_password(network_data.DEMO_PASSWORD)
            changed.append("password")
        if changed:
            user.save(update_fields=changed)
        state = "updated" if changed else "unchanged"
    if person.user_id != user.pk:
        person.user = user
        person.save(update_fields=["user", "updated_at"])
        state = "updated" if state == "unchanged" else state
    changes[state] += 1
    return user


# ---------------------------------------------------------------------------- programmes


def load_programmes(
    networks: dict[str, Network] | None = None,
    today: date | None = None,
    logins: Logins | None = None,
) -> Loaded:
    """Create or update the demo concepts and programmes. `networks` maps slug to network
    (default: all); `logins` is what load_programme_logins() returned (default: call it)."""
    networks = networks if networks is not None else _all_networks()
    today = today or timezone.localdate()
    with transaction.atomic():
        if logins is None:
            logins = load_programme_logins(networks)
        loaded = Loaded(logins=logins.rows)
        loader = _Loader(networks, today, logins, loaded)
        concepts = {data["slug"]: loader.load_concept(data) for data in demo_data.CONCEPTS}
        for position, data in enumerate(demo_data.PROGRAMMES):
            loader.load_programme(data, position, concepts)
    return loaded


class _Loader:
    def __init__(self, networks, today: date, logins: Logins, loaded: Loaded):
        self.networks = networks
        self.today = today
        self.logins = logins
        self.loaded = loaded
        self.terms = {(t.vocabulary, t.slug): t for t in Term.objects.all()}
        slugs = {o["slug"] for o in network_data.ORGANISATIONS}
        self.organisations = {o.slug: o for o in Organisation.objects.filter(slug__in=slugs)}

    # ------------------------------------------------------------------------ helpers

    def upsert(self, model, lookup: dict, values: dict, stamps=None, m2m=None):
        obj, state = _upsert(model, lookup, values, stamps)
        if m2m and _set_m2m(obj, m2m) and state == "unchanged":
            state = "updated"
        self.loaded.changes[state] += 1
        return obj

    def prune(self, queryset) -> None:
        """Delete demo rows the demo data no longer has (e.g. added while trying the site)."""
        if queryset.exists():
            queryset.delete()
            self.loaded.changes["updated"] += 1

    def organisation(self, slug: str) -> Organisation:
        return _lookup(self.organisations, slug, "organisation")

    def term_list(self, vocabulary: str, slugs: list[str]) -> list[Term]:
        return [_lookup(self.terms, (vocabulary, slug), f"{vocabulary} term") for slug in slugs]

    # ------------------------------------------------------------------------ concepts

    def load_concept(self, data) -> Concept:
        values = {
            key: data[key]
            for key in [
                "title",
                "summary",
                "description",
                "language",
                "weeks",
                "sessions",
                "group_size",
                "staffing",
                "partners_needed",
                "costs",
                "instruments",
                "time_points",
                "licence",
            ]
        }
        values["origin_network"] = _lookup(self.networks, data["origin_network"], "network")
        values["origin_organisation"] = self.organisation(data["origin_organisation"])
        concept = self.upsert(
            Concept,
            {"slug": data["slug"]},
            values,
            m2m={
                "target_groups": self.term_list(taxonomy.TARGET_GROUP, data["target_groups"]),
                "art_forms": self.term_list(taxonomy.ART_FORM, data["art_forms"]),
            },
        )
        self.loaded.concepts += 1
        return concept

    # ------------------------------------------------------------------------ programmes

    def load_programme(self, data, position: int, concepts) -> Programme:
        code = data["code"]
        network = _lookup(self.networks, data["network"], "network")
        owner = self.organisation(data["owner"])
        if owner.kind != Organisation.Kind.MUNICIPALITY:
            raise CommandError(f"Demo programme {code}: the owner must be a municipality.")
        unknown = set(data["channels"]) - set(Channel.values)
        unknown |= set(data["profile"]["channels"]) - set(data["channels"])
        if unknown:
            raise CommandError(f"Demo programme {code}: unknown channels {sorted(unknown)}")
        staff_person = Person.objects.get(email=data["staff"])
        values = {
            "network": network,
            "owner": owner,
            "concept": _lookup(concepts, data["concept"], "concept") if data["concept"] else None,
            "title": data["title"],
            "code": code,
            "summary": data["summary"],
            "description": data["description"],
            "level": data["level"],
            "delivery": data["delivery"],
            "venue": data["venue"],
            "address": data["address"],
            "country": owner.country,
            "region": owner.region,
            "municipality": owner.municipality,
            "accessibility": data["accessibility"],
            "channels": data["channels"],
            "contact_name": staff_person.name,
            "contact_email": staff_person.email,
            "contact_phone": data.get("contact_phone", ""),
            "status": data["status"],
            "response_days": data.get("response_days", 10),
            "retention_months": data.get("retention_months", 12),
        }
        partners = [self.organisation(slug) for slug in data["partners"]]
        programme = self.upsert(
            Programme,
            {"slug": data["slug"]},
            values,
            m2m={
                "partners": partners,
                "target_groups": self.term_list(taxonomy.TARGET_GROUP, data["target_groups"]),
                "art_forms": self.term_list(taxonomy.ART_FORM, data["art_forms"]),
                "languages": self.term_list(taxonomy.LANGUAGE, data["languages"]),
            },
        )
        self.loaded.programmes[data["status"]] += 1
        staff, facilitator = self.load_staff(programme, data, partners)

        tz = ZoneInfo(network.time_zone)
        cohorts = [self.load_cohort(programme, data, spec, tz) for spec in data["cohorts"]]
        plans = self.plan_participants(programme, data, cohorts, tz)
        for number, plan in enumerate(plans, start=1):
            self.load_participant(programme, data, position, number, plan, staff, facilitator)
        for cohort, spec in zip(cohorts, data["cohorts"], strict=True):
            if spec.get("bridge"):
                self.load_bridge(cohort, data["bridge"])
        return programme

    def load_staff(self, programme, data, partners):
        staff = self.logins.users[data["staff"]]
        facilitator = self.logins.users[data["facilitator"]]
        if not staff.person.organisations.filter(pk=programme.owner_id).exists():
            raise CommandError(
                f"Demo programme {programme.code}: {staff.email} does not work for "
                f"{programme.owner}."
            )
        if not facilitator.person.organisations.filter(pk__in=[p.pk for p in partners]).exists():
            raise CommandError(
                f"Demo programme {programme.code}: {facilitator.email} works for none of the "
                "partners."
            )
        for user, role in [
            (staff, ProgrammeStaff.Role.STAFF),
            (facilitator, ProgrammeStaff.Role.FACILITATOR),
        ]:
            self.upsert(ProgrammeStaff, {"programme": programme, "user": user}, {"role": role})
        return staff, facilitator

    # ------------------------------------------------------------------------ cohorts

    def load_cohort(self, programme, data, spec, tz) -> Cohort:
        count = spec["sessions"]
        days = _session_days(self.today, spec["first"], data["weekday"], count)
        first, last = days[0], days[-1]
        phase = "past" if last < self.today else "future" if first > self.today else "running"
        wanted = set(spec["enrolled"])
        if not wanted <= ENROLMENT_STATUSES[phase] or (spec.get("pipeline") and phase != "future"):
            raise CommandError(
                f"Demo programme {programme.code}, {spec['name']}: statuses that do not fit a "
                f"{phase} cohort."
            )
        seated = sum(n for s, n in spec["enrolled"].items() if s != Enrolment.Status.DROPPED_OUT)
        if seated > spec["capacity"]:
            raise CommandError(
                f"Demo programme {programme.code}, {spec['name']}: more seats than capacity."
            )
        cohort = self.upsert(
            Cohort,
            {"programme": programme, "name": spec["name"]},
            {"starts_on": first, "ends_on": last, "capacity": spec["capacity"]},
        )
        self.loaded.cohorts += 1

        hours, minutes = (int(part) for part in data["start"].split(":"))
        titles = data.get("session_titles", [])
        cohort.past_sessions = []
        for index, day in enumerate(days):
            starts_at = datetime.combine(day, time(hours, minutes), tzinfo=tz)
            session = self.upsert(
                Session,
                {"cohort": cohort, "number": index + 1},
                {
                    "starts_at": starts_at,
                    "ends_at": starts_at + timedelta(minutes=data["minutes"]),
                    "title": titles[index] if index < len(titles) else "",
                },
            )
            if session.starts_at.astimezone(tz).date() < self.today:
                cohort.past_sessions.append(session)
            self.loaded.sessions += 1
        self.prune(cohort.sessions.filter(number__gt=count))
        return cohort

    # ------------------------------------------------------------------------ participants

    def plan_participants(self, programme, data, cohorts, tz) -> list[dict]:
        """Who was referred when, and what became of it; in the order the referrals came in,
        which is the order of the participant codes."""
        plans = []
        for cohort_index, (cohort, spec) in enumerate(zip(cohorts, data["cohorts"], strict=True)):
            base = min(cohort.starts_on, self.today)
            start = len(plans)
            statuses = _enrolment_statuses(spec["enrolled"])
            for k, status in enumerate(statuses):
                came = base - timedelta(days=12 + 2 * (len(statuses) - 1 - k))
                plans.append(_plan(cohort, came, ENROLLED_STEPS, status, k))
            closed = spec.get("closed", {})
            for k in range(closed.get("declined", 0)):
                came = base - timedelta(days=20 - 3 * k)
                plans.append(_plan(cohort, came, DECLINED_STEPS, None, k))
            for k in range(closed.get("no_response", 0)):
                came = base - timedelta(days=30 + 5 * k)
                plans.append(_plan(cohort, came, NO_RESPONSE_STEPS, None, k))
            pipeline = spec.get("pipeline", {})
            for k in range(pipeline.get("intake_done", 0)):
                came = self.today - timedelta(days=9 + 2 * k)
                plans.append(_plan(cohort, came, INTAKE_STEPS, None, k))
            for k in range(pipeline.get("contacted", 0)):
                came = self.today - timedelta(days=5 + k)
                plans.append(_plan(cohort, came, CONTACTED_STEPS, None, k))
            for k, age in enumerate(pipeline.get("received", [])):
                if age < 1:
                    raise CommandError(f"Demo programme {programme.code}: received in the future.")
                came = self.today - timedelta(days=age)
                plans.append(_plan(cohort, came, [(S.RECEIVED, 0)], None, k))
            for plan in plans[start:]:
                plan["cohort_index"] = cohort_index
                plan["days_before"] = (plan["came"] - base).days
        # Cohort by cohort, in the order the referrals came in. The key does not depend on
        # today, so a participant code always stands for the same demo participant.
        plans.sort(key=lambda plan: (plan["cohort_index"], plan["days_before"]))
        same_day = Counter()
        for plan in plans:
            _check_steps(programme.code, plan["steps"])
            received = _working_day_on_or_before(plan["came"])
            plan["events"] = _timeline(plan["came"], plan["steps"], same_day[received], tz)
            same_day[received] += 1
        return plans

    def load_participant(self, programme, data, position, number, plan, staff, facilitator):
        i = number - 1
        profile = data["profile"]
        cohort = plan["cohort"]
        code = f"{programme.code}-{number:04d}"
        events = plan["events"]
        status, changed_at = events[-1]
        came_at = events[0][1]

        # Who: pseudonymous facts on the participant, identifying ones in the contact row.
        woman = i % 10 in profile["women_at"]
        gender = (
            Participant.Gender.UNKNOWN
            if i % 17 == 16
            else Participant.Gender.WOMAN
            if woman
            else Participant.Gender.MAN
        )
        languages = profile.get("contact_languages", [programme.network.language])
        language = languages[i % len(languages)]
        participant = self.upsert(
            Participant,
            {"code": code},
            {
                "programme": programme,
                "age_band": _cycle(profile["age_bands"], i),
                "gender": gender,
                "reason": _cycle(profile["reasons"], i),
                "erased_at": None,
            },
            stamps={"created_at": came_at},
        )
        self.loaded.participants += 1
        home = programme.network.language
        contact = _contact(language, home, position, number, woman, profile)
        self.upsert(ParticipantContact, {"participant": participant}, contact)

        # The referral and its history.
        channel = _cycle(profile["channels"], i)
        referrer_data = data["referrers"].get(channel, {})
        referrer = self.referrer(referrer_data.get("person"))
        referral = self.upsert(
            Referral,
            {"participant": participant},
            {
                "programme": programme,
                "cohort": cohort,
                "channel": channel,
                "referrer": referrer,
                "referrer_organisation": (
                    self.organisation(referrer_data["organisation"])
                    if referrer_data.get("organisation")
                    else None
                ),
                "note": _cycle(demo_data.NOTES[data["notes"]], i),
                "status": status,
                "assigned_to": staff if status != S.RECEIVED else None,
            },
            stamps={"created_at": came_at, "status_changed_at": changed_at},
        )
        self.loaded.referrals[status] += 1
        for event_status, at in events:
            self.upsert(
                ReferralEvent,
                {"referral": referral, "status": event_status},
                {"by": referrer if event_status == S.RECEIVED else staff},
                stamps={"at": at},
            )
        self.prune(referral.events.exclude(status__in=[s for s, _at in events]))

        # Consent at the intake conversation.
        intake = dict(events).get(S.INTAKE_DONE)
        kinds = self.load_consents(participant, data, i, intake, plan, staff, contact)
        self.prune(participant.consents.exclude(kind__in=kinds))

        # The seat, and who came when.
        if plan["enrolment"]:
            enrolment = self.upsert(
                Enrolment,
                {"participant": participant, "cohort": cohort},
                {"status": plan["enrolment"]},
                stamps={"created_at": dict(events)[S.ENROLLED]},
            )
            self.loaded.enrolments[plan["enrolment"]] += 1
            self.load_attendance(enrolment, cohort, i, facilitator)
            self.prune(participant.enrolments.exclude(pk=enrolment.pk))
        else:
            self.prune(participant.enrolments.all())

    def referrer(self, email: str | None):
        """The referring person's account, if they have a demo login."""
        if not email:
            return None
        person = Person.objects.filter(email=email).select_related("user").first()
        if person is None:
            raise CommandError(f"Demo programmes: unknown referrer {email!r}")
        return person.user

    def load_consents(self, participant, data, i, intake, plan, staff, contact) -> list[str]:
        """Consents given at the intake conversation; returns their kinds."""
        if intake is None:
            return []
        phone_only = not contact["email"]
        how = Consent.How.VERBAL if phone_only else _cycle(data["profile"]["consent_how"], i)
        kinds = [Consent.Kind.PARTICIPATION]
        if i % 5 != 4:
            kinds.append(Consent.Kind.EVALUATION)
        if i % 3 == 0:
            kinds.append(Consent.Kind.RESEARCH)
        for offset, kind in enumerate(kinds):
            # Who dropped out took their consent to research use back three weeks later.
            withdrawn = (
                intake + timedelta(days=21)
                if kind == Consent.Kind.RESEARCH
                and plan["enrolment"] == Enrolment.Status.DROPPED_OUT
                else None
            )
            self.upsert(
                Consent,
                {"participant": participant, "kind": kind},
                {
                    "text_version": data["consent_text"],
                    "given_at": intake + timedelta(minutes=20 + offset),
                    "how": how,
                    "withdrawn_at": withdrawn,
                    "recorded_by": staff,
                },
            )
            self.loaded.consents += 1
        return kinds

    def load_attendance(self, enrolment, cohort, i, facilitator):
        wanted = set()
        for session in cohort.past_sessions:
            if enrolment.status == Enrolment.Status.DROPPED_OUT:
                if session.number > DROPPED_AFTER:
                    continue
                present = session.number < DROPPED_AFTER
            else:
                present = (i * 3 + session.number) % 8 != 0
            self.upsert(
                Attendance,
                {"enrolment": enrolment, "session": session},
                {"present": present, "recorded_by": facilitator},
                stamps={"recorded_at": session.ends_at + timedelta(minutes=20)},
            )
            wanted.add(session.pk)
            self.loaded.attendance += 1
        self.prune(enrolment.attendance.exclude(session__in=wanted))

    # ------------------------------------------------------------------------ after the course

    def load_bridge(self, cohort, items) -> None:
        for item in items:
            self.upsert(
                BridgeItem,
                {"cohort": cohort, "title": item["title"]},
                {
                    "kind": item["kind"],
                    "description": item.get("description", ""),
                    "where": item.get("where", ""),
                    "when": item.get("when", ""),
                    "url": item.get("url", ""),
                },
            )
            self.loaded.bridge_items += 1


# ---------------------------------------------------------------------------- plans


def _plan(cohort, came: date, steps, enrolment: str | None, k: int) -> dict:
    return {"cohort": cohort, "came": came, "steps": steps, "enrolment": enrolment, "k": k}


def _enrolment_statuses(enrolled: dict) -> list[str]:
    """The seated statuses, with the drop-outs spread among them."""
    dropped = enrolled.get(Enrolment.Status.DROPPED_OUT, 0)
    seated = [(status, n) for status, n in enrolled.items() if status != "dropped_out"]
    statuses = [status for status, n in seated for _ in range(n)]
    total = len(statuses) + dropped
    for j in range(dropped):
        statuses.insert((j + 1) * total // (dropped + 1), Enrolment.Status.DROPPED_OUT)
    return statuses


def _timeline(came: date, steps, nth: int, tz) -> list[tuple[str, datetime]]:
    """When each step happened: on working days; the referral in the morning (the day's
    `nth` a little later than the one before), the staff's steps in the afternoon, in this
    order should two fall on the same day."""
    events = []
    for position, (status, days) in enumerate(steps):
        day = _working_day_on_or_before(came + timedelta(days=days))
        if position == 0:
            minutes = 8 * 60 + 12 + 37 * nth
            at = time(minutes // 60, minutes % 60)
        else:
            minutes = 12 * 60 + 30 + 45 * position
            at = time(minutes // 60, minutes % 60)
        events.append((status, datetime.combine(day, at, tzinfo=tz)))
    return events


def _check_steps(code: str, steps) -> None:
    for (before, _d1), (after, _d2) in zip(steps, steps[1:], strict=False):
        if after not in TRANSITIONS[before]:
            raise CommandError(f"Demo programme {code}: no way from {before} to {after}.")


def _contact(language: str, home: str, position: int, number: int, woman: bool, profile) -> dict:
    """Fictional contact data: a name from the pool of the contact language, an e-mail
    address and phone number of the programme's country."""
    names = demo_data.NAMES[language]
    i = number - 1
    firsts = names["women" if woman else "men"]
    first = firsts[(i * 11 + position * 3) % len(firsts)]
    last = names["surnames"][
        (i * 5 + position * 2 + i // len(names["surnames"])) % len(names["surnames"])
    ]
    phone_every = profile.get("phone_every", 0)
    phone_only = bool(phone_every) and i % phone_every == 1
    serial = (position + 1) * 100 + number
    email = (
        ""
        if phone_only
        else f"{_ascii(first)}.{_ascii(last)}{serial}@{demo_data.EMAIL_DOMAINS[home]}"
    )
    phone = ""
    if phone_only or i % 4 == 3:
        phone = demo_data.PHONES[home].format(hi=position + 1, lo=number % 100)
    return {"name": f"{first} {last}", "email": email, "phone": phone, "language": language}


# ---------------------------------------------------------------------------- helpers


def _all_networks() -> dict[str, Network]:
    return {network.slug: network for network in Network.objects.all()}


def _session_days(today: date, offset: int, weekday: int, count: int) -> list[date]:
    """`count` weekly days from today + offset, moved to the weekday (earlier for a past
    offset, later otherwise); weeks in the Christmas holidays are skipped."""
    first = today + timedelta(days=offset)
    if offset < 0:
        first -= timedelta(days=(first.weekday() - weekday) % 7)
    else:
        first += timedelta(days=(weekday - first.weekday()) % 7)
    while _christmas(first):
        first += timedelta(weeks=-1 if offset < 0 else 1)
    days, day = [], first
    while len(days) < count:
        if not _christmas(day):
            days.append(day)
        day += timedelta(weeks=1)
    return days


def _christmas(day: date) -> bool:
    """22 December – 2 January, as for the demo activities."""
    return (day.month, day.day) >= (12, 22) or (day.month, day.day) <= (1, 2)


def _working_day_on_or_before(day: date) -> date:
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return day


def _cycle(values: list, index: int):
    return values[index % len(values)]


def _ascii(text: str) -> str:
    text = text.lower().replace("æ", "ae").replace("ø", "o").replace("å", "a")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if c.isascii() and c.isalnum())


def _lookup(objects: dict, key, what: str):
    try:
        return objects[key]
    except KeyError:
        raise CommandError(f"Demo programmes refer to an unknown {what}: {key!r}") from None


def _same(obj, name: str, value) -> bool:
    field_ = obj._meta.get_field(name)
    if field_.is_relation:
        return getattr(obj, field_.attname) == (value.pk if value is not None else None)
    return getattr(obj, name) == value


def _upsert(model, lookup: dict, values: dict, stamps: dict | None = None):
    """Create the row, or save only the fields that differ. `stamps` are automatic time fields
    (created_at, auto_now…), set afterwards with an update. Returns (object, state)."""
    obj = model.objects.filter(**lookup).first()
    if obj is None:
        obj = model.objects.create(**lookup, **values)
        state = "created"
    else:
        changed = [name for name, value in values.items() if not _same(obj, name, value)]
        for name in changed:
            setattr(obj, name, values[name])
        if changed:
            if any(f.name == "updated_at" for f in model._meta.concrete_fields):
                changed.append("updated_at")
            obj.save(update_fields=changed)
        state = "updated" if changed else "unchanged"
    differ = {name: value for name, value in (stamps or {}).items() if getattr(obj, name) != value}
    if differ:
        model.objects.filter(pk=obj.pk).update(**differ)
        for name, value in differ.items():
            setattr(obj, name, value)
        state = "updated" if state == "unchanged" else state
    return obj, state


def _set_m2m(obj, m2m: dict) -> bool:
    """Set the many-to-manys that differ; True if any did."""
    changed = False
    for name, targets in m2m.items():
        manager = getattr(obj, name)
        if set(manager.values_list("pk", flat=True)) != {t.pk for t in targets}:
            manager.set(targets)
            changed = True
    return changed
