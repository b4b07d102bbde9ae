"""The list, item, create and edit pages: who sees what, sanitised text, translations."""

import pytest
from django.urls import reverse

from kulturhub.knowledge.models import KnowledgeItem
from kulturhub.knowledge.tests.factories import KnowledgeItemFactory

pytestmark = pytest.mark.django_db


def test_the_list_page_searches_and_shows_facet_counts(client, network, music):
    KnowledgeItemFactory(
        network=network, title="Musik for ældre", body="Musik hver uge.", tags=[music]
    )
    response = client.get(reverse("knowledge:list"), {"q": "musik"})
    assert response.status_code == 200
    page = response.content.decode()
    assert "Musik for ældre" in page
    assert "Music (1)" in page
    assert "<mark>" in page


def test_a_bad_filter_is_refused_with_a_message(client):
    response = client.get(reverse("knowledge:list"), {"kind": "nonsense"})
    assert response.status_code == 400
    assert "Select a valid choice" in response.content.decode()


def test_the_list_page_costs_a_fixed_number_of_queries(
    as_user, network, bob, django_assert_max_num_queries
):
    for n in range(25):
        KnowledgeItemFactory(network=network, title=f"Musik {n}")
    client = as_user(bob)
    with django_assert_max_num_queries(16):
        response = client.get(reverse("knowledge:list"), {"q": "musik"})
    assert "New item for Kultur og sundhed Aarhus" in response.content.decode()


@pytest.mark.parametrize("user", [None, "dave", "carol"])
def test_a_members_only_item_is_not_found_by_outsiders(client, as_user, network, user, request):
    item = KnowledgeItemFactory(network=network, members_only=True, title="Intern")
    client = as_user(request.getfixturevalue(user) if user else None)
    assert client.get(item.get_absolute_url()).status_code == 404
    assert "Intern" not in client.get(reverse("knowledge:list")).content.decode()


def test_a_member_reads_a_members_only_item(as_user, network, bob):
    item = KnowledgeItemFactory(network=network, members_only=True, title="Intern")
    assert as_user(bob).get(item.get_absolute_url()).status_code == 200


def test_a_draft_is_seen_only_by_its_author_and_the_coordinators(
    as_user, network, alice, bob, dave
):
    item = KnowledgeItemFactory(network=network, draft=True, created_by=bob)
    assert as_user(None).get(item.get_absolute_url()).status_code == 404
    assert as_user(dave).get(item.get_absolute_url()).status_code == 404
    assert as_user(bob).get(item.get_absolute_url()).status_code == 200
    assert as_user(alice).get(item.get_absolute_url()).status_code == 200


def test_markdown_never_brings_script_handlers_or_javascript_links(client, network):
    item = KnowledgeItemFactory(
        network=network,
        body=(
            "Hej <script>alert('x')</script>\n\n"
            '<img src="x" onerror="alert(1)">\n\n'
            '[klik](javascript:alert(2)) og <a href="javascript:alert(3)">her</a>\n\n'
            '<p onclick="alert(4)">tekst</p>'
        ),
    )
    page = client.get(item.get_absolute_url()).content.decode()
    body = page.split('class="prose"', 1)[1].split("</div>", 1)[0]
    assert "<script" not in body
    assert "onerror" not in body
    assert "onclick" not in body
    assert "javascript:" not in body
    assert "klik" in body


def test_a_public_item_has_open_graph_metadata(client, network):
    item = KnowledgeItemFactory(network=network, title="Kor på hospitalet", summary="Om kor.")
    page = client.get(item.get_absolute_url()).content.decode()
    assert '<meta property="og:title" content="Kor på hospitalet">' in page
    assert '<meta property="og:description" content="Om kor.">' in page
    assert 'property="og:locale" content="da_DK"' in page


def test_a_members_only_item_has_no_open_graph_metadata(as_user, network, bob):
    item = KnowledgeItemFactory(network=network, members_only=True)
    assert "og:title" not in as_user(bob).get(item.get_absolute_url()).content.decode()


def test_the_item_page_links_its_translations(client, network):
    original = KnowledgeItemFactory(network=network, language="sv", title="Kör på sjukhus")
    danish = KnowledgeItemFactory(
        network=network, language="da", title="Kor på hospitalet", translation_of=original
    )
    KnowledgeItemFactory(
        network=network, language="fi", title="Kuoro", translation_of=original, draft=True
    )
    page = client.get(original.get_absolute_url()).content.decode()
    assert "Also in" in page
    assert f'href="{danish.get_absolute_url()}" hreflang="da" lang="da">Dansk</a>' in page
    assert 'hreflang="fi"' not in page  # the Finnish one is a draft
    page = client.get(danish.get_absolute_url()).content.decode()
    assert 'hreflang="sv" lang="sv">Svenska</a>' in page


# ---------------------------------------------------------------- create and edit


def _form(**extra):
    data = {
        "kind": "practice",
        "title": "Sang på plejehjem",
        "summary": "Ugentlig sang for beboere.",
        "body": "Vi synger.",
        "language": "da",
        "evidence_level": "pre_post",
        "visibility": "public",
        "links": "Rapport | https://example.org/rapport.pdf",
    }
    return {**data, **extra}


@pytest.mark.parametrize("user,status", [(None, 302), ("dave", 404), ("carol", 404)])
def test_only_members_can_open_the_new_item_form(as_user, network, user, status, request):
    client = as_user(request.getfixturevalue(user) if user else None)
    assert client.get(reverse("knowledge:create", args=[network.slug])).status_code == status


def test_a_member_writes_a_draft(as_user, network, bob, singing):
    client = as_user(bob)
    response = client.post(
        reverse("knowledge:create", args=[network.slug]),
        _form(tags_art_form=[singing.pk]),
    )
    item = KnowledgeItem.objects.get()
    assert response.status_code == 302
    assert item.status == KnowledgeItem.Status.DRAFT
    assert item.network == network
    assert list(item.tags.all()) == [singing]
    assert [(link.title, link.url) for link in item.links.all()] == [
        ("Rapport", "https://example.org/rapport.pdf")
    ]
    page = client.get(item.get_absolute_url()).content.decode()
    assert "Draft: only its authors" in page
    assert "Bob Berg" in page


def test_a_bad_link_is_refused_and_nothing_is_saved(as_user, network, bob):
    response = as_user(bob).post(
        reverse("knowledge:create", args=[network.slug]), _form(links="Rapport | javascript:x")
    )
    assert response.status_code == 400
    assert "Line 1" in response.content.decode()
    assert not KnowledgeItem.objects.exists()


def test_a_translation_in_the_same_language_is_refused(as_user, network, bob):
    original = KnowledgeItemFactory(network=network, language="da")
    response = as_user(bob).post(
        reverse("knowledge:create", args=[network.slug]), _form(translation_of=original.pk)
    )
    assert response.status_code == 400
    assert "another language" in response.content.decode()
    assert KnowledgeItem.objects.count() == 1


def test_the_author_edits_the_draft(as_user, network, bob):
    item = KnowledgeItemFactory(network=network, draft=True, created_by=bob)
    response = as_user(bob).post(
        reverse("knowledge:edit", args=[item.slug]), _form(title="Ny titel")
    )
    assert response.status_code == 302
    item.refresh_from_db()
    assert item.title == "Ny titel"


@pytest.mark.parametrize("user", [None, "dave", "carol"])
def test_others_cannot_edit(as_user, network, bob, user, request):
    item = KnowledgeItemFactory(network=network, draft=True, created_by=bob)
    client = as_user(request.getfixturevalue(user) if user else None)
    response = client.post(reverse("knowledge:edit", args=[item.slug]), _form(title="Hacked"))
    assert response.status_code in {302, 404}
    item.refresh_from_db()
    assert item.title != "Hacked"


def test_a_member_cannot_edit_a_published_item_but_a_coordinator_can(as_user, network, alice, bob):
    item = KnowledgeItemFactory(network=network, created_by=bob)
    url = reverse("knowledge:edit", args=[item.slug])
    assert as_user(bob).get(url).status_code == 404
    assert as_user(alice).get(url).status_code == 200
