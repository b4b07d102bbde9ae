"""Markdown for user content, sanitised: no script, no event handlers, no javascript: links."""

import re

import markdown as md
import nh3
from django.utils.safestring import SafeString, mark_safe
from markdown.extensions import Extension
from markdown.preprocessors import Preprocessor

_TAGS = {
    "p",
    "br",
    "hr",
    "strong",
    "em",
    "b",
    "i",
    "ul",
    "ol",
    "li",
    "a",
    "blockquote",
    "code",
    "pre",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
}
_ATTRIBUTES = {"a": {"href", "title"}, "th": {"scope"}, "td": set()}


_LIST_ITEM = re.compile(r"^ {0,3}(?:[-*+]|\d{1,9}[.)])\s+\S")
# As in CommonMark, a numbered list interrupts text only when it starts at 1 ("in
# 2024. we began" stays a sentence).
_LIST_START = re.compile(r"^ {0,3}(?:[-*+]|1[.)])\s+\S")
_FENCE = re.compile(r"^ {0,3}(```|~~~)")


class _ListAfterParagraph(Preprocessor):
    """A list written straight under a line of text, as people write it elsewhere (GitHub,
    e-mail): Python-Markdown wants a blank line before the list and would otherwise run the
    items into the paragraph ("**Steps** 1. Ask 2. Listen"). A blank line is put in before
    such a list (bullets, or numbers from 1); fenced code is left as it is."""

    def run(self, lines: list[str]) -> list[str]:
        out: list[str] = []
        fence = ""
        for line in lines:
            opening = _FENCE.match(line)
            if fence:
                if opening and opening.group(1) == fence:
                    fence = ""
            elif opening:
                fence = opening.group(1)
            elif (
                _LIST_START.match(line)
                and out
                and out[-1].strip()
                and not out[-1].startswith((" ", "\t"))
                and not _LIST_ITEM.match(out[-1])
            ):
                out.append("")
            out.append(line)
        return out


class _ListsExtension(Extension):
    def extendMarkdown(self, markdown):  # noqa: N802 (Python-Markdown's name)
        # Before the fenced-code (25) and normalising (30) preprocessors.
        markdown.preprocessors.register(_ListAfterParagraph(markdown), "list_after_paragraph", 35)


def render(text: str) -> SafeString:
    html = md.markdown(
        text or "",
        extensions=["extra", "sane_lists", _ListsExtension()],
        output_format="html",
    )
    clean = nh3.clean(
        html,
        tags=_TAGS,
        attributes=_ATTRIBUTES,
        url_schemes={"http", "https", "mailto", "tel"},
        link_rel="noopener noreferrer nofollow",
    )
    return mark_safe(clean)
