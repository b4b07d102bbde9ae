"""An item links to the network's programmes, activities and organisations from its form, and
their pages list the linked items the reader may see."""

import pytest
from django.urls import reverse
from django.utils import translation

from kulturhub.activities.models import Activity
from kulturhub.activities.tests.factories import ActivityFactory
from kulturhub.knowledge.models import KnowledgeItem
from kulturhub.knowledge.tests.factories import KnowledgeItemFactory
from kulturhub.network.models import Organisation
from kulturhub.network.tests import factories as nf
from kulturhub.programmes.models import Programme

pytestmark = pytest.mark.django_db

HEADING = "In the knowledge bank"


def _programme(network, slug, status=Programme.Status.RUNNING):
    owner = nf.OrganisationFactory(name=f"Ejer {slug}", slug=f"ejer-{slug}")
    return Programme.objects.create(
        network=network,
        owner=owner,
        title=f"Kultur på recept {slug}",
        slug=slug,
        code=slug.upper(),
        summary="Ti uger med kunst.",
        country="DK",
        status=status,
    )


@pytest.fixture
def targets(network, other_network, bob):
    return {
        "programme": _programme(network, "kpr-aarhus"),
        "activity": ActivityFactory(network=network, title="Netværksmøde om sang"),
        "organisation": Organisation.objects.get(name="Aarhus Kommune"),  # bob's, a member
        "foreign_programme": _programme(other_network, "kpr-malmo"),
        "draft_activity": ActivityFactory(network=network, status=Activity.Status.DRAFT),
    }


def _form(**extra):
    return {
        "kind": "practice",
        "title": "Sang i Aarhus",
        "summary": "Ugentlig sang.",
        "body": "Vi synger.",
        "language": "da",
        "evidence_level": "description",
        "visibility": "public",
        **extra,
    }


def test_the_form_links_the_networks_programme_activity_and_organisation(
    as_user, network, alice, bob, targets
):
    response = as_user(bob).post(
        reverse("knowledge:create", args=[network.slug]),
        _form(
            programmes=[targets["programme"].pk],
            activities=[targets["activity"].pk],
            organisations=[targets["organisation"].pk],
        ),
    )
    assert response.status_code == 302
    item = KnowledgeItem.objects.get()
    assert list(item.programmes.all()) == [targets["programme"]]
    assert list(item.activities.all()) == [targets["activity"]]
    assert list(item.organisations.all()) == [targets["organisation"]]
    as_user(alice).post(reverse("knowledge:publish", args=[item.slug]))

    # Each linked page lists the item, for everyone since it is public.
    for subject in ("programme", "activity", "organisation"):
        with translation.override("en"):
            page = as_user(None).get(targets[subject].get_absolute_url()).content.decode()
        assert HEADING in page and "Sang i Aarhus" in page, subject


def test_the_form_offers_only_the_networks_own_and_refuses_others(as_user, network, bob, targets):
    form_page = as_user(bob).get(reverse("knowledge:create", args=[network.slug]))
    html = form_page.content.decode()
    assert targets["programme"].title in html
    assert targets["foreign_programme"].title not in html
    assert targets["draft_activity"].title not in html
    response = as_user(bob).post(
        reverse("knowledge:create", args=[network.slug]),
        _form(programmes=[targets["foreign_programme"].pk]),
    )
    assert response.status_code == 400
    assert not KnowledgeItem.objects.exists()


def test_editing_keeps_a_link_the_form_does_not_offer(as_user, network, bob, targets):
    # item_from_activity links drafts to the activity they came from, even a draft one.
    item = KnowledgeItemFactory(network=network, draft=True, created_by=bob)
    item.activities.add(targets["draft_activity"])
    edit = reverse("knowledge:edit", args=[item.slug])
    html = as_user(bob).get(edit).content.decode()
    assert targets["draft_activity"].title in html
    response = as_user(bob).post(edit, _form(activities=[targets["draft_activity"].pk]))
    assert response.status_code == 302
    assert list(item.activities.all()) == [targets["draft_activity"]]


def test_a_members_only_item_is_listed_for_members_only(as_user, network, bob, dave, targets):
    item = KnowledgeItemFactory(network=network, members_only=True, title="Intern sangrapport")
    item.programmes.add(targets["programme"])
    url = targets["programme"].get_absolute_url()
    assert "Intern sangrapport" in as_user(bob).get(url).content.decode()
    for outsider in (None, dave):
        with translation.override("en"):
            page = as_user(outsider).get(url).content.decode()
        assert "Intern sangrapport" not in page
        assert HEADING not in page  # no empty section either


def test_a_translated_item_is_listed_once_in_the_readers_language(client, network, targets):
    original = KnowledgeItemFactory(network=network, language="da", title="Sang i Aarhus")
    english = KnowledgeItemFactory(
        network=network, language="en", title="Singing in Aarhus", translation_of=original
    )
    for item in (original, english):
        item.programmes.add(targets["programme"])
    slug = targets["programme"].slug
    english_page = client.get(f"/en/programmes/{slug}/").content.decode()
    assert "Singing in Aarhus" in english_page and "Sang i Aarhus" not in english_page
    # No Swedish version: the original.
    swedish_page = client.get(f"/sv/programmes/{slug}/").content.decode()
    assert "Sang i Aarhus" in swedish_page and "Singing in Aarhus" not in swedish_page


def test_the_network_page_shows_its_newest_items_and_the_way_to_all_of_them(
    client, network, other_network
):
    for n in range(7):
        KnowledgeItemFactory(
            network=network, title=f"Erfaring {n}", published_on=f"2025-0{n + 1}-01"
        )
    KnowledgeItemFactory(network=network, title="Kun for medlemmer", members_only=True)
    KnowledgeItemFactory(network=other_network, title="Fra Skåne")
    with translation.override("en"):
        page = client.get(network.get_absolute_url()).content.decode()
    shown = [f"Erfaring {n}" for n in range(7) if f"Erfaring {n}<" in page]
    assert shown == ["Erfaring 2", "Erfaring 3", "Erfaring 4", "Erfaring 5", "Erfaring 6"]
    assert "Kun for medlemmer" not in page and "Fra Skåne" not in page
    assert f'href="{reverse("knowledge:list")}?network={network.slug}"' in page
    assert reverse("knowledge:network_atom", args=[network.slug]) in page
