"""Evidence shown on pages of other apps (method, success-factor and report pages).

Template tags rather than page context, so that `methods` and `reports` need not know
the evidence app: the templates compose the apps, the dependencies point one way.
"""

from django import template

from core.content_version import content_version
from evidence.aggregates import factor_evidence, method_evidence
from evidence.similar import similar_reports

register = template.Library()


@register.simple_tag(takes_context=True)
def evidence_for_method(context, method):
    return method_evidence(method, content_version(context.get("request")))


@register.simple_tag(takes_context=True)
def evidence_for_factor(context, factor):
    return factor_evidence(factor, content_version(context.get("request")))


@register.simple_tag(takes_context=True)
def similar_projects(context, report):
    request = context.get("request")
    return similar_reports(report, content_version(request), request)
