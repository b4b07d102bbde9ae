"""Helpers shared by the browser tests."""


def submit(button):
    """Click a button that sends a form and wait until the page that answers has loaded.

    Playwright's click returns once the click is dispatched. Reading the page or the
    database straight after it races the request: the old page may still be showing, or
    the view may not have saved yet. Waiting for the navigation also covers a form that
    answers on the same address (post, redirect, get), where wait_for_url would match at once.
    """
    with button.page.expect_navigation():
        button.click()
