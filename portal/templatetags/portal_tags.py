from django import template
from wagtail.models import Page, Site

register = template.Library()


def _site_root(request):
    site = Site.find_for_request(request) if request else None
    return site.root_page if site else None


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    request = context.get("request")
    root = _site_root(request)
    pages = root.get_children().live().in_menu() if root else Page.objects.none()
    current = context.get("page")
    current_path = current.path if current else ""
    items = [
        {
            "page": item,
            "is_current": current is not None and current.pk == item.pk,
            "in_section": current_path.startswith(item.path),
        }
        for item in pages
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
    from portal.models import AccessibilityStatementPage, StandardPage

    request = context.get("request")
    root = _site_root(request)
    statement = None
    about_pages = []
    if root:
        statement = AccessibilityStatementPage.objects.live().descendant_of(root).first()
        about_pages = StandardPage.objects.live().public().child_of(root)
    return {"request": request, "statement": statement, "about_pages": about_pages}
