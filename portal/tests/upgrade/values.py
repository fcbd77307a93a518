"""JSON values for the upgrade snapshot: field values, rows, content type class names.

Nothing here knows where a project model lives (see snapshot.MODEL_LOCATIONS).
"""

import hashlib
import json
from datetime import UTC, date, datetime
from decimal import Decimal


def norm(value):
    """A JSON value for a field value."""
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(UTC)
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (bytes, bytearray, memoryview)):
        data = bytes(value)
        return {"bytes": len(data), "sha256": hashlib.sha256(data).hexdigest()}
    if isinstance(value, (list, tuple)):
        return [norm(v) for v in value]
    if isinstance(value, dict):
        return {str(k): norm(v) for k, v in value.items()}
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    return str(value)  # RichText, StreamValue, lazy strings...


def row(obj, exclude=()):
    """Every concrete field of a row by attname (foreign keys as ids)."""
    return {
        field.attname: norm(getattr(obj, field.attname))
        for field in obj._meta.concrete_fields
        if field.name not in exclude and field.attname not in exclude
    }


def rows(queryset, exclude=()):
    return [row(obj, exclude) for obj in queryset.order_by("pk")]


def class_name(content_type_id):
    """The model class name of a content type (None if it no longer resolves)."""
    from django.contrib.contenttypes.models import ContentType

    if content_type_id is None:
        return None
    content_type = ContentType.objects.get_for_id(content_type_id)
    klass = content_type.model_class()
    return klass.__name__ if klass else None


def jsorted(items):
    """Sorted by the JSON text of each item (None-safe, deterministic)."""
    return sorted(items, key=lambda item: json.dumps(item, sort_keys=True, ensure_ascii=False))


def codenames(permissions):
    return sorted(permission.codename for permission in permissions)
