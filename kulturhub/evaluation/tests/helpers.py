"""Test data for the analyses: a concept, programmes adopting it, WHO-5 scores written as an
import would write them (responses and scores, then the summary refresh)."""

from datetime import date

from kulturhub.evaluation import summaries
from kulturhub.evaluation.models import Questionnaire, Response, Score
from kulturhub.network.tests import factories as nf
from kulturhub.programmes.models import Concept, Participant, Programme


def make_concept(network) -> Concept:
    return Concept.objects.create(
        title="Kultur på recept",
        slug="kultur-paa-recept",
        summary="x",
        description="x",
        language="da",
        weeks=10,
        sessions=20,
        group_size=12,
        origin_network=network,
        instruments=["WHO5"],
        time_points=["baseline", "end"],
    )


def make_programme(network, concept, name):
    owner = nf.OrganisationFactory(name=f"{name} Kommune", slug=f"{name.lower()}-kommune")
    nf.MembershipFactory(network=network, organisation=owner)
    return Programme.objects.create(
        network=network,
        owner=owner,
        concept=concept,
        title=f"Kultur på recept {name}",
        slug=f"kpr-{name.lower()}",
        code=f"{name[:3].upper()}-KPR",
        summary="x",
        country="DK",
        municipality=name,
        status=Programme.Status.RUNNING,
    )


def add_scores(programme, pairs, *, genders=None, start=date(2026, 3, 2)):
    """Participants with WHO-5 scores at baseline and end (None: did not answer)."""
    questionnaires = {
        tp: Questionnaire.objects.get_or_create(
            programme=programme, time_point=tp, defaults={"instruments": ["WHO5"]}
        )[0]
        for tp in ("baseline", "end")
    }
    for n, values in enumerate(pairs):
        participant = Participant.objects.create(
            programme=programme,
            code=f"{programme.code}-{n:03d}",
            gender=(genders or ["woman", "man"])[n % len(genders or [0, 1])],
            age_band="45-64",
        )
        for time_point, value in zip(("baseline", "end"), values, strict=True):
            if value is None:
                continue
            response = Response.objects.create(
                questionnaire=questionnaires[time_point],
                participant=participant,
                time_point=time_point,
                language="da",
                source=Response.Source.IMPORT,
            )
            Score.objects.create(
                participant=participant,
                programme=programme,
                instrument="WHO5",
                time_point=time_point,
                value=value,
                answered_on=start,
                response=response,
            )
    summaries.refresh([programme.pk])
