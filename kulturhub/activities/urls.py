from django.urls import path

from kulturhub.activities import views

app_name = "activities"

urlpatterns = [
    path("activities/", views.activity_list, name="list"),
    path("activities/calendar/", views.calendar_month, name="calendar"),
    path("activities/mine/", views.my_activities, name="mine"),
    path("activities/new/<slug:network_slug>/", views.activity_create, name="create"),
    path("activities/r/<str:token>/cancel/", views.cancel_by_token, name="cancel"),
    path("activities/r/<str:token>/accept/", views.accept_by_token, name="accept"),
    path(
        "activities/feeds/network/<slug:network_slug>.ics", views.network_feed, name="network_feed"
    ),
    path("activities/feeds/me/<str:token>.ics", views.personal_feed, name="personal_feed"),
    path("activities/materials/<int:pk>/", views.material_download, name="material"),
    path("networks/<slug:network_slug>/year-plan/", views.year_plan, name="year_plan"),
    path(
        "networks/<slug:network_slug>/year-plan/<int:year>/", views.year_plan, name="year_plan_year"
    ),
    path("activities/<slug:slug>/", views.activity_detail, name="detail"),
    path("activities/<slug:slug>/register/", views.register, name="register"),
    path("activities/<slug:slug>/unregister/", views.cancel_own, name="cancel_own"),
    path("activities/<slug:slug>/edit/", views.activity_edit, name="edit"),
    path("activities/<slug:slug>/cancel/", views.activity_cancel, name="cancel_activity"),
    path("activities/<slug:slug>/participants/", views.participants, name="participants"),
    path(
        "activities/<slug:slug>/participants.csv", views.participants_csv, name="participants_csv"
    ),
    path(
        "activities/<slug:slug>/participants/<int:pk>/cancel/",
        views.organiser_cancel,
        name="organiser_cancel",
    ),
    path("activities/<slug:slug>/check-in/", views.check_in, name="check_in"),
    path("activities/<slug:slug>/check-in/<int:pk>/", views.attendance, name="attendance"),
    path("activities/<slug:slug>/materials/add/", views.material_add, name="material_add"),
    path(
        "activities/<slug:slug>/materials/<int:pk>/delete/",
        views.material_delete,
        name="material_delete",
    ),
]
