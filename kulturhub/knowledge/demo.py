"""Load the demo knowledge items of demo_data.py for seed_demo.

Items are keyed on their slug (the item's `key`); a second run creates nothing and saves only
what differs. Translations are linked after all items exist. Written directly (no audit log):
the demo is not an editorial act.
"""

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from django.core.management.base import CommandError
from django.db import transaction
from django.utils import timezone

from kulturhub.activities.models import Activity
from kulturhub.core.models import Term
from kulturhub.knowledge import demo_data
from kulturhub.knowledge.models import KnowledgeItem
from kulturhub.network.models import Network, Organisation, Person
from kulturhub.programmes.models import Concept, Programme


@dataclass
class Loaded:
    items: int = 0
    members_only: int = 0
    languages: Counter = field(default_factory=Counter)
    changes: Counter = field(default_factory=Counter)

    def summary(self) -> str:
        languages = ", ".join(f"{n} {code}" for code, n in sorted(self.languages.items()))
        return (
            f"Knowledge bank: {self.items} items ({languages}), {self.members_only} members-only; "
            f"this run {self.changes['created']} created, {self.changes['updated']} updated, "
            f"{self.changes['unchanged']} unchanged."
        )


def _lookup(model, slugs, what):
    found = {obj.slug: obj for obj in model.objects.filter(slug__in=slugs)}
    missing = set(slugs) - set(found)
    if missing:
        raise CommandError(f"Knowledge demo data refers to unknown {what}: {sorted(missing)}")
    return found


def _differs(item: KnowledgeItem, name: str, value) -> bool:
    field = KnowledgeItem._meta.get_field(name)
    if field.is_relation:  # compare ids, without loading the related row
        return getattr(item, field.attname) != (value.pk if value is not None else None)
    return getattr(item, name) != value


@transaction.atomic
def load_knowledge() -> Loaded:
    rows = demo_data.ITEMS
    networks = _lookup(Network, {r["network"] for r in rows}, "networks")
    organisations = _lookup(
        Organisation, {s for r in rows for s in r.get("organisations", [])}, "organisations"
    )
    concepts = _lookup(Concept, {s for r in rows for s in r.get("concepts", [])}, "concepts")
    programmes = _lookup(
        Programme, {s for r in rows for s in r.get("programmes", [])}, "programmes"
    )
    activities = _lookup(Activity, {s for r in rows for s in r.get("activities", [])}, "activities")
    terms = {(t.vocabulary, t.slug): t for t in Term.objects.all()}
    loaded = Loaded()
    items: dict[str, KnowledgeItem] = {}
    for row in rows:
        values = {
            "network": networks[row["network"]],
            "kind": row["kind"],
            "title": row["title"],
            "summary": row["summary"],
            "body": row["body"],
            "language": row["language"],
            "evidence_level": row["evidence"],
            "visibility": row.get("visibility", KnowledgeItem.Visibility.PUBLIC),
            "status": KnowledgeItem.Status.PUBLISHED,
            "published_on": date.fromisoformat(row["published_on"])
            if row.get("published_on")
            else None,
        }
        author = None
        if row.get("draft_by"):
            author = Person.objects.select_related("user").get(email=row["draft_by"])
            values["status"] = KnowledgeItem.Status.DRAFT
            values["created_by"] = author.user
        item = KnowledgeItem.objects.filter(slug=row["key"]).first()
        if item is None:
            item = KnowledgeItem.objects.create(
                slug=row["key"],
                publication_requested_at=timezone.now() if author else None,
                **values,
            )
            if author:
                item.authors.add(author)
            state = "created"
        else:
            changed = [name for name, value in values.items() if _differs(item, name, value)]
            for name in changed:
                setattr(item, name, values[name])
            if changed:
                item.save(update_fields=[*changed, "updated_at"])
            state = "updated" if changed else "unchanged"
        try:
            wanted = {
                "tags": [terms[tuple(tag.split(":", 1))] for tag in row.get("tags", [])],
                "organisations": [organisations[s] for s in row.get("organisations", [])],
                "concepts": [concepts[s] for s in row.get("concepts", [])],
                "programmes": [programmes[s] for s in row.get("programmes", [])],
                "activities": [activities[s] for s in row.get("activities", [])],
            }
        except KeyError as error:
            raise CommandError(f"Knowledge demo data uses an unknown term: {error}") from None
        for name, targets in wanted.items():
            manager = getattr(item, name)
            if set(manager.values_list("pk", flat=True)) != {t.pk for t in targets}:
                manager.set(targets)
                state = "updated" if state == "unchanged" else state
        items[row["key"]] = item
        loaded.changes[state] += 1
        loaded.items += 1
        loaded.languages[row["language"]] += 1
        loaded.members_only += values["visibility"] == KnowledgeItem.Visibility.MEMBERS
    for row in rows:
        original = items.get(row.get("translation_of", ""))
        item = items[row["key"]]
        if item.translation_of_id != (original.pk if original else None):
            item.translation_of = original
            item.save(update_fields=["translation_of", "updated_at"])
    return loaded
