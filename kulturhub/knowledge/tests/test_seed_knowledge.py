"""seed_demo loads the demo knowledge bank: five languages, translations, members-only items,
and a second run changes nothing."""

from io import StringIO

import pytest
from django.core.management import call_command

from kulturhub.accounts.models import User
from kulturhub.knowledge import services
from kulturhub.knowledge.models import KnowledgeItem
from kulturhub.knowledge.search import search

pytestmark = pytest.mark.django_db


def _seed() -> str:
    out = StringIO()
    call_command("seed_demo", stdout=out)
    return out.getvalue()


def _snapshot():
    return sorted(KnowledgeItem.objects.values_list("slug", "title", "updated_at"))


def test_the_demo_knowledge_bank_is_multilingual_searchable_and_idempotent():
    first = _seed()
    assert "Knowledge bank: 32 items" in first
    assert set(KnowledgeItem.objects.values_list("language", flat=True)) == {
        "da",
        "sv",
        "fi",
        "nb",
        "en",
    }
    assert KnowledgeItem.objects.exclude(translation_of=None).count() >= 6
    assert KnowledgeItem.objects.filter(visibility="members").exists()
    assert search("kuoro", None).count >= 1
    assert search("ensamhet", None).count >= 1
    assert search("", None).count == KnowledgeItem.objects.public().count()
    # A member's draft waits for the Midtjylland coordinator, out of the public's sight.
    coordinator = User.objects.get(email="signe.kjaergaard@au.demo")
    [waiting] = services.waiting_for(coordinator)
    assert waiting.created_by.email == "line.dahlgaard@herning.demo"
    assert waiting.authors.get().name == "Line Dahlgaard"
    assert waiting not in KnowledgeItem.objects.visible_to(None)
    # Items about the demo's programmes and activities are linked to them.
    report = KnowledgeItem.objects.get(slug="stresskor-rapport")
    assert [p.slug for p in report.programmes.all()] == ["aalborg-stresskor"]
    assert KnowledgeItem.objects.filter(activities__isnull=False).count() >= 5

    snapshot = _snapshot()
    second = _seed()
    assert "0 created, 0 updated, 32 unchanged" in second
    assert _snapshot() == snapshot
