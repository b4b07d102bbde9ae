"""RSS/Atom per network and per tag, and sitemap.xml: public items only."""

import pytest
from django.urls import reverse

from kulturhub.knowledge.tests.factories import KnowledgeItemFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def items(network, music):
    return [
        KnowledgeItemFactory(network=network, title="Offentlig musik", tags=[music]),
        KnowledgeItemFactory(
            network=network, title="Hemmelig musik", members_only=True, tags=[music]
        ),
        KnowledgeItemFactory(network=network, title="Udkast musik", draft=True, tags=[music]),
    ]


@pytest.mark.parametrize(
    "name,args",
    [
        ("knowledge:network_rss", ["aarhus"]),
        ("knowledge:network_atom", ["aarhus"]),
        ("knowledge:tag_rss", ["art_form", "music"]),
        ("knowledge:tag_atom", ["art_form", "music"]),
    ],
)
def test_feeds_carry_public_items_only(as_user, items, bob, name, args):
    # Even a member's session does not put members-only items into a feed.
    for user in (None, bob):
        response = as_user(user).get(reverse(name, args=args))
        assert response.status_code == 200
        feed = response.content.decode()
        assert "Offentlig musik" in feed
        assert "Hemmelig" not in feed
        assert "Udkast" not in feed


def test_an_atom_feed_is_atom(client, items):
    response = client.get(reverse("knowledge:network_atom", args=["aarhus"]))
    assert response["Content-Type"].startswith("application/atom+xml")


def test_an_unknown_vocabulary_has_no_feed(client, items):
    assert (
        client.get(reverse("knowledge:tag_rss", args=["competence", "research"])).status_code == 404
    )


def test_the_sitemap_lists_public_items_and_pages(client, items):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    xml = response.content.decode()
    assert items[0].slug in xml
    assert items[1].slug not in xml
    assert items[2].slug not in xml
    assert "/sv/knowledge/" in xml


def test_a_list_filtered_by_one_tag_offers_that_tags_feeds(client, items):
    list_url = reverse("knowledge:list")
    rss = reverse("knowledge:tag_rss", args=["art_form", "music"])
    atom = reverse("knowledge:tag_atom", args=["art_form", "music"])
    page = client.get(list_url, {"art_form": "music"}).content.decode()
    assert f'href="{rss}"' in page and f'href="{atom}"' in page
    assert 'rel="alternate" type="application/atom+xml" title="Music"' in page
    # No tag, or tags of two vocabularies: no single topic to follow.
    assert rss not in client.get(list_url).content.decode()
    both = client.get(list_url, {"art_form": "music", "target_group": "elderly"}).content.decode()
    assert "/knowledge/feeds/tag/" not in both


def test_an_items_tags_lead_to_the_items_with_that_tag(client, items):
    page = client.get(items[0].get_absolute_url()).content.decode()
    assert f'href="{reverse("knowledge:list")}?art_form=music">Music</a>' in page
