"""Content-Security-Policy for every response: a strict one for the public site and the
leaders' pages (no inline script or style at all), a wider one for Wagtail's admin,
whose editor needs inline styles and scripts, and one for XML documents such as the
sitemap, which a browser's XML viewer styles inline (settings: CONTENT_SECURITY_POLICY,
ADMIN_CONTENT_SECURITY_POLICY and XML_CONTENT_SECURITY_POLICY)."""

from csp.middleware import CSPMiddleware
from csp.utils import default_config
from django.conf import settings


class PortalCSPMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if report_only or parts.config is not None:
            return parts
        if request.path_info.startswith(settings.ADMIN_PATH_PREFIX):
            parts.config = default_config(settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"])
        elif response.get("Content-Type", "").split(";")[0].strip().endswith("xml"):
            parts.config = default_config(settings.XML_CONTENT_SECURITY_POLICY["DIRECTIVES"])
        return parts
