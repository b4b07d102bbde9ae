"""sitemap.xml: public knowledge items and the public pages of the other apps."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from kulturhub.knowledge.models import KnowledgeItem


class KnowledgeSitemap(Sitemap):
    changefreq = "monthly"
    i18n = True
    limit = 5000

    def items(self):
        return KnowledgeItem.objects.public().order_by("pk")

    def lastmod(self, item):
        return item.updated_at


class PublicObjectSitemap(Sitemap):
    """Networks, published activities, public programmes and concepts."""

    changefreq = "weekly"
    i18n = True

    def items(self):
        from kulturhub.activities.models import Activity
        from kulturhub.network.models import Network
        from kulturhub.programmes.models import Concept, Programme

        return [
            *Network.objects.order_by("pk"),
            *Concept.objects.order_by("pk"),
            *Programme.objects.public().order_by("pk"),
            *Activity.objects.published().order_by("pk"),
        ]

    def lastmod(self, obj):
        return obj.updated_at


class StaticSitemap(Sitemap):
    changefreq = "daily"
    i18n = True

    def items(self):
        return [
            "home",
            "knowledge:list",
            "activities:list",
            "programmes:catalogue",
            "programmes:concepts",
        ]

    def location(self, name):
        return reverse(name)


SITEMAPS = {
    "pages": StaticSitemap,
    "objects": PublicObjectSitemap,
    "knowledge": KnowledgeSitemap,
}
