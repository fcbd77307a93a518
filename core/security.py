"""Content-Security-Policy for every response: a strict one for the public site and the
leaders' pages (no inline script or style at all), a wider one for Wagtail's admin,
whose editor needs inline styles and scripts (settings: CONTENT_SECURITY_POLICY and
ADMIN_CONTENT_SECURITY_POLICY)."""

from csp.middleware import CSPMiddleware
from csp.utils import default_config
from django.conf import settings


class PortalCSPMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        admin = request.path_info.startswith(settings.ADMIN_PATH_PREFIX)
        if admin and not report_only and parts.config is None:
            parts.config = default_config(settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"])
        return parts
