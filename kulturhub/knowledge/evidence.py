"""The evidence panel of a concept: the pooled evaluation result across every programme that
adopted it (from the evaluation dashboards, suppressed as for anyone but programme staff),
its lineage, and the knowledge items about it."""

from dataclasses import dataclass, field

from kulturhub.core import permissions
from kulturhub.knowledge.models import EvidenceLevel, KnowledgeItem


@dataclass
class Result:
    label: str
    # "pooled": random-effects estimate across programmes; "paired": the pairs taken together;
    # "hidden": too few answers to show.
    method: str
    estimate: float | None = None
    ci_low: float | None = None
    ci_high: float | None = None
    programmes: int = 0
    n: int = 0
    higher_is_better: bool = True


@dataclass
class Evidence:
    may_view: bool
    results: list[Result] = field(default_factory=list)
    lineage: list = field(default_factory=list)
    items: list[KnowledgeItem] = field(default_factory=list)
    best_level: str = ""


def concept_evidence(concept, user) -> Evidence:
    from kulturhub.evaluation import dashboards
    from kulturhub.programmes.models import Programme

    may_view = permissions.check(user, "view_evaluation", concept)[0]
    evidence = Evidence(may_view=may_view)
    adoptions = list(
        concept.adoptions.public().select_related("owner", "network").order_by("created_at", "pk")
    )
    evidence.lineage = adoptions
    evidence.items = list(
        KnowledgeItem.objects.visible_to(user).filter(concepts=concept).select_related("network")
    )
    levels = [value for value, _label in EvidenceLevel.choices]
    found = {item.evidence_level for item in evidence.items}
    best = [level for level in levels if level in found]
    evidence.best_level = str(EvidenceLevel(best[-1]).label) if best else ""
    if not may_view or not adoptions:
        return evidence
    dashboard = dashboards.build(
        "concept",
        concept.title,
        Programme.objects.filter(concept=concept),
        dashboards.Filters(),
        show_small=False,
    )
    for panel in dashboard.panels:
        measure = panel.measure
        result = Result(
            label=measure.label,
            method="hidden",
            higher_is_better=measure.higher_is_better,
            n=0 if panel.total.suppressed else panel.total.n,
        )
        if panel.pooled is not None:
            result.method = "pooled"
            result.estimate = panel.pooled.estimate
            result.ci_low, result.ci_high = panel.pooled.ci_low, panel.pooled.ci_high
            result.programmes = panel.pooled.k
        elif not panel.total.suppressed and panel.total.change is not None:
            change = panel.total.change
            result.method = "paired"
            result.estimate = change.mean_change
            result.ci_low, result.ci_high = change.ci_low, change.ci_high
            result.programmes = sum(1 for row in panel.rows if not row.suppressed)
        evidence.results.append(result)
    return evidence
