"""RSS and Atom feeds of public items, per network and per tag. Members-only items and
drafts are never in a feed: feeds are read without signing in."""

from datetime import UTC, datetime, time

from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from kulturhub.core import taxonomy
from kulturhub.core.models import Term
from kulturhub.knowledge.models import TAG_VOCABULARIES, KnowledgeItem
from kulturhub.network.models import Network

FEED_LENGTH = 30


class _ItemFeed(Feed):
    def items(self, obj):
        return (
            self.public_items(obj)
            .select_related("network")
            .order_by("-published_on", "-pk")[:FEED_LENGTH]
        )

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_pubdate(self, item):
        if item.published_on is None:
            return item.created_at
        return datetime.combine(item.published_on, time(12), tzinfo=UTC)

    def item_updateddate(self, item):
        return item.updated_at

    def item_categories(self, item):
        return [item.get_kind_display()]


class NetworkFeed(_ItemFeed):
    def get_object(self, request, network_slug):
        return get_object_or_404(Network, slug=network_slug)

    def public_items(self, network):
        return KnowledgeItem.objects.public().filter(network=network)

    def title(self, network):
        return _("Knowledge bank: %(network)s") % {"network": network.name}

    def link(self, network):
        return reverse("knowledge:list") + f"?network={network.slug}"

    def description(self, network):
        return _("New knowledge items from %(network)s.") % {"network": network.name}


class TagFeed(_ItemFeed):
    def get_object(self, request, vocabulary, slug):
        if vocabulary not in TAG_VOCABULARIES:
            from django.http import Http404

            raise Http404
        return get_object_or_404(Term, vocabulary=vocabulary, slug=slug)

    def public_items(self, term):
        return KnowledgeItem.objects.public().filter(tags=term)

    def title(self, term):
        return _("Knowledge bank: %(tag)s") % {"tag": taxonomy.label(term.vocabulary, term.slug)}

    def link(self, term):
        return reverse("knowledge:list") + f"?{term.vocabulary}={term.slug}"

    def description(self, term):
        return _("New knowledge items tagged %(tag)s.") % {
            "tag": taxonomy.label(term.vocabulary, term.slug)
        }


class NetworkAtomFeed(NetworkFeed):
    feed_type = Atom1Feed
    subtitle = NetworkFeed.description


class TagAtomFeed(TagFeed):
    feed_type = Atom1Feed
    subtitle = TagFeed.description
