from django.urls import path

from kulturhub.evaluation import views

app_name = "evaluation"

urlpatterns = [
    path("q/<str:token>/", views.answer, name="answer"),
    path("programmes/<slug:slug>/evaluation/", views.questionnaires, name="questionnaires"),
    path("programmes/<slug:slug>/evaluation/results/", views.results, name="results"),
    path("programmes/<slug:slug>/evaluation/<int:pk>/invite/", views.invite, name="invite"),
    path(
        "programmes/<slug:slug>/evaluation/<int:pk>/paper/<str:code>/",
        views.paper_entry,
        name="paper",
    ),
]
