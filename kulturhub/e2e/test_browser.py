import pytest

from kulturhub.core import taxonomy
from kulturhub.e2e.helpers import log_in, submit
from kulturhub.network.models import NetworkRole, Organisation
from kulturhub.network.tests import factories
from kulturhub.network.tests.factories import term

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def site(transactional_db):
    from kulturhub.core.taxonomy import sync_terms

    sync_terms()
    network = factories.NetworkFactory(
        name="Nätverk för kultur och hälsa",
        slug="skane",
        country="SE",
        language="sv",
        description="Nätverket utgör en arena för **kunskapsutbyte**.",
    )
    museum = factories.OrganisationFactory(
        name="Malmö Konsthall",
        slug="malmo-konsthall",
        kind=Organisation.Kind.CULTURAL_INSTITUTION,
        country="SE",
        region="Skåne",
    )
    factories.MembershipFactory(network=network, organisation=museum)
    user = factories.UserFactory(email="sara@example.org", full_name="Sara Svensson", language="sv")
    sara = factories.PersonFactory(
        name="Sara Svensson",
        slug="sara-svensson",
        user=user,
        title="Samordnare",
        open_to_collaboration=True,
    )
    sara.organisations.add(museum)
    NetworkRole.objects.create(network=network, person=sara, role=NetworkRole.Role.COORDINATOR)
    singer = factories.PersonFactory(name="Olle Körledare", slug="olle", title="Körledare")
    singer.organisations.add(museum)
    singer.art_forms.set([term(taxonomy.ART_FORM, "singing")])
    factories.PersonFactory(name="Dold Person", listed=False)
    factories.GroupFactory(network=network, kind="steering", name="Styrgrupp")
    return {"network": network, "museum": museum, "sara": sara, "singer": singer}


def test_visitor_switches_to_swedish_logs_in_and_finds_a_partner(page, site):
    page.goto("/en/")
    assert page.locator("html").get_attribute("lang") == "en"
    page.select_option("#language-select", "sv")
    page.locator(".language-form button").click()
    page.wait_for_url("**/sv/")
    assert page.locator("html").get_attribute("lang") == "sv"

    page.locator(".main-nav a[href^='/sv/accounts/login/']").click()
    page.fill("input[name=username]", "sara@example.org")
    page.fill("input[name=password]", "correct horse battery")
    page.locator("main button[type=submit]").click()
    page.wait_for_url("**/sv/")
    assert page.locator(".main-nav form button").count() == 1  # the log-out button

    page.locator(".main-nav a[href='/sv/partners/']").click()
    page.select_option("select[name=art_form]", "singing")
    page.locator("form[role=search] button[type=submit]").click()
    page.wait_for_url("**/sv/partners/?*")
    results = page.locator(".results .result h3")
    assert results.all_inner_texts() == ["Olle Körledare"]
    assert "Dold Person" not in page.content()
    page.locator(".results a", has_text="Olle Körledare").click()
    page.wait_for_url("**/sv/people/olle/")
    assert page.locator("h1").inner_text() == "Olle Körledare"


@pytest.mark.parametrize("language", ["en", "sv", "fi"])
def test_public_pages_have_no_accessibility_violations(page, site, assert_accessible, language):
    for path in [
        f"/{language}/",
        f"/{language}/networks/skane/",
        f"/{language}/organisations/malmo-konsthall/",
        f"/{language}/people/sara-svensson/",
        f"/{language}/partners/",
        f"/{language}/partners/?art_form=singing&show=organisations",
        f"/{language}/networks/skane/join/",
        f"/{language}/accounts/login/",
    ]:
        page.goto(path)
        assert_accessible(page)


def test_join_request_form_with_errors_is_accessible(page, site, assert_accessible):
    page.goto("/en/networks/skane/join/")
    page.fill("input[name=contact_email]", "not an address")
    submit(page.locator("main button[type=submit]"))
    assert page.locator(".form-errors").count() == 1
    assert page.locator("#id_organisation_name").get_attribute("aria-invalid") == "true"
    assert_accessible(page)


def test_coordinator_pages_are_accessible(page, site, assert_accessible):
    log_in(page, "sara@example.org", "en")
    for path in [
        "/en/networks/skane/edit/",
        "/en/networks/skane/members/",
        "/en/networks/skane/join-requests/",
        "/en/networks/skane/groups/new/",
        "/en/profile/directory/",
        "/en/accounts/account/",
    ]:
        page.goto(path)
        assert_accessible(page)


def test_keyboard_users_can_skip_to_the_content(page, site):
    page.goto("/en/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.getAttribute('href')")
    assert focused == "#main"


def test_the_accessibility_check_does_catch_violations(page, site, axe):
    # Guards the guard: a form field without a label must be reported.
    page.set_content('<html lang="en"><title>t</title><main><input type="text"></main></html>')
    results = axe.run(page, options={"runOnly": {"type": "tag", "values": ["wcag2a"]}})
    assert results.violations_count > 0
