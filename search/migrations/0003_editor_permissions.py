"""Editors (the Redaktörer group) see the searches that found nothing and manage
promoted search results."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

PERMISSIONS = {
    "search": ("view_zeroresultquery",),
    "wagtailsearchpromotions": (
        "add_searchpromotion",
        "change_searchpromotion",
        "delete_searchpromotion",
        "view_searchpromotion",
    ),
}


def grant(apps, schema_editor):
    for label in PERMISSIONS:
        app_config = apps.get_app_config(label)
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Permission = apps.get_model("auth", "Permission")
    permissions = [
        Permission.objects.get(content_type__app_label=label, codename=codename)
        for label, codenames in PERMISSIONS.items()
        for codename in codenames
    ]
    for group in apps.get_model("auth", "Group").objects.filter(name="Redaktörer"):
        group.permissions.add(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0002_engine_structures"),
        ("portal", "0003_editor_permissions"),
        ("wagtailsearchpromotions", "0008_query_verbose_name"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
