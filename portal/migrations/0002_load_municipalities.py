"""Load Sweden's 21 counties and 290 municipalities (SCB codes) (core/data/municipalities.csv)."""

from django.db import migrations

from core.services import sync_municipalities


def load(apps, schema_editor):
    sync_municipalities(apps.get_model("portal", "County"), apps.get_model("portal", "Municipality"))


class Migration(migrations.Migration):
    dependencies = [("portal", "0001_initial")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
