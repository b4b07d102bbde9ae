from django.contrib import admin

from kulturhub.activities.models import Activity, Material, Registration, Series


class MaterialInline(admin.TabularInline):
    model = Material
    extra = 0


@admin.register(Activity)
class ActivityAdmin(admin.ModelAdmin):
    list_display = ["title", "network", "kind", "starts_at", "format", "audience", "status"]
    list_filter = ["kind", "format", "audience", "status", "network"]
    search_fields = ["title", "slug"]
    date_hierarchy = "starts_at"
    autocomplete_fields = ["organisers", "organiser_groups"]
    inlines = [MaterialInline]


@admin.register(Registration)
class RegistrationAdmin(admin.ModelAdmin):
    list_display = ["name", "email", "activity", "status", "queued_at"]
    list_filter = ["status"]
    search_fields = ["name", "email", "activity__title"]
    readonly_fields = ["queued_at", "offer_expires_at", "reminder_sent_at", "checked_in_at"]


@admin.register(Series)
class SeriesAdmin(admin.ModelAdmin):
    list_display = ["title", "network"]
