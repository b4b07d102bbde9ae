import factory
from django.utils import timezone
from factory.django import DjangoModelFactory

from kulturhub.knowledge.models import EvidenceLevel, Kind, KnowledgeItem
from kulturhub.network.tests.factories import NetworkFactory


class KnowledgeItemFactory(DjangoModelFactory):
    class Meta:
        model = KnowledgeItem
        skip_postgeneration_save = True

    network = factory.SubFactory(NetworkFactory)
    kind = Kind.PRACTICE
    title = factory.Sequence(lambda n: f"Erfaringer med kultur og sundhed {n}")
    slug = factory.Sequence(lambda n: f"item-{n}")
    summary = "Et kort resumé."
    body = "Tekst om **kultur** og sundhed."
    language = "da"
    evidence_level = EvidenceLevel.DESCRIPTION
    status = KnowledgeItem.Status.PUBLISHED
    visibility = KnowledgeItem.Visibility.PUBLIC
    published_on = factory.LazyFunction(timezone.localdate)

    class Params:
        draft = factory.Trait(status=KnowledgeItem.Status.DRAFT, published_on=None)
        members_only = factory.Trait(visibility=KnowledgeItem.Visibility.MEMBERS)

    @factory.post_generation
    def tags(self, create, terms, **kwargs):
        if create and terms:
            self.tags.set(terms)
