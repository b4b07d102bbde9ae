"""A reader searches the knowledge bank in Swedish, filters by art form and evidence level,
opens an item and its Danish translation; axe-core finds no violations on these pages."""

import pytest

from kulturhub.e2e.helpers import log_in, phone, submit
from kulturhub.knowledge.models import KnowledgeItem
from kulturhub.knowledge.tests.factories import KnowledgeItemFactory
from kulturhub.network.tests import factories as nf
from kulturhub.network.tests.factories import term

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def items(transactional_db):
    from kulturhub.core.taxonomy import sync_terms

    sync_terms()
    network = nf.NetworkFactory(name="Kultur och hälsa i Region Skåne", slug="skane", country="SE")
    singing, dance = term("art_form", "singing"), term("art_form", "dance")
    original = KnowledgeItemFactory(
        network=network,
        language="sv",
        slug="korsang-aldre",
        title="Körsång för äldre på äldreboendet",
        summary="Äldre sjunger i kör varje vecka. Ensamheten minskade.",
        body="Deltagarna i körerna kände sig mindre ensamma efter tio veckor.",
        evidence_level="controlled",
        tags=[singing],
    )
    KnowledgeItemFactory(
        network=network,
        language="da",
        slug="korsang-aeldre",
        title="Korsang for ældre på plejehjemmet",
        summary="Ældre synger i kor hver uge. Ensomheden faldt.",
        body="Deltagerne i korene følte sig mindre ensomme efter ti uger.",
        evidence_level="controlled",
        tags=[singing],
        translation_of=original,
    )
    # Also about choirs, but filtered away by art form or evidence level.
    KnowledgeItemFactory(
        network=network,
        language="sv",
        title="Kör och dans för unga",
        body="Körer och dans.",
        evidence_level="controlled",
        tags=[dance],
    )
    KnowledgeItemFactory(
        network=network,
        language="sv",
        title="Körer i vården",
        body="En beskrivning av körer.",
        evidence_level="description",
        tags=[singing],
    )
    KnowledgeItemFactory(
        network=network,
        language="sv",
        title="Intern körrapport",
        visibility=KnowledgeItem.Visibility.MEMBERS,
        tags=[singing],
    )
    return original


def test_a_reader_searches_in_swedish_and_opens_the_danish_translation(
    page, items, assert_accessible
):
    page.goto("/sv/knowledge/")
    assert page.locator("html").get_attribute("lang") == "sv"
    assert_accessible(page)
    page.fill("#id_q", "körer")
    page.locator("form.filters button[type=submit]").click()
    page.wait_for_url("**/sv/knowledge/?*")
    assert page.locator(".results h3 a", has_text="Kör och dans för unga").count() == 1
    assert "Intern körrapport" not in page.content()
    assert_accessible(page)

    page.select_option("select[name=art_form]", "singing")
    page.select_option("select[name=evidence]", "controlled")
    submit(page.locator("form.filters button[type=submit]"))
    results = page.locator(".results h3 a")
    assert results.all_inner_texts() == ["Körsång för äldre på äldreboendet"]
    assert page.locator(".results mark").count() >= 1
    assert_accessible(page)

    results.first.click()
    page.wait_for_url("**/sv/knowledge/korsang-aldre/")
    assert page.locator("h1").inner_text() == "Körsång för äldre på äldreboendet"
    assert_accessible(page)

    page.locator("a[hreflang=da]").click()
    page.wait_for_url("**/sv/knowledge/korsang-aeldre/")
    assert page.locator("h1").inner_text() == "Korsang for ældre på plejehjemmet"
    assert page.locator("h1").get_attribute("lang") == "da"
    assert_accessible(page)

    # A tag of the item leads to the items with that tag, which offers the tag's feeds.
    submit(page.locator(".tags a", has_text="Sång och kör"))
    assert page.locator("select[name=art_form]").input_value() == "singing"
    assert page.locator("a[href$='/feeds/tag/art_form/singing.atom']").count() == 1
    assert_accessible(page)


def test_on_a_phone_the_filters_fold_away_until_asked_for(
    browser, live_server, items, assert_accessible
):
    with phone(browser, live_server, "sv-SE") as page:
        page.goto("/sv/knowledge/")
        panel = page.locator("details.finder-more")
        # The search box stays in view; the filters wait under their summary.
        assert page.locator("#id_q").is_visible()
        assert not page.locator("select[name=art_form]").is_visible()
        assert_accessible(page)
        panel.locator("summary").click()
        page.select_option("select[name=art_form]", "singing")
        submit(page.locator("form.filters button[type=submit]"))
        # A chosen filter keeps the panel open, so the reader sees what is applied.
        assert page.locator("select[name=art_form]").is_visible()
        singing = KnowledgeItem.objects.public().filter(tags__slug="singing")
        assert 0 < singing.count() < KnowledgeItem.objects.public().count()
        titles = page.locator(".results h3 a").all_inner_texts()
        assert sorted(titles) == sorted(singing.values_list("title", flat=True))
        assert_accessible(page)


def _log_in(page, email):
    log_in(page, email, "sv")


def test_an_author_attaches_a_file_asks_for_publication_and_the_coordinator_finds_the_draft(
    page, items, assert_accessible, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path
    from kulturhub.network.models import NetworkRole

    network = items.network
    author = nf.UserFactory(email="maja@skane.example", full_name="Maja Författare")
    person = nf.PersonFactory(name="Maja Författare", user=author)
    organisation = nf.OrganisationFactory(name="Malmö stad")
    person.organisations.add(organisation)
    nf.MembershipFactory(network=network, organisation=organisation)
    coordinator = nf.UserFactory(email="lena@skane.example", full_name="Lena Samordnare")
    NetworkRole.objects.create(
        network=network,
        person=nf.PersonFactory(name="Lena Samordnare", user=coordinator),
        role=NetworkRole.Role.COORDINATOR,
    )
    draft = KnowledgeItemFactory(
        network=network, language="sv", draft=True, created_by=author, title="Läsecirkel i Malmö"
    )
    draft.authors.add(person)

    _log_in(page, "maja@skane.example")
    page.goto(f"/sv/knowledge/{draft.slug}/edit/")
    assert page.locator("input[name=organisations]").count() == 1  # her member organisation
    assert_accessible(page)
    page.goto(f"/sv/knowledge/{draft.slug}/")
    page.locator("a", has_text="Bifoga en fil").click()
    page.wait_for_url(f"**/sv/knowledge/{draft.slug}/attachments/add/")
    assert_accessible(page)
    page.set_input_files(
        "input[name=file]",
        files=[{"name": "rapport.pdf", "mimeType": "application/pdf", "buffer": b"%PDF-1.4\n"}],
    )
    submit(page.locator("main form button[type=submit]"))
    assert page.locator("a", has_text="rapport").count() == 1  # the title from the file name
    page.goto(f"/sv/knowledge/{draft.slug}/")
    submit(page.locator("button", has_text="Be samordnarna att publicera det"))
    assert page.locator(".notice", has_text="Publicering begärdes").count() == 1
    assert_accessible(page)

    page.context.clear_cookies()
    _log_in(page, "lena@skane.example")
    page.goto("/sv/knowledge/")
    waiting = page.locator("section[aria-labelledby=waiting-heading]")
    assert waiting.locator("a").all_inner_texts() == ["Läsecirkel i Malmö"]
    assert_accessible(page)
    # The draft's page with the coordinator's tools (the publish button in the toolbar).
    waiting.locator("a").click()
    page.wait_for_url(f"**/sv/knowledge/{draft.slug}/")
    assert page.locator("button", has_text="Publicera").count() == 1
    assert_accessible(page)
