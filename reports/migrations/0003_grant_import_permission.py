"""Editors (the Redaktörer group) may import final reports."""

from django.contrib.auth.management import create_permissions
from django.db import migrations


def grant(apps, schema_editor):
    app_config = apps.get_app_config("reports")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    permission = apps.get_model("auth", "Permission").objects.get(
        content_type__app_label="reports", codename="import_reports"
    )
    for group in apps.get_model("auth", "Group").objects.filter(name="Redaktörer"):
        group.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("reports", "0002_import_batches"),
        ("portal", "0003_editor_permissions"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
