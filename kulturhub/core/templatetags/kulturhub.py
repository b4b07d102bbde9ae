from django import template

from kulturhub.core import markdown as md
from kulturhub.core import permissions

register = template.Library()


@register.filter
def markdown(text):
    return md.render(text)


@register.simple_tag(takes_context=True)
def may(context, action: str, obj=None) -> bool:
    """{% may "edit_network" network as allowed %}: ask core.permissions from a template."""
    allowed, _reason = permissions.check(context["request"].user, action, obj)
    return allowed


@register.simple_tag(takes_context=True)
def querystring_with(context, **changes):
    """The current query string with some parameters replaced (for pagination links)."""
    params = context["request"].GET.copy()
    for key, value in changes.items():
        params[key] = value
    return "?" + params.urlencode()
