from django.contrib import admin

from kulturhub.knowledge.models import Attachment, KnowledgeItem, Link


class LinkInline(admin.TabularInline):
    model = Link
    extra = 0
    raw_id_fields = ["material"]


class AttachmentInline(admin.TabularInline):
    """Files are added on the item page, where their kind and size are checked."""

    model = Attachment
    extra = 0
    fields = ["title", "file", "size"]
    readonly_fields = ["file", "size"]

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(KnowledgeItem)
class KnowledgeItemAdmin(admin.ModelAdmin):
    list_display = ["title", "kind", "language", "network", "status", "visibility", "published_on"]
    list_filter = ["status", "visibility", "kind", "language", "evidence_level", "network"]
    search_fields = ["title", "summary"]
    prepopulated_fields = {"slug": ["title"]}
    filter_horizontal = ["tags", "authors", "organisations", "concepts"]
    raw_id_fields = ["translation_of", "created_by", "programmes", "activities"]
    date_hierarchy = "published_on"
    list_filter = [*list_filter, "publication_requested_at"]
    inlines = [LinkInline, AttachmentInline]
