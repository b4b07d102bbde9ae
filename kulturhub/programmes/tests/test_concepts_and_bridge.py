from django.core import mail
from django.urls import reverse

from kulturhub.core.models import AuditEntry
from kulturhub.network.tests.factories import term
from kulturhub.programmes.models import BridgeItem, Concept, Programme, ProgrammeStaff
from kulturhub.programmes.tests.helpers import consent_and_enrol, refer


def _concept(network):
    concept = Concept.objects.create(
        title="Kultur på recept",
        slug="kultur-paa-recept",
        summary="Ti uger med kultur.",
        description="Et **gruppeforløb**.",
        language="da",
        weeks=10,
        sessions=20,
        group_size=12,
        origin_network=network,
        instruments=["WHO5", "UCLA3"],
        time_points=["baseline", "end"],
    )
    concept.art_forms.set([term("art_form", "music")])
    return concept


def test_adopting_a_concept_makes_a_draft_programme_in_ones_organisation(
    as_user, network, programme, sofie
):
    concept = _concept(network)
    page = as_user(sofie).get(concept.get_absolute_url()).content.decode()
    assert "Adopt this concept" in page
    response = as_user(sofie).post(
        reverse("programmes:adopt", args=[concept.slug]),
        {"organisation": programme.owner.pk, "network": network.pk},
    )
    adopted = Programme.objects.get(concept=concept)
    assert response["Location"] == reverse("programmes:edit", args=[adopted.slug])
    assert adopted.owner == programme.owner and adopted.status == Programme.Status.DRAFT
    assert adopted.title == "Kultur på recept" and adopted.summary == "Ti uger med kultur."
    assert list(adopted.art_forms.values_list("slug", flat=True)) == ["music"]
    assert adopted.staff.get().user == sofie
    assert adopted.staff.get().role == ProgrammeStaff.Role.STAFF
    # Drafts are not part of the lineage shown to the public until published.
    adopted.status = Programme.Status.RECRUITING
    adopted.save()
    page = as_user(None).get(concept.get_absolute_url()).content.decode()
    assert "Aarhus Kommune" in page


def test_one_cannot_adopt_for_someone_elses_organisation(as_user, network, dave, programme):
    concept = _concept(network)
    as_user(dave).post(
        reverse("programmes:adopt", args=[concept.slug]),
        {"organisation": programme.owner.pk, "network": network.pk},
    )
    assert not Programme.objects.filter(concept=concept).exists()


def test_the_after_course_list_is_printed_or_e_mailed(as_user, programme, cohort, sofie):
    consent_and_enrol(refer(programme, 1), cohort, sofie)
    client = as_user(sofie)
    url = reverse("programmes:bridge", args=[programme.slug, cohort.pk])
    client.post(
        url,
        {
            "kind": "culture_card",
            "title": "Kulturkortet",
            "description": "Gratis entré på byens museer.",
        },
    )
    assert BridgeItem.objects.get().title == "Kulturkortet"
    client.post(url, {"action": "email"})
    [message] = mail.outbox
    assert message.to == ["borger1@example.org"]
    assert "Kulturkortet" in message.body
    assert (
        AuditEntry.objects.filter(
            action="programmes.contact.read", data__purpose="bridge e-mail"
        ).count()
        == 1
    )
    assert "Kulturkortet" in client.get(url).content.decode()
