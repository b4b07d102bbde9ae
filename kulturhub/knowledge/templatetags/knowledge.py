from django import template

from kulturhub.knowledge.evidence import concept_evidence

register = template.Library()


@register.inclusion_tag("knowledge/concept_evidence.html", takes_context=True)
def evidence_panel(context, concept):
    """`{% evidence_panel concept %}` on a concept page."""
    request = context.get("request")
    user = getattr(request, "user", None)
    return {"concept": concept, "evidence": concept_evidence(concept, user), "user": user}
