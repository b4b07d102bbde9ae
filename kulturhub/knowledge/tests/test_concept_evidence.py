"""The evidence panel on a concept page: pooled result (suppressed), lineage, linked items."""

import pytest

from kulturhub.evaluation.tests.helpers import add_scores, make_concept, make_programme
from kulturhub.knowledge.tests.factories import KnowledgeItemFactory

pytestmark = pytest.mark.django_db

# (baseline, end) WHO-5 scores per participant, per programme.
AARHUS = [(40, 56), (32, 44), (48, 52), (28, 48), (44, 60), (36, 36), (52, 68)]
ODENSE = [(24, 40), (36, 48), (40, 44), (44, 64), (20, 36), (32, 32)]
RANDERS = [(30, 42), (38, 50), (42, 41), (26, 44), (34, 46), (40, 60), (30, 30), (44, 52)]
VEJLE = [(40, 48), (28, 32), (36, 52)]  # too few to show


@pytest.fixture
def concept(network):
    return make_concept(network)


def _adopt(network, concept, name, pairs):
    programme = make_programme(network, concept, name)
    add_scores(programme, pairs)
    return programme


@pytest.fixture
def adopted(network, concept):
    return [
        _adopt(network, concept, name, pairs)
        for name, pairs in [
            ("Aarhus", AARHUS),
            ("Odense", ODENSE),
            ("Randers", RANDERS),
            ("Vejle", VEJLE),
        ]
    ]


def test_the_panel_shows_the_pooled_change_of_the_programmes_shown(as_user, concept, adopted, dave):
    page = as_user(dave).get(concept.get_absolute_url()).content.decode()
    panel = page.split('id="evidence-heading"', 1)[1].split("</section>", 1)[0]
    assert "WHO-5" in panel
    # Vejle (3 pairs) is hidden, and Odense with it (else Vejle could be worked out from the
    # total), so two programmes are pooled.
    assert "pooled across 2 programmes (random effects)" in panel
    assert "Adopted by Vejle Kommune" in panel  # the lineage lists every adoption
    assert "Developed in Kultur og sundhed Aarhus" in panel


def test_the_public_is_asked_to_log_in_for_results_but_sees_the_lineage(client, concept, adopted):
    page = client.get(concept.get_absolute_url()).content.decode()
    assert "Log in to see the pooled evaluation results." in page
    assert "pooled across" not in page
    assert "Adopted by Aarhus Kommune" in page


def test_a_concept_with_one_small_programme_shows_nothing_that_could_identify(
    as_user, network, concept, dave
):
    _adopt(network, concept, "Vejle", VEJLE)
    page = as_user(dave).get(concept.get_absolute_url()).content.decode()
    assert "Too few answers to show." in page


def test_the_panel_lists_visible_knowledge_items_about_the_concept(client, network, concept):
    public = KnowledgeItemFactory(
        network=network, title="Evaluering af KPR", evidence_level="controlled"
    )
    public.concepts.add(concept)
    hidden = KnowledgeItemFactory(network=network, title="Intern note", members_only=True)
    hidden.concepts.add(concept)
    page = client.get(concept.get_absolute_url()).content.decode()
    assert "Evaluering af KPR" in page
    assert "Intern note" not in page
    assert "Strongest evidence in the knowledge bank: Controlled study." in page
