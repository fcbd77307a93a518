"""The content version: a token that changes on every publish, unpublish, move and delete.

Caches key on it, so a cached copy is never stale. Read once per request.
"""

import uuid

from core.models import ContentVersion


def bump_content_version():
    """Tell every process that cached structures are out of date."""
    token = uuid.uuid4().hex
    if not ContentVersion.objects.filter(pk=1).update(token=token):
        ContentVersion.objects.update_or_create(pk=1, defaults={"token": token})


def current_content_version():
    return ContentVersion.objects.filter(pk=1).values_list("token", flat=True).first() or ""


def content_version(request):
    """The content version, read once per request (`request` may be None)."""
    if request is None:
        return current_content_version()
    if not hasattr(request, "_portal_content_version"):
        request._portal_content_version = current_content_version()
    return request._portal_content_version
