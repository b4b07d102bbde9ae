from django.contrib import admin

from kulturhub.knowledge.models import KnowledgeItem, Link


class LinkInline(admin.TabularInline):
    model = Link
    extra = 0
    raw_id_fields = ["material"]


@admin.register(KnowledgeItem)
class KnowledgeItemAdmin(admin.ModelAdmin):
    list_display = ["title", "kind", "language", "network", "status", "visibility", "published_on"]
    list_filter = ["status", "visibility", "kind", "language", "evidence_level", "network"]
    search_fields = ["title", "summary"]
    prepopulated_fields = {"slug": ["title"]}
    filter_horizontal = ["tags", "authors", "organisations", "concepts"]
    raw_id_fields = ["translation_of", "created_by", "programmes", "activities"]
    date_hierarchy = "published_on"
    inlines = [LinkInline]
