from django import template

from kulturhub.core import markdown as md

register = template.Library()


@register.filter
def markdown(text):
    return md.render(text)


@register.simple_tag(takes_context=True)
def querystring_with(context, **changes):
    """The current query string with some parameters replaced (for pagination links)."""
    params = context["request"].GET.copy()
    for key, value in changes.items():
        params[key] = value
    return "?" + params.urlencode()


@register.simple_tag(takes_context=True)
def allowed(context, action, obj=None):
    """`{% allowed "view_evaluation" network as can_see %}`: the permission rule's answer."""
    from kulturhub.core import permissions

    request = context.get("request")
    return permissions.check(getattr(request, "user", None), action, obj)[0]
