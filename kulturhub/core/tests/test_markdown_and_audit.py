from kulturhub.core import audit
from kulturhub.core.markdown import render
from kulturhub.core.models import AuditEntry, Term


def test_markdown_keeps_formatting_and_drops_anything_active():
    html = render(
        "# Title\n\n**bold** [link](https://example.org) [bad](javascript:alert(1))\n\n"
        "<script>alert(1)</script><iframe src='x'></iframe>"
        '<a href="https://example.org" onmouseover="steal()">hover</a>'
        "\n\n- one\n- two"
    )
    assert "<strong>bold</strong>" in html
    assert 'href="https://example.org"' in html
    assert "<li>one</li>" in html
    for forbidden in ["<script", "javascript:", "<iframe", "onmouseover", "<h1"]:
        assert forbidden not in html


def test_a_list_right_under_a_line_of_text_is_a_list():
    html = render("**Recommendations**\n1. Repeat over time.\n2. Work across sectors.")
    assert "<p><strong>Recommendations</strong></p>" in html
    assert "<ol>\n<li>Repeat over time.</li>\n<li>Work across sectors.</li>\n</ol>" in html
    assert "<li>choir</li>" in render("We offer:\n- choir\n- reading circles")


def test_text_that_only_looks_like_a_list_stays_as_written():
    # A number other than 1 does not start a list under a line of text, as in CommonMark.
    assert "<ol>" not in render("It began in\n2024. Then it grew.")
    # Fenced code keeps its lines; a list item's own continuation line is not split off.
    assert "<pre><code>text\n- not a list\n</code></pre>" in render("```\ntext\n- not a list\n```")
    assert "<li>one\n  more</li>" in render("- one\n  more\n- two")


def test_audit_log_records_actor_action_and_object(db, alice, network):
    entry = audit.log(alice, "network.network.updated", network, field="name")
    assert entry.actor == alice
    assert entry.object_repr == network.name
    assert entry.object_type == "network.network"
    assert AuditEntry.objects.get().data == {"field": "name"}


def test_the_shared_vocabularies_exist_after_migrate(db):
    assert Term.objects.filter(vocabulary="sector").count() == 5
    assert Term.objects.get(vocabulary="art_form", slug="music").label == "Music"
