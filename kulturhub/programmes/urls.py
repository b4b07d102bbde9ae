from django.urls import path

from kulturhub.programmes import views

app_name = "programmes"

urlpatterns = [
    path("programmes/", views.catalogue, name="catalogue"),
    path("programmes/new/", views.programme_create, name="create"),
    path("programmes/referrals/mine/", views.my_referrals, name="my_referrals"),
    path("concepts/", views.concept_list, name="concepts"),
    path("concepts/<slug:slug>/", views.concept_detail, name="concept"),
    path("concepts/<slug:slug>/adopt/", views.adopt, name="adopt"),
    path("programmes/<slug:slug>/", views.programme_detail, name="detail"),
    path("programmes/<slug:slug>/self-referral/", views.self_referral, name="self_referral"),
    path("programmes/<slug:slug>/refer/", views.refer, name="refer"),
    path("programmes/<slug:slug>/edit/", views.programme_edit, name="edit"),
    path("programmes/<slug:slug>/manage/", views.manage, name="manage"),
    path("programmes/<slug:slug>/staff/", views.staff_add, name="staff_add"),
    path("programmes/<slug:slug>/caseload/", views.caseload, name="caseload"),
    path("programmes/<slug:slug>/referrals/<int:pk>/", views.referral_detail, name="referral"),
    path(
        "programmes/<slug:slug>/consents/<int:pk>/withdraw/",
        views.consent_withdraw,
        name="consent_withdraw",
    ),
    path(
        "programmes/<slug:slug>/participants/<str:code>/export/",
        views.participant_export,
        name="participant_export",
    ),
    path(
        "programmes/<slug:slug>/participants/<str:code>/erase/",
        views.participant_erase,
        name="participant_erase",
    ),
    path("programmes/<slug:slug>/cohorts/new/", views.cohort_create, name="cohort_create"),
    path("programmes/<slug:slug>/cohorts/<int:pk>/", views.cohort_detail, name="cohort"),
    path(
        "programmes/<slug:slug>/cohorts/<int:pk>/sessions/<int:number>/",
        views.attendance,
        name="attendance",
    ),
    path("programmes/<slug:slug>/cohorts/<int:pk>/after/", views.bridge, name="bridge"),
]
