from django.http import HttpResponsePermanentRedirect, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.templatetags.static import static

from home.forms import AccessibilityProblemForm
from home.services import record_accessibility_problem

THANKS_PARAM = "tack"


def serve_accessibility_statement(page, request, *args, **kwargs):
    """The statement page with its problem-report form (post/redirect/get)."""
    if request.method == "POST":
        form = AccessibilityProblemForm(request.POST)
        if form.is_valid():
            record_accessibility_problem(form, page)
            return HttpResponseRedirect(f"{page.url}?{THANKS_PARAM}=1#rapportera")
    else:
        form = AccessibilityProblemForm()
    context = page.get_context(request, *args, **kwargs)
    context["form"] = form
    context["thanks"] = request.GET.get(THANKS_PARAM) == "1"
    return TemplateResponse(request, page.get_template(request), context)


def favicon(request):
    """Browsers that ignore <link rel="icon"> ask for /favicon.ico."""
    return HttpResponsePermanentRedirect(static("favicon.svg"))
