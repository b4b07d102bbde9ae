from django.urls import path

from kulturhub.evaluation import dashboard_views, import_views, question_views, views

app_name = "evaluation"

urlpatterns = [
    path("q/<str:token>/", views.answer, name="answer"),
    path("programmes/<slug:slug>/evaluation/", views.questionnaires, name="questionnaires"),
    path("programmes/<slug:slug>/evaluation/research.csv", views.research_csv, name="research_csv"),
    path(
        "networks/<slug:slug>/evaluation/research.csv",
        views.network_research_csv,
        name="network_research_csv",
    ),
    path("programmes/<slug:slug>/evaluation/<int:pk>/invite/", views.invite, name="invite"),
    path("programmes/<slug:slug>/evaluation/<int:pk>/remind/", views.remind, name="remind"),
    path("programmes/<slug:slug>/evaluation/<int:pk>/letters/", views.letters, name="letters"),
    path("networks/<slug:slug>/evaluation/licences/", views.licences_page, name="licences"),
    path(
        "programmes/<slug:slug>/evaluation/<int:pk>/questions/",
        question_views.questionnaire_questions,
        name="questions",
    ),
    path("f/<str:token>/", question_views.feedback_answer, name="feedback_answer"),
    path("activities/<slug:slug>/feedback/", question_views.feedback_manage, name="feedback"),
    path(
        "activities/<slug:slug>/feedback/send/",
        question_views.feedback_send,
        name="feedback_send",
    ),
    path(
        "activities/<slug:slug>/feedback/results/",
        question_views.feedback_results,
        name="feedback_results",
    ),
    path(
        "programmes/<slug:slug>/evaluation/<int:pk>/paper/<str:code>/",
        views.paper_entry,
        name="paper",
    ),
    path("programmes/<slug:slug>/evaluation/import/", import_views.import_page, name="imports"),
    path(
        "programmes/<slug:slug>/evaluation/import/template.csv",
        import_views.import_template,
        name="import_template",
    ),
    path(
        "programmes/<slug:slug>/evaluation/import/<int:pk>/",
        import_views.import_job,
        name="import",
    ),
    path(
        "programmes/<slug:slug>/evaluation/import/<int:pk>/status.json",
        import_views.import_status,
        name="import_status",
    ),
    path(
        "programmes/<slug:slug>/evaluation/import/<int:pk>/report.csv",
        import_views.import_report,
        name="import_report",
    ),
]

# Dashboards at six levels, each with its PDF report and XLSX export.
_DASHBOARDS = [
    ("evaluation/", "overview", {"level": "all"}),
    ("evaluation/networks/<slug:slug>/", "network_dashboard", {"level": "network"}),
    ("evaluation/organisations/<slug:slug>/", "organisation_dashboard", {"level": "organisation"}),
    ("evaluation/concepts/<slug:slug>/", "concept_dashboard", {"level": "concept"}),
    ("programmes/<slug:slug>/evaluation/results/", "results", {"level": "programme"}),
    (
        "programmes/<slug:slug>/evaluation/results/cohorts/<int:pk>/",
        "cohort_dashboard",
        {"level": "cohort"},
    ),
]
for _route, _name, _kwargs in _DASHBOARDS:
    urlpatterns += [
        path(_route, dashboard_views.dashboard, _kwargs, name=_name),
        path(f"{_route}report.pdf", dashboard_views.dashboard, {**_kwargs, "fmt": "pdf"}),
        path(f"{_route}results.xlsx", dashboard_views.dashboard, {**_kwargs, "fmt": "xlsx"}),
    ]
