from django.contrib import admin

from kulturhub.programmes.models import (
    BridgeItem,
    Cohort,
    Concept,
    Programme,
    ProgrammeStaff,
    Referral,
    Session,
)


@admin.register(Concept)
class ConceptAdmin(admin.ModelAdmin):
    list_display = ["title", "origin_network", "licence"]
    prepopulated_fields = {"slug": ["title"]}
    filter_horizontal = ["target_groups", "art_forms"]
    search_fields = ["title"]


class StaffInline(admin.TabularInline):
    model = ProgrammeStaff
    extra = 0
    autocomplete_fields = ["user"]


@admin.register(Programme)
class ProgrammeAdmin(admin.ModelAdmin):
    list_display = ["title", "owner", "network", "status"]
    list_filter = ["status", "network"]
    search_fields = ["title", "code"]
    inlines = [StaffInline]
    filter_horizontal = ["target_groups", "art_forms", "languages", "partners"]


class SessionInline(admin.TabularInline):
    model = Session
    extra = 0


class BridgeInline(admin.TabularInline):
    model = BridgeItem
    extra = 0


@admin.register(Cohort)
class CohortAdmin(admin.ModelAdmin):
    list_display = ["__str__", "starts_on", "ends_on", "capacity"]
    inlines = [SessionInline, BridgeInline]


@admin.register(Referral)
class ReferralAdmin(admin.ModelAdmin):
    # Contact data are deliberately not in the admin: they are read through the audited views.
    list_display = ["participant", "programme", "channel", "status", "created_at"]
    list_filter = ["status", "channel"]
    readonly_fields = ["participant", "programme", "referrer", "referrer_organisation"]
