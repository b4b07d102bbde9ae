from django import template

from kulturhub.knowledge.evidence import concept_evidence
from kulturhub.knowledge.models import KnowledgeItem

register = template.Library()


@register.inclusion_tag("knowledge/concept_evidence.html", takes_context=True)
def evidence_panel(context, concept):
    """`{% evidence_panel concept %}` on a concept page."""
    request = context.get("request")
    user = getattr(request, "user", None)
    return {"concept": concept, "evidence": concept_evidence(concept, user), "user": user}


# How many linked items a programme, activity or organisation page lists, newest first.
ABOUT_LIMIT = 10


@register.inclusion_tag("knowledge/includes/about.html", takes_context=True)
def knowledge_about(context, subject):
    """`{% knowledge_about programme %}` (or an activity, an organisation): the knowledge items
    linked to it that the reader may see, newest first."""
    request = context.get("request")
    items = (
        KnowledgeItem.objects.visible_to(getattr(request, "user", None))
        .filter(pk__in=subject.knowledge_items.values("pk"))
        .select_related("network")
        .order_by("-published_on", "title")[:ABOUT_LIMIT]
    )
    return {"items": list(items)}
