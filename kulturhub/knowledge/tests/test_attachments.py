"""Files attached to an item: editors add and remove them; only readers of the item download
them; a file of another kind, an empty or an oversized one is refused and nothing is saved."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation

from kulturhub.core.models import AuditEntry
from kulturhub.knowledge.models import Attachment
from kulturhub.knowledge.tests.factories import KnowledgeItemFactory

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n% a tiny report\n"


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def _upload(name="rapport.pdf", content=PDF):
    return SimpleUploadedFile(name, content, content_type="application/octet-stream")


def _add(client, item, **data):
    return client.post(
        reverse("knowledge:attachment_add", args=[item.slug]),
        {"title": "Slutrapport", "file": _upload(), **data},
    )


def test_the_author_attaches_a_report_and_readers_download_it(
    as_user, client, network, bob, tmp_path
):
    item = KnowledgeItemFactory(network=network, draft=True, created_by=bob)
    response = _add(as_user(bob), item)
    assert response.status_code == 302
    attachment = Attachment.objects.get()
    assert (attachment.title, attachment.size, attachment.extension) == (
        "Slutrapport",
        len(PDF),
        "PDF",
    )
    assert (tmp_path / attachment.file.name).read_bytes() == PDF
    assert AuditEntry.objects.filter(action="knowledge.attachment.added", actor=bob).exists()
    page = as_user(bob).get(item.get_absolute_url()).content.decode()
    assert reverse("knowledge:attachment", args=[attachment.pk]) in page
    assert "(PDF, 25" in page  # bytes

    url = reverse("knowledge:attachment", args=[attachment.pk])
    # A draft's file: its author, not the public.
    assert as_user(None).get(url).status_code == 404
    download = as_user(bob).get(url)
    assert download.status_code == 200
    assert b"".join(download.streaming_content) == PDF
    assert "attachment" in download["Content-Disposition"]
    assert "rapport.pdf" in download["Content-Disposition"]
    item.status = item.Status.PUBLISHED
    item.save()
    assert as_user(None).get(url).status_code == 200


def test_a_members_only_items_file_is_for_members(as_user, network, bob, dave):
    item = KnowledgeItemFactory(network=network, members_only=True, created_by=bob)
    attachment = Attachment.objects.create(item=item, title="Intern", size=len(PDF))
    attachment.file.save("intern.pdf", _upload("intern.pdf"))
    url = reverse("knowledge:attachment", args=[attachment.pk])
    assert as_user(bob).get(url).status_code == 200
    assert as_user(dave).get(url).status_code == 404
    assert as_user(None).get(url).status_code == 404


@pytest.mark.parametrize(
    "upload,message",
    [
        (_upload("virus.exe"), "Attach a document, spreadsheet"),
        (_upload("side.html", b"<script>alert(1)</script>"), "Attach a document, spreadsheet"),
        (_upload("tom.pdf", b""), "The submitted file is empty."),
    ],
)
def test_a_file_of_another_kind_or_an_empty_one_is_refused(as_user, network, bob, upload, message):
    item = KnowledgeItemFactory(network=network, draft=True, created_by=bob)
    with translation.override("en"):
        response = _add(as_user(bob), item, file=upload)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Attachment.objects.exists()


def test_a_file_over_the_limit_is_refused(as_user, network, bob, settings):
    settings.MATERIAL_MAX_BYTES = 1024 * 1024
    item = KnowledgeItemFactory(network=network, draft=True, created_by=bob)
    response = _add(as_user(bob), item, file=_upload(content=b"x" * (1024 * 1024 + 1)))
    assert response.status_code == 400
    assert "at most 1 MB" in response.content.decode()
    assert not Attachment.objects.exists()


@pytest.mark.parametrize("user", [None, "dave", "carol"])
def test_only_editors_attach_and_remove(as_user, network, bob, user, request):
    item = KnowledgeItemFactory(network=network, draft=True, created_by=bob)
    attachment = Attachment.objects.create(item=item, title="Rapport", size=len(PDF))
    attachment.file.save("rapport.pdf", _upload())
    client = as_user(request.getfixturevalue(user) if user else None)
    remove = reverse("knowledge:attachment_remove", args=[item.slug, attachment.pk])
    for response in (_add(client, item), client.post(remove)):
        if user is None:  # sent to sign in
            assert response.status_code == 302 and "/accounts/login/" in response["Location"]
        else:
            assert response.status_code == 404
    assert list(Attachment.objects.all()) == [attachment]


def test_a_coordinator_removes_a_file_and_it_is_gone(
    as_user, network, alice, bob, tmp_path, django_capture_on_commit_callbacks
):
    item = KnowledgeItemFactory(network=network, created_by=bob)
    attachment = Attachment.objects.create(item=item, title="Rapport", size=len(PDF))
    attachment.file.save("rapport.pdf", _upload())
    stored = tmp_path / attachment.file.name
    assert stored.exists()
    remove = reverse("knowledge:attachment_remove", args=[item.slug, attachment.pk])
    with django_capture_on_commit_callbacks(execute=True):
        assert as_user(alice).post(remove).status_code == 302
    assert not Attachment.objects.exists()
    assert not stored.exists()
    assert AuditEntry.objects.filter(action="knowledge.attachment.removed", actor=alice).exists()
    # The published item's author is no longer its editor: no form for bob.
    assert (
        as_user(bob).get(reverse("knowledge:attachment_add", args=[item.slug])).status_code == 404
    )


def test_the_admin_lists_an_items_files_without_adding_any(client, network, django_user_model):
    admin = django_user_model.objects.create_superuser(email="root@example.org", password="x")
    item = KnowledgeItemFactory(network=network)
    attachment = Attachment.objects.create(item=item, title="Rapport", size=len(PDF))
    attachment.file.save("rapport.pdf", _upload())
    client.force_login(admin)
    page = client.get(reverse("admin:knowledge_knowledgeitem_change", args=[item.pk]))
    assert page.status_code == 200
    assert "rapport" in page.content.decode()


def test_deleting_an_item_deletes_its_files(network, tmp_path, django_capture_on_commit_callbacks):
    item = KnowledgeItemFactory(network=network)
    attachment = Attachment.objects.create(item=item, title="Rapport", size=len(PDF))
    attachment.file.save("rapport.pdf", _upload())
    stored = tmp_path / attachment.file.name
    with django_capture_on_commit_callbacks(execute=True):
        item.delete()  # as the admin does
    assert not stored.exists()
