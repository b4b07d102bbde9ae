from django.contrib import admin

from kulturhub.network.models import (
    Group,
    JoinRequest,
    Membership,
    Network,
    NetworkRole,
    Organisation,
    Person,
)


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 0
    autocomplete_fields = ["organisation"]


class NetworkRoleInline(admin.TabularInline):
    model = NetworkRole
    extra = 0
    autocomplete_fields = ["person"]


@admin.register(Network)
class NetworkAdmin(admin.ModelAdmin):
    list_display = ["name", "country", "parent", "open_for_members"]
    list_filter = ["country", "open_for_members"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["parent", "funder", "owner", "management"]
    inlines = [MembershipInline, NetworkRoleInline]


@admin.register(Organisation)
class OrganisationAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "country", "region", "municipality"]
    list_filter = ["kind", "country"]
    search_fields = ["name", "municipality", "region"]
    prepopulated_fields = {"slug": ["name"]}
    filter_horizontal = ["sectors"]


@admin.register(Person)
class PersonAdmin(admin.ModelAdmin):
    list_display = ["name", "title", "email", "listed", "open_to_collaboration"]
    list_filter = ["listed", "open_to_collaboration"]
    search_fields = ["name", "email", "title"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["organisations", "user"]
    filter_horizontal = ["competences", "art_forms", "target_groups", "languages"]


@admin.register(Group)
class GroupAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "network"]
    list_filter = ["kind", "network"]
    search_fields = ["name"]
    autocomplete_fields = ["members"]


@admin.register(JoinRequest)
class JoinRequestAdmin(admin.ModelAdmin):
    list_display = ["organisation_name", "network", "status", "created_at"]
    list_filter = ["status", "network"]
    search_fields = ["organisation_name", "contact_email"]
    readonly_fields = ["decided_at", "decided_by", "organisation", "person"]
