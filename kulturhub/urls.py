from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path

from kulturhub.core import views as core_views
from kulturhub.knowledge.sitemaps import SITEMAPS
from kulturhub.network import views as network_views

urlpatterns = [
    path("healthz", core_views.healthz, name="healthz"),
    path("i18n/", include("django.conf.urls.i18n")),
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
]

urlpatterns += i18n_patterns(
    path("", network_views.home, name="home"),
    path("accounts/", include("kulturhub.accounts.urls")),
    path("", include("kulturhub.network.urls")),
    path("", include("kulturhub.activities.urls")),
    path("", include("kulturhub.programmes.urls")),
    path("", include("kulturhub.evaluation.urls")),
    path("", include("kulturhub.knowledge.urls")),
    path("admin/", admin.site.urls),
)

handler404 = "kulturhub.core.views.page_not_found"
