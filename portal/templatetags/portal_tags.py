from django import template

from portal.navigation import site_navigation

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
    """ "Du är här": the ancestors below the tree root, for every page below home."""
    page = context.get("page")
    if not page or page.depth <= 2:
        return {"ancestors": [], "page": page}
    ancestors = page.get_ancestors().filter(depth__gt=1)
    return {"ancestors": ancestors, "page": page, "request": context.get("request")}


@register.inclusion_tag("includes/footer.html", takes_context=True)
def site_footer(context):
    navigation = site_navigation(context.get("request"))
    return {"about_pages": navigation.about, "statement": navigation.statement}
