"""Browser tests: Playwright driving Debian's Chromium, axe-core for accessibility.

Where no Chromium is installed they are skipped with a clear reason, unless
KULTURHUB_REQUIRE_BROWSER=1 (set by .ci/run), which turns the skip into a failure.
"""

import os
import shutil

import pytest

from kulturhub.env import env_bool

# The Playwright sync API runs an event loop in the test thread; the ORM would refuse to run.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("KULTURHUB_CHROMIUM", "/usr/bin/chromium")
LAUNCH_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _chromium_missing_reason() -> str | None:
    if not (os.path.exists(CHROMIUM) or shutil.which(CHROMIUM)):
        return f"browser tests skipped: no Chromium at {CHROMIUM} (apt-get install chromium)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "browser tests skipped: the playwright package is not installed"
    return None


@pytest.fixture(scope="session")
def browser():
    reason = _chromium_missing_reason()
    if reason:
        if env_bool("KULTURHUB_REQUIRE_BROWSER"):
            pytest.fail(reason.replace("skipped", "required but cannot run"))
        pytest.skip(reason)
    from django.db import connections
    from playwright.sync_api import sync_playwright

    # While Playwright's sync API runs (an event loop in this thread), Django sees other
    # database connections than outside it (they are held per context). Close the ones
    # outside before starting, and the ones inside before stopping, so that none is left
    # open (PostgreSQL would refuse to drop the test database at the end).
    connections.close_all()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
        yield browser
        browser.close()
        connections.close_all()


@pytest.fixture
def page(browser, live_server):
    context = browser.new_context(base_url=live_server.url, locale="en-GB")
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


@pytest.fixture(scope="session")
def axe():
    from axe_playwright_python.sync_playwright import Axe

    return Axe()


@pytest.fixture
def assert_accessible(axe):
    def check(page):
        results = axe.run(
            page,
            options={
                "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}
            },
        )
        assert results.violations_count == 0, f"{page.url}\n{results.generate_report()}"

    return check
