import pytest
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext


@pytest.mark.parametrize("code", ["en", "da", "sv", "fi", "nb"])
def test_every_language_has_its_own_urls(client, db, code):
    response = client.get(f"/{code}/")
    assert response.status_code == 200
    assert f'<html lang="{code}">' in response.content.decode()


def test_the_root_redirects_to_the_browser_language(client, db):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="fi-FI,fi;q=0.9")
    assert response.status_code == 302
    assert response["Location"] == "/fi/"


def test_an_unknown_language_is_404(client, db):
    assert client.get("/xx/").status_code == 404
    assert client.get("/xx/partners/").status_code == 404


def test_the_language_switcher_keeps_the_page(client, db):
    response = client.post(
        "/i18n/setlang/", {"language": "sv", "next": reverse("network:partners")}
    )
    assert response.status_code == 302
    assert response["Location"] == "/sv/partners/"
    # An unknown language changes nothing.
    response = client.post("/i18n/setlang/", {"language": "xx", "next": "/en/partners/"})
    assert response["Location"] == "/en/partners/"


@pytest.mark.parametrize("code", ["da", "sv", "fi", "nb"])
def test_pages_are_translated(client, db, code):
    with translation.override(code):
        heading = gettext("Partner finder")
        skip = gettext("Skip to main content")
    assert heading != "Partner finder" and skip != "Skip to main content"
    page = client.get(f"/{code}/partners/").content.decode()
    assert f"<h1>{heading}</h1>" in page
    assert skip in page
