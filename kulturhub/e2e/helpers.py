"""Helpers shared by the browser tests."""

from contextlib import contextmanager


def submit(button):
    """Click a button that sends a form and wait until the page that answers has loaded.

    Playwright's click returns once the click is dispatched. Reading the page or the
    database straight after it races the request: the old page may still be showing, or
    the view may not have saved yet. Waiting for the navigation also covers a form that
    answers on the same address (post, redirect, get), where wait_for_url would match at once.
    """
    with button.page.expect_navigation():
        button.click()


PASSWORD = "correct horse battery"  # the factories' password


def log_in(page, email: str, language: str, password: str = PASSWORD) -> None:
    """Sign in through the login form, in the given UI language."""
    page.goto(f"/{language}/accounts/login/")
    page.fill("input[name=username]", email)
    page.fill("input[name=password]", password)
    page.locator("main button[type=submit]").click()
    page.wait_for_url(f"**/{language}/")


@contextmanager
def phone(browser, live_server, locale: str | None = None):
    """A page in a phone-sized browser of its own (closed afterwards)."""
    options = {"locale": locale} if locale else {}
    context = browser.new_context(
        base_url=live_server.url, viewport={"width": 390, "height": 844}, is_mobile=True, **options
    )
    try:
        yield context.new_page()
    finally:
        context.close()
