from django.urls import path

from kulturhub.knowledge import feeds, views

app_name = "knowledge"

urlpatterns = [
    path("knowledge/", views.item_list, name="list"),
    path("knowledge/new/<slug:network_slug>/", views.item_create, name="create"),
    path(
        "knowledge/from-activity/<slug:activity_slug>/",
        views.from_activity,
        name="from_activity",
    ),
    path(
        "knowledge/feeds/network/<slug:network_slug>.rss", feeds.NetworkFeed(), name="network_rss"
    ),
    path(
        "knowledge/feeds/network/<slug:network_slug>.atom",
        feeds.NetworkAtomFeed(),
        name="network_atom",
    ),
    path("knowledge/feeds/tag/<str:vocabulary>/<slug:slug>.rss", feeds.TagFeed(), name="tag_rss"),
    path(
        "knowledge/feeds/tag/<str:vocabulary>/<slug:slug>.atom",
        feeds.TagAtomFeed(),
        name="tag_atom",
    ),
    path("knowledge/attachments/<int:pk>/", views.attachment_download, name="attachment"),
    path("knowledge/<slug:slug>/", views.item_detail, name="detail"),
    path("knowledge/<slug:slug>/attachments/add/", views.attachment_add, name="attachment_add"),
    path(
        "knowledge/<slug:slug>/attachments/<int:pk>/remove/",
        views.attachment_remove,
        name="attachment_remove",
    ),
    path("knowledge/<slug:slug>/edit/", views.item_edit, name="edit"),
    path("knowledge/<slug:slug>/publish/", views.item_publish, name="publish"),
    path(
        "knowledge/<slug:slug>/request-publication/",
        views.item_request_publication,
        name="request_publication",
    ),
]
