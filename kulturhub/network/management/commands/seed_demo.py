"""`manage.py seed_demo`: load five real Nordic networks with fictional people for a demo.

The data lives in kulturhub/network/demo_data.py. The command is idempotent: networks and
organisations are keyed on their slug, people and users on their e-mail address, memberships
and roles on (network, organisation/person), groups on (network, name) and join requests on
(network, contact e-mail). A second run creates nothing, and saves only what differs from the
demo data (so it also resets demo content that someone changed while trying the site).
Join requests are only ever created, never reset: a coordinator may have decided them.

Last come a year of activities with registrations for every network, loaded by
kulturhub/activities/demo.py from kulturhub/activities/demo_data.py, and the concepts and
programmes (culture on prescription and others, with cohorts, referrals and participants),
loaded by kulturhub/programmes/demo.py from kulturhub/programmes/demo_data.py. The programme
staff's and facilitators' demo logins are made right after the people, so that the activities
link their registrations to those accounts from the first run on.
"""

from collections import Counter
from datetime import datetime

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from kulturhub.activities.demo import load_activities
from kulturhub.core import taxonomy
from kulturhub.core.models import Term
from kulturhub.core.text import unique_slug
from kulturhub.evaluation.demo import load_evaluation
from kulturhub.knowledge.demo import load_knowledge
from kulturhub.network import demo_data
from kulturhub.network.models import (
    Group,
    JoinRequest,
    Membership,
    Network,
    NetworkRole,
    Organisation,
    Person,
)
from kulturhub.programmes.demo import load_programme_logins, load_programmes

PERSON_TERMS = [
    ("competences", taxonomy.COMPETENCE),
    ("art_forms", taxonomy.ART_FORM),
    ("target_groups", taxonomy.TARGET_GROUP),
    ("languages", taxonomy.LANGUAGE),
]


class Command(BaseCommand):
    help = (
        "Load five real Nordic culture-and-health networks with fictional people and demo "
        "logins. Safe to run again: it creates no duplicates."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--force",
            action="store_true",
            help="Run even in production (KULTURHUB_ENV=production). Think twice.",
        )

    def handle(self, *args, force=False, **options):
        if settings.PRODUCTION and not force:
            raise CommandError(
                "seed_demo refuses to run in production (KULTURHUB_ENV=production): it adds "
                f"demo users whose password ({demo_data.DEMO_PASSWORD!r}) is public. "
                "Add --force if you really want demo data in this database."
            )
        self.changes = Counter()
        with transaction.atomic():
            taxonomy.sync_terms()  # normally done by migrate; cheap and makes the terms certain
            self.terms = {(t.vocabulary, t.slug): t for t in Term.objects.all()}
            organisations = self.load_organisations()
            networks = self.load_networks(organisations)
            memberships = self.load_memberships(networks, organisations)
            people, roles, logins = self.load_people(networks, organisations)
            programme_logins = load_programme_logins(networks)
            groups = self.load_groups(networks, people)
            join_requests = self.load_join_requests(networks)
            logins.insert(0, self.load_admin())
            activities = load_activities(networks)
            programmes = load_programmes(networks, logins=programme_logins)
            evaluation = load_evaluation()
            knowledge = load_knowledge()
        known = {email for email, _role, _network in logins}
        logins += [row for row in programme_logins.rows if row[0] not in known]
        self.print_summary(
            networks=len(networks),
            organisations=len(organisations),
            memberships=memberships,
            people=people.values(),
            roles=roles,
            groups=groups,
            join_requests=join_requests,
            activities=activities,
            programmes=programmes,
        )
        self.stdout.write(self.style.SUCCESS(f"Evaluation: {evaluation.summary()}."))
        self.stdout.write(self.style.SUCCESS(knowledge.summary()))
        self.print_logins(logins)

    # -------------------------------------------------------------------------- loaders

    def load_organisations(self) -> dict[str, Organisation]:
        organisations = {}
        for data in demo_data.ORGANISATIONS:
            values = {
                key: data[key]
                for key in [
                    "name",
                    "kind",
                    "country",
                    "region",
                    "municipality",
                    "website",
                    "description",
                    "email",
                ]
            }
            sectors = [self.term(taxonomy.SECTOR, slug) for slug in data["sectors"]]
            organisations[data["slug"]] = self.upsert(
                Organisation, {"slug": data["slug"]}, values, m2m={"sectors": sectors}
            )
        return organisations

    def load_networks(self, organisations) -> dict[str, Network]:
        networks: dict[str, Network] = {}
        for data in demo_data.NETWORKS:
            values = {
                key: data[key]
                for key in [
                    "name",
                    "short_description",
                    "description",
                    "country",
                    "region",
                    "language",
                    "time_zone",
                    "contact_email",
                    "website",
                    "open_for_members",
                    "join_information",
                ]
            }
            values["other_languages"] = data.get("other_languages", [])
            values["parent"] = self.lookup(networks, data.get("parent"), "network")
            for role in ["owner", "management", "funder"]:
                values[role] = self.lookup(organisations, data.get(role), "organisation")
            networks[data["slug"]] = self.upsert(Network, {"slug": data["slug"]}, values)
        return networks

    def load_memberships(self, networks, organisations) -> int:
        count = 0
        for network_slug, rows in demo_data.MEMBERSHIPS.items():
            network = self.lookup(networks, network_slug, "network")
            for organisation_slug, role, status in rows:
                organisation = self.lookup(organisations, organisation_slug, "organisation")
                self.upsert(
                    Membership,
                    {"network": network, "organisation": organisation},
                    {"role": role, "status": status},
                )
                count += 1
        return count

    def load_people(self, networks, organisations):
        """People, their roles and the demo accounts of those marked `login`."""
        consent_at = datetime.fromisoformat(demo_data.LISTED_CONSENT_AT)
        people: dict[str, Person] = {}
        roles = 0
        logins = []
        for network_slug, rows in demo_data.PEOPLE.items():
            home = self.lookup(networks, network_slug, "network")
            for data in rows:
                listed = data.get("listed", True)
                values = {
                    "name": data["name"],
                    "title": data["title"],
                    "bio": data["bio"],
                    "open_to_collaboration": data.get("open", False),
                    "listed": listed,
                    "listed_consent_at": consent_at if listed else None,
                }
                role = data.get("role", NetworkRole.Role.MEMBER)
                if data.get("login"):
                    values["user"] = self.demo_user(
                        data["email"], data["name"], home.language, home.time_zone
                    )
                    logins.append((data["email"], role, home))
                m2m = {
                    "organisations": [
                        self.lookup(organisations, slug, "organisation")
                        for slug in data["organisations"]
                    ],
                    **{
                        field: [self.term(vocabulary, slug) for slug in data.get(field, [])]
                        for field, vocabulary in PERSON_TERMS
                    },
                }
                person = self.upsert(
                    Person,
                    {"email": data["email"]},
                    values,
                    m2m=m2m,
                    create_extra=lambda name=data["name"]: {"slug": unique_slug(Person, name)},
                )
                people[data["email"]] = person
                for slug, network_role in {network_slug: role, **data.get("also", {})}.items():
                    network = self.lookup(networks, slug, "network")
                    self.upsert(
                        NetworkRole, {"network": network, "person": person}, {"role": network_role}
                    )
                    roles += 1
        return people, roles, logins

    def load_groups(self, networks, people) -> int:
        for data in demo_data.GROUPS:
            network = self.lookup(networks, data["network"], "network")
            members = [self.lookup(people, email, "person") for email in data["members"]]
            self.upsert(
                Group,
                {"network": network, "name": data["name"]},
                {"kind": data["kind"], "purpose": data["purpose"]},
                m2m={"members": members},
            )
        return len(demo_data.GROUPS)

    def load_join_requests(self, networks) -> int:
        for data in demo_data.JOIN_REQUESTS:
            network = self.lookup(networks, data["network"], "network")
            fields = {key: value for key, value in data.items() if key != "network"}
            if JoinRequest.objects.filter(
                network=network, contact_email__iexact=data["contact_email"]
            ).exists():
                self.changes["unchanged"] += 1
                continue
            JoinRequest.objects.create(
                network=network,
                language=network.language,
                status=JoinRequest.Status.PENDING,
                **fields,
            )
            self.changes["created"] += 1
        return len(demo_data.JOIN_REQUESTS)

    def load_admin(self):
        admin = demo_data.ADMIN
        self.demo_user(
            admin["email"],
            admin["full_name"],
            admin["language"],
            admin["time_zone"],
            superuser=True,
        )
        return (admin["email"], "superuser", None)

    # -------------------------------------------------------------------------- helpers

    def term(self, vocabulary: str, slug: str) -> Term:
        try:
            return self.terms[(vocabulary, slug)]
        except KeyError:
            raise CommandError(f"Demo data uses an unknown {vocabulary} term: {slug!r}") from None

    @staticmethod
    def lookup(objects: dict, key: str | None, what: str):
        if key is None:
            return None
        try:
            return objects[key]
        except KeyError:
            raise CommandError(f"Demo data refers to an unknown {what}: {key!r}") from None

    def upsert(self, model, lookup: dict, values: dict, m2m=None, create_extra=None):
        """Create the row, or save just the fields that differ; then set its many-to-manys."""
        obj = model.objects.filter(**lookup).first()
        if obj is None:
            extra = create_extra() if create_extra else {}
            obj = model.objects.create(**lookup, **values, **extra)
            state = "created"
        else:
            changed = [name for name, value in values.items() if not self.same(obj, name, value)]
            for name in changed:
                setattr(obj, name, values[name])
            if changed:
                obj.save(update_fields=[*changed, "updated_at"])
            state = "updated" if changed else "unchanged"
        for name, targets in (m2m or {}).items():
            manager = getattr(obj, name)
            if set(manager.values_list("pk", flat=True)) != {t.pk for t in targets}:
                manager.set(targets)
                if state == "unchanged":
                    state = "updated"
        self.changes[state] += 1
        return obj

    @staticmethod
    def same(obj, name: str, value) -> bool:
        field = obj._meta.get_field(name)
        if field.is_relation:
            return getattr(obj, field.attname) == (value.pk if value is not None else None)
        return getattr(obj, name) == value

    def demo_user(self, email, full_name, language, time_zone, superuser=False):
        User = get_user_model()
        user = User.objects.filter(email__iexact=email).first()
        if user is None:
            create = User.objects.create_superuser if superuser else User.objects.create_user
            user = create(
                email,
                demo_data.DEMO_PASSWORD,
                full_name=full_name,
                language=language,
                time_zone=time_zone,
            )
            self.changes["created"] += 1
            return user
        wanted = {
            "full_name": full_name,
            "language": language,
            "time_zone": time_zone,
            "is_active": True,
            "is_staff": superuser,
            "is_superuser": superuser,
        }
        changed = [name for name, value in wanted.items() if getattr(user, name) != value]
        for name in changed:
            setattr(user, name, wanted[name])
        if not user.check_password(demo_data.DEMO_PASSWORD):
            user.set_password(demo_data.DEMO_PASSWORD)
            changed.append("password")
        if changed:
            user.save(update_fields=changed)
        self.changes["updated" if changed else "unchanged"] += 1
        return user

    # -------------------------------------------------------------------------- output

    def print_summary(
        self,
        *,
        networks,
        organisations,
        memberships,
        people,
        roles,
        groups,
        join_requests,
        activities=None,
        programmes=None,
    ):
        people = list(people)
        unlisted = sum(1 for person in people if not person.listed)
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo data loaded: {networks} networks, {organisations} organisations, "
                f"{memberships} memberships, {len(people)} people ({len(people) - unlisted} "
                f"listed, {unlisted} unlisted), {roles} network roles, {groups} groups, "
                f"{join_requests} join requests."
            )
        )
        self.stdout.write(
            f"This run: {self.changes['created']} created, {self.changes['updated']} updated, "
            f"{self.changes['unchanged']} unchanged."
        )
        if activities is not None:
            self.stdout.write(self.style.SUCCESS(activities.summary()))
            self.stdout.write(activities.changes_line())
        if programmes is not None:
            self.stdout.write(self.style.SUCCESS(programmes.summary()))

    def print_logins(self, logins):
        rows = [("E-mail", "Password", "Role", "Network")]
        for email, role, network in logins:
            where = f"{network.name} ({network.slug})" if network else "all networks"
            rows.append((email, demo_data.DEMO_PASSWORD, str(role), where))
        widths = [max(len(row[i]) for row in rows) for i in range(3)]
        self.stdout.write("")
        self.stdout.write(self.style.MIGRATE_HEADING("Demo logins"))
        for index, row in enumerate(rows):
            line = "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=False))
            line = f"  {line}  {row[3]}"
            self.stdout.write(self.style.MIGRATE_LABEL(line) if index == 0 else line)
