from django.contrib import admin

from kulturhub.core.models import AuditEntry, Term


@admin.register(Term)
class TermAdmin(admin.ModelAdmin):
    list_display = ["label", "vocabulary", "slug", "position"]
    list_filter = ["vocabulary"]


@admin.register(AuditEntry)
class AuditEntryAdmin(admin.ModelAdmin):
    list_display = ["at", "actor", "action", "object_repr"]
    list_filter = ["action"]
    search_fields = ["object_repr", "action"]
    readonly_fields = [f.name for f in AuditEntry._meta.fields]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
