from django import template

from core.navigation import site_navigation

register = template.Library()


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    request = context.get("request")
    current = context.get("page")
    current_path = current.path if current else ""
    items = [
        {
            "link": link,
            "is_current": current_path == link.path,
            "in_section": current_path.startswith(link.path),
        }
        for link in site_navigation(request).menu
    ]
    return {"request": request, "items": items}


@register.inclusion_tag("includes/breadcrumb.html", takes_context=True)
def breadcrumb(context):
    """ "Du är här" on every page below home: a page's ancestors, or for views that are
    not pages (search, target groups) the `breadcrumbs` they give, [(title, url)]. A
    page's own route (a routable page's /kommuner/vaxjo/) adds `breadcrumb_tail`."""
    request = context.get("request")
    page = context.get("page")
    if page is not None:
        if page.depth <= 2:
            return {"crumbs": []}
        ancestors = page.get_ancestors().filter(depth__gt=1)
        crumbs = [
            ("Startsida" if ancestor.depth == 2 else ancestor.title, ancestor.get_url(request))
            for ancestor in ancestors
        ]
        tail = context.get("breadcrumb_tail") or []
        return {"crumbs": [*crumbs, (page.title, page.get_url(request)), *tail]}
    trail = context.get("breadcrumbs")
    return {"crumbs": [("Startsida", "/"), *trail] if trail else []}


@register.inclusion_tag("includes/footer.html", takes_context=True)
def site_footer(context):
    request = context.get("request")
    navigation = site_navigation(request)
    return {
        "about_pages": navigation.about,
        "statement": navigation.statement,
        "user": getattr(request, "user", None),
    }


@register.filter
def siffra(number):
    """A whole number the Swedish way, thousands apart: 10 012 (a no-break space)."""
    try:
        return f"{int(number):,}".replace(",", "\u00a0")
    except (TypeError, ValueError):
        return number
