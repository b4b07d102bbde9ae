from django import template
from django.utils.translation import get_language

from kulturhub.knowledge import services
from kulturhub.knowledge.evidence import concept_evidence
from kulturhub.network.models import Network

register = template.Library()


@register.inclusion_tag("knowledge/concept_evidence.html", takes_context=True)
def evidence_panel(context, concept):
    """`{% evidence_panel concept %}` on a concept page."""
    request = context.get("request")
    user = getattr(request, "user", None)
    return {"concept": concept, "evidence": concept_evidence(concept, user), "user": user}


@register.inclusion_tag("knowledge/includes/about.html", takes_context=True)
def knowledge_about(context, subject, limit=services.ABOUT_LIMIT):
    """`{% knowledge_about programme %}` (or an activity, an organisation, a network): the
    knowledge items about it that the reader may see (`services.items_about`). A network's
    list links to all of its items and its feeds."""
    request = context.get("request")
    items = services.items_about(subject, getattr(request, "user", None), get_language(), limit)
    return {"items": items, "network": subject if isinstance(subject, Network) else None}
