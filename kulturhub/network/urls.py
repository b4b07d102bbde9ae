from django.urls import path

from kulturhub.network import views

app_name = "network"

urlpatterns = [
    path("networks/<slug:slug>/", views.network_detail, name="detail"),
    path("networks/<slug:slug>/edit/", views.network_edit, name="edit"),
    path("networks/<slug:slug>/join/", views.join_request_create, name="join"),
    path("networks/<slug:slug>/join-requests/", views.join_request_list, name="join_requests"),
    path(
        "networks/<slug:slug>/join-requests/<int:pk>/",
        views.join_request_detail,
        name="join_request",
    ),
    path("networks/<slug:slug>/groups/new/", views.group_edit, name="group_create"),
    path("networks/<slug:slug>/groups/<int:pk>/edit/", views.group_edit, name="group_edit"),
    path("networks/<slug:slug>/groups/<int:pk>/delete/", views.group_delete, name="group_delete"),
    path("networks/<slug:slug>/members/", views.memberships, name="memberships"),
    path("networks/<slug:slug>/members/add/", views.membership_add, name="membership_add"),
    path(
        "networks/<slug:slug>/members/<int:pk>/",
        views.membership_update,
        name="membership_update",
    ),
    path("networks/<slug:slug>/roles/", views.person_role, name="person_role"),
    path("organisations/<slug:slug>/", views.organisation_detail, name="organisation"),
    path("people/<slug:slug>/", views.person_detail, name="person"),
    path("profile/directory/", views.profile_edit, name="profile"),
    path("partners/", views.partner_finder, name="partners"),
]
