from django.urls import reverse

from kulturhub.network.models import Group, Membership, NetworkRole, Organisation
from kulturhub.network.tests import factories


def test_network_page_shows_members_by_kind_groups_coordinators_and_how_to_join(
    client, network, alice, hidden_person
):
    museum = factories.OrganisationFactory(name="ARoS", kind=Organisation.Kind.CULTURAL_INSTITUTION)
    factories.MembershipFactory(network=network, organisation=museum)
    ended = factories.OrganisationFactory(name="Gammel Kommune")
    factories.MembershipFactory(network=network, organisation=ended, status=Membership.Status.ENDED)
    group = factories.GroupFactory(network=network, name="Styregruppen", purpose="Styrer.")
    alice.person.listed = True
    alice.person.save()
    group.members.set([alice.person, hidden_person])
    page = client.get(reverse("network:detail", args=[network.slug])).content.decode()
    assert "<h3>Cultural institution</h3>" in page and "ARoS" in page
    assert "<h3>Municipality</h3>" in page and "Skive Kommune" in page
    assert "Gammel Kommune" not in page
    assert "Styregruppen" in page and "Alice Andersen" in page
    assert "Hanne Hemmelig" not in page
    assert "Ask to join" in page
    assert "<strong>culture and health</strong>" in page


def test_unlisted_coordinators_are_not_shown_to_the_public(client, as_user, network, alice):
    alice.person.listed = False
    alice.person.save()
    page = client.get(reverse("network:detail", args=[network.slug])).content.decode()
    assert "Alice Andersen" not in page
    page = as_user(alice).get(reverse("network:detail", args=[network.slug])).content.decode()
    assert "Alice Andersen" in page
    assert "Edit network" in page


def test_sub_networks_link_to_their_parent(client, network):
    child = factories.NetworkFactory(
        name="Kymenlaakso", slug="kymi", parent=network, country="FI", language="fi"
    )
    page = client.get(reverse("network:detail", args=[child.slug])).content.decode()
    assert 'aria-label="Breadcrumb"' in page and network.name in page
    page = client.get(reverse("network:detail", args=[network.slug])).content.decode()
    assert "Kymenlaakso" in page


def test_markdown_is_sanitised(client, network):
    network.description = (
        "Hello <script>alert(1)</script> [click](javascript:alert(2)) "
        '<img src=x onerror="alert(3)"> <a href="https://ok.example" onclick="x()">ok</a>'
    )
    network.save()
    page = client.get(reverse("network:detail", args=[network.slug])).content.decode()
    assert "<script>alert" not in page
    assert "javascript:" not in page
    assert "onerror" not in page and "onclick" not in page
    assert 'href="https://ok.example"' in page


def test_unknown_slugs_are_404(client, db):
    for url in ["/en/networks/nope/", "/en/organisations/nope/", "/en/people/nope/"]:
        response = client.get(url)
        assert response.status_code == 404
        assert "Page not found" in response.content.decode()


def test_coordinator_edits_the_network(as_user, network, alice):
    response = as_user(alice).post(
        reverse("network:edit", args=[network.slug]),
        {
            "name": "Kultur & Sundhed Aarhus",
            "language": "da",
            "other_languages": ["en"],
            "description": "Ny tekst",
            "open_for_members": "",
        },
    )
    assert response.status_code == 302
    network.refresh_from_db()
    assert network.name == "Kultur & Sundhed Aarhus"
    assert network.languages == ["da", "en"]
    assert network.open_for_members is False


def test_bad_network_edits_are_explained_and_change_nothing(as_user, network, alice):
    url = reverse("network:edit", args=[network.slug])
    for data, message in [
        ({"name": "", "language": "da"}, "This field is required."),
        ({"name": "x" * 201, "language": "da"}, "at most 200 characters"),
        ({"name": "OK", "language": "xx"}, "Select a valid choice."),
        ({"name": "OK", "language": "da", "contact_email": "nope"}, "valid email"),
    ]:
        response = as_user(alice).post(url, data)
        assert response.status_code == 200
        assert message in response.content.decode()
    network.refresh_from_db()
    assert network.name == "Kultur og sundhed Aarhus"


def test_coordinator_creates_and_edits_groups(as_user, network, alice, bob):
    client = as_user(alice)
    response = client.post(
        reverse("network:group_create", args=[network.slug]),
        {
            "kind": "working",
            "name": "Arbejdsgruppe",
            "purpose": "Planlægger møder.",
            "members": [bob.person.pk],
        },
    )
    assert response.status_code == 302
    group = Group.objects.get(name="Arbejdsgruppe")
    assert list(group.members.all()) == [bob.person]
    # A second group with the same name is refused.
    response = client.post(
        reverse("network:group_create", args=[network.slug]),
        {"kind": "steering", "name": "arbejdsgruppe"},
    )
    assert "already has a group with that name" in response.content.decode()
    assert Group.objects.count() == 1
    # People outside the network cannot be put in its groups.
    stranger = factories.PersonFactory()
    response = client.post(
        reverse("network:group_edit", args=[network.slug, group.pk]),
        {"kind": "working", "name": "Arbejdsgruppe", "members": [stranger.pk]},
    )
    assert response.status_code == 200
    assert list(group.members.all()) == [bob.person]


def test_a_group_of_another_network_is_404(as_user, network, other_network, alice):
    foreign = factories.GroupFactory(network=other_network)
    response = as_user(alice).get(reverse("network:group_edit", args=[network.slug, foreign.pk]))
    assert response.status_code == 404


def test_coordinator_manages_memberships(as_user, network, alice, bob):
    membership = Membership.objects.get(network=network, organisation__name="Aarhus Kommune")
    client = as_user(alice)
    client.post(
        reverse("network:membership_update", args=[network.slug, membership.pk]),
        {f"m{membership.pk}-status": "ended", f"m{membership.pk}-role": "observer"},
    )
    membership.refresh_from_db()
    assert membership.status == Membership.Status.ENDED
    assert membership.ended is not None
    organisation = factories.OrganisationFactory(
        name="Region Midtjylland", kind=Organisation.Kind.REGION
    )
    client.post(
        reverse("network:membership_add", args=[network.slug]),
        {"add-organisation": organisation.pk, "add-role": "funder"},
    )
    added = Membership.objects.get(network=network, organisation=organisation)
    assert added.role == Membership.Role.FUNDER and added.status == Membership.Status.ACTIVE


def test_a_network_keeps_at_least_one_coordinator(as_user, network, alice, bob):
    client = as_user(alice)
    url = reverse("network:person_role", args=[network.slug])
    response = client.post(
        url, {"role-person": alice.person.pk, "role-role": "member"}, follow=True
    )
    assert "at least one coordinator" in response.content.decode()
    assert NetworkRole.objects.get(person=alice.person).role == NetworkRole.Role.COORDINATOR
    client.post(url, {"role-person": bob.person.pk, "role-role": "coordinator"})
    assert NetworkRole.objects.get(person=bob.person).role == NetworkRole.Role.COORDINATOR
    client.post(url, {"role-person": alice.person.pk, "role-role": ""})
    assert not NetworkRole.objects.filter(person=alice.person).exists()


def test_organisation_page_shows_networks_and_listed_people(client, network, hidden_person):
    organisation = hidden_person.organisations.get()
    listed = factories.PersonFactory(name="Synlig Person")
    listed.organisations.add(organisation)
    page = client.get(reverse("network:organisation", args=[organisation.slug]))
    content = page.content.decode()
    assert network.name in content
    assert "Synlig Person" in content
    assert "Hanne Hemmelig" not in content


def test_list_pages_keep_their_query_count(client, network, django_assert_max_num_queries):
    for _n in range(15):
        organisation = factories.OrganisationFactory()
        factories.MembershipFactory(network=network, organisation=organisation)
        group = factories.GroupFactory(network=network)
        group.members.add(factories.PersonFactory())
    with django_assert_max_num_queries(12):
        client.get(reverse("network:detail", args=[network.slug]))
    with django_assert_max_num_queries(8):
        client.get(reverse("home"))
