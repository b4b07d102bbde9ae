import re

from django.core import mail
from django.urls import reverse

from kulturhub.network.tests import factories


def test_login_with_email_in_any_case(client, db):
    factories.UserFactory(email="kirsten@example.org")
    response = client.post(
        reverse("accounts:login"),
        {"username": "Kirsten@Example.org", "password": "correct horse battery"},
    )
    assert response.status_code == 302
    assert client.get(reverse("accounts:account")).status_code == 200


def test_wrong_password_is_explained(client, db):
    factories.UserFactory(email="kirsten@example.org")
    response = client.post(
        reverse("accounts:login"), {"username": "kirsten@example.org", "password": "nope"}
    )
    assert response.status_code == 200
    assert "e-mail address or password is wrong" in response.content.decode()


def test_logout_is_a_post(client, dave):
    client.force_login(dave)
    assert client.get(reverse("accounts:logout")).status_code == 405
    assert client.post(reverse("accounts:logout")).status_code == 302
    assert client.get(reverse("accounts:account")).status_code == 302


def test_password_reset_by_email(client, db):
    factories.UserFactory(email="kirsten@example.org")
    response = client.post(reverse("accounts:password_reset"), {"email": "kirsten@example.org"})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["kirsten@example.org"]
    link = re.search(r"https?://[^/]+(/\S+)", message.body).group(1)
    response = client.get(link, follow=True)
    assert response.status_code == 200
    form_url = response.redirect_chain[-1][0]
    response = client.post(
        form_url,
        {"new_password1": "a much longer passphrase", "new_password2": "a much longer passphrase"},
    )
    assert response.status_code == 302
    assert client.login(username="kirsten@example.org", password="a much longer passphrase")
    # The link is single-use.
    response = client.get(link, follow=True)
    assert "expired or has already been used" in response.content.decode()


def test_password_reset_for_unknown_address_tells_nothing(client, db):
    response = client.post(reverse("accounts:password_reset"), {"email": "nobody@example.org"})
    assert response.status_code == 302
    assert mail.outbox == []


def test_account_settings(client, dave):
    client.force_login(dave)
    response = client.post(
        reverse("accounts:account"),
        {"full_name": "Dave D.", "language": "sv", "time_zone": "Europe/Stockholm"},
    )
    assert response.status_code == 302
    assert response["Location"].startswith("/sv/")
    dave.refresh_from_db()
    assert dave.language == "sv" and dave.time_zone == "Europe/Stockholm"
    response = client.post(
        reverse("accounts:account"),
        {"full_name": "Dave D.", "language": "xx", "time_zone": "Mars/Olympus"},
    )
    assert response.status_code == 200
    dave.refresh_from_db()
    assert dave.language == "sv"
