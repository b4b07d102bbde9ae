"""Demo evaluation data for `seed_demo`: questionnaires and answers for the demo programmes.

Every demo programme asks its concept's instruments at the concept's time points. Everyone who
consented to evaluation answered at baseline; those who completed a finished round answered at
the end, and at the three-month follow-up where that date has passed. Answers are generated
item by item (so scoring, thresholds and statistics run on them exactly as on real answers),
reproducibly from the participant code: a modest improvement that grows with attendance, with
individual noise, the way published evaluations of culture on prescription look. Drop-outs
start a little worse off (attrition shows). Networks that use (S)WEMWBS record their licence
acknowledgement first, as a real network must. Running it again adds nothing twice.
"""

import hashlib
import random
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from django.db.models import Count, Q
from django.utils import timezone

from kulturhub.evaluation import instruments, summaries
from kulturhub.evaluation.models import (
    Invitation,
    LicenceAcknowledgement,
    Questionnaire,
    Response,
    Score,
)
from kulturhub.programmes.models import Consent, Enrolment, Programme, TimePoint

FOLLOW_UP_DAYS = {TimePoint.FOLLOW_UP_3: 91, TimePoint.FOLLOW_UP_6: 182}
DEMO_LICENCE_REFERENCE = "Demo: non-commercial licence registered with Warwick Medical School"


@dataclass
class Loaded:
    questionnaires: int = 0
    responses: int = 0
    invitations: int = 0
    licences: int = 0
    by_time_point: dict = field(default_factory=dict)

    def summary(self) -> str:
        answered = ", ".join(f"{n} {tp}" for tp, n in sorted(self.by_time_point.items()))
        return (
            f"{self.questionnaires} questionnaires, {self.responses} new responses "
            f"({answered or 'none new'}), {self.invitations} open invitations, "
            f"{self.licences} licence acknowledgements"
        )


def load_evaluation(today: date | None = None) -> Loaded:
    today = today or timezone.localdate()
    loaded = Loaded()
    programmes = Programme.objects.filter(concept__isnull=False).select_related(
        "concept", "network", "owner"
    )
    # Each programme's summary is refreshed once, after its answers were back-dated.
    with summaries.deferred():
        for programme in programmes:
            _Programme(programme, today, loaded).load()
            summaries.refresh([programme.pk])
    return loaded


def _rng(*parts) -> random.Random:
    digest = hashlib.sha256("|".join(str(p) for p in parts).encode()).hexdigest()
    return random.Random(int(digest[:16], 16))


def _aware(day: date, hour: int, programme) -> datetime:
    from zoneinfo import ZoneInfo

    return datetime.combine(day, time(hour, 0), tzinfo=ZoneInfo(programme.network.time_zone))


class _Programme:
    def __init__(self, programme, today: date, loaded: Loaded):
        self.programme = programme
        self.today = today
        self.loaded = loaded
        self.codes = [c for c in programme.concept.instruments if c in instruments.INSTRUMENT_CODES]
        self.time_points = [t for t in programme.concept.time_points if t in TimePoint.values]

    def load(self) -> None:
        if not self.codes or TimePoint.BASELINE not in self.time_points:
            return
        self.acknowledge_licences()
        questionnaires = {tp: self.questionnaire(tp) for tp in self.time_points}
        consented = set(
            Consent.objects.filter(
                participant__programme=self.programme,
                kind=Consent.Kind.EVALUATION,
                withdrawn_at__isnull=True,
            ).values_list("participant_id", flat=True)
        )
        enrolments = (
            Enrolment.objects.filter(cohort__programme=self.programme)
            .select_related("participant", "cohort")
            .annotate(
                present=Count("attendance", filter=Q(attendance__present=True)),
                recorded=Count("attendance"),
            )
            .order_by("participant__code")
        )
        for enrolment in enrolments:
            if enrolment.participant_id in consented:
                self.participant(enrolment, questionnaires)

    def acknowledge_licences(self) -> None:
        for code in self.codes:
            licence = instruments.load_instrument(code)["licence"]
            if not licence.get("acknowledgement_required"):
                continue
            _ack, made = LicenceAcknowledgement.objects.get_or_create(
                network=self.programme.network,
                instrument=code,
                defaults={"terms": licence["terms"], "reference": DEMO_LICENCE_REFERENCE},
            )
            self.loaded.licences += made

    def questionnaire(self, time_point: str) -> Questionnaire:
        questionnaire, made = Questionnaire.objects.get_or_create(
            programme=self.programme,
            time_point=time_point,
            defaults={"instruments": self.codes, "days_to_answer": 14},
        )
        self.loaded.questionnaires += made
        return questionnaire

    def due(self, cohort, time_point: str) -> date:
        if time_point == TimePoint.BASELINE:
            return cohort.starts_on
        if time_point == TimePoint.END:
            return cohort.ends_on
        return cohort.ends_on + timedelta(days=FOLLOW_UP_DAYS[time_point])

    def participant(self, enrolment, questionnaires) -> None:
        participant, cohort = enrolment.participant, enrolment.cohort
        rng = _rng("kulturhub-demo-evaluation", participant.code)
        share = enrolment.present / enrolment.recorded if enrolment.recorded else 0.0
        dropped = enrolment.status == Enrolment.Status.DROPPED_OUT
        # Latent position on each instrument's item scale: 0 = worst, 1 = best.
        start = min(0.85, max(0.08, rng.gauss(0.40 if dropped else 0.45, 0.13)))
        gain = max(-0.25, rng.gauss(0.02 + 0.12 * share, 0.12))
        for time_point, questionnaire in questionnaires.items():
            answered_on = self.due(cohort, time_point)
            if answered_on > self.today:
                if time_point == TimePoint.BASELINE:
                    self.invite(questionnaire, participant, answered_on)
                continue
            if time_point != TimePoint.BASELINE and (
                dropped or enrolment.status != Enrolment.Status.COMPLETED
            ):
                continue
            # Each time point draws from its own stream, so a rerun repeats every decision.
            moment = _rng("kulturhub-demo-evaluation", participant.code, time_point)
            if time_point.startswith("follow_up") and moment.random() < 0.25:
                continue  # a quarter do not answer the follow-up
            level = start
            if time_point == TimePoint.END:
                level = start + gain
            elif time_point != TimePoint.BASELINE:
                level = start + 0.7 * gain  # part of the gain fades after the course
            self.respond(questionnaire, participant, level, answered_on, moment)

    def invite(self, questionnaire, participant, due: date) -> None:
        contact = getattr(participant, "contact", None)
        _inv, made = Invitation.objects.get_or_create(
            questionnaire=questionnaire,
            participant=participant,
            defaults={
                "language": contact.language if contact else self.programme.concept.language,
                "expires_at": _aware(due + timedelta(days=14), 23, self.programme),
            },
        )
        self.loaded.invitations += made

    def respond(self, questionnaire, participant, level: float, answered_on: date, rng) -> None:
        if Response.objects.filter(questionnaire=questionnaire, participant=participant).exists():
            return
        from kulturhub.evaluation import services

        answers = {code: _answers(code, level, rng) for code in questionnaire.instruments}
        contact = getattr(participant, "contact", None)
        response = services.record_answers(
            questionnaire,
            participant,
            answers,
            language=contact.language if contact else self.programme.concept.language,
            source=Response.Source.ONLINE if rng.random() < 0.7 else Response.Source.PAPER,
        )
        stamp = _aware(answered_on, 11 + rng.randrange(6), self.programme)
        Response.objects.filter(pk=response.pk).update(created_at=stamp, updated_at=stamp)
        Score.objects.filter(response=response).update(answered_on=answered_on)
        self.loaded.responses += 1
        tp = questionnaire.time_point
        self.loaded.by_time_point[tp] = self.loaded.by_time_point.get(tp, 0) + 1


def _answers(code: str, level: float, rng: random.Random) -> dict[str, int]:
    """Item answers around a latent level (0 worst … 1 best), reversed items included."""
    definition = instruments.load_instrument(code)
    worse_is_higher = definition["direction"] == "higher_is_worse"
    worse_items = {
        part["item"]
        for part in definition.get("subscales", [])
        if part.get("direction") == "higher_is_worse"
    }
    result = {}
    for item in definition["items"]:
        options = item.get("response_options") or definition["response_options"]
        values = sorted(o["value"] for o in options)
        good = min(1.0, max(0.0, rng.gauss(level, 0.14)))
        if worse_is_higher or item["id"] in worse_items:  # e.g. UCLA-3, ONS4 anxiety
            good = 1 - good
        index = min(len(values) - 1, max(0, round(good * (len(values) - 1))))
        result[item["id"]] = values[index]
    return result
