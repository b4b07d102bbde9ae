from django import template
from django.utils.translation import get_language

from kulturhub.knowledge.evidence import concept_evidence
from kulturhub.knowledge.models import KnowledgeItem
from kulturhub.network.models import Network

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
def knowledge_about(context, subject, limit=ABOUT_LIMIT):
    """`{% knowledge_about programme %}` (or an activity, an organisation, a network): the
    knowledge items linked to it that the reader may see, newest first, each in one language:
    the reader's if a translation exists in it, else the original. A network's list links to
    all of its items and its feeds."""
    request = context.get("request")
    items = (
        KnowledgeItem.objects.visible_to(getattr(request, "user", None))
        .filter(pk__in=subject.knowledge_items.values("pk"))
        .only("slug", "title", "language", "kind", "published_on", "translation_of_id")
        .order_by("-published_on", "title")
    )
    language = get_language()
    chosen: dict[int, KnowledgeItem] = {}
    for item in items:
        family = item.translation_of_id or item.pk
        current = chosen.get(family)
        if (
            current is None
            or (item.language == language and current.language != language)
            or (item.translation_of_id is None and current.language != language)
        ):
            chosen[family] = item
    newest_first = sorted(
        chosen.values(),
        key=lambda i: (-i.published_on.toordinal() if i.published_on else 0, i.title),
    )
    network = subject if isinstance(subject, Network) else None
    return {"items": newest_first[:limit], "network": network}
