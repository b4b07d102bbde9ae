from django.urls import path

from kulturhub.evaluation import views

app_name = "evaluation"

urlpatterns = [
    path("q/<str:token>/", views.answer, name="answer"),
    path("programmes/<slug:slug>/evaluation/", views.questionnaires, name="questionnaires"),
    path("programmes/<slug:slug>/evaluation/results/", views.results, name="results"),
    path(
        "programmes/<slug:slug>/evaluation/research.csv", views.research_csv, name="research_csv"
    ),
    path(
        "networks/<slug:slug>/evaluation/research.csv",
        views.network_research_csv,
        name="network_research_csv",
    ),
    path("programmes/<slug:slug>/evaluation/<int:pk>/invite/", views.invite, name="invite"),
    path(
        "programmes/<slug:slug>/evaluation/<int:pk>/paper/<str:code>/",
        views.paper_entry,
        name="paper",
    ),
]
