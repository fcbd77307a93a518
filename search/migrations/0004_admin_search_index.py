"""An index for the admin's page search on PostgreSQL.

Wagtail's database backend matches `(title || body) @@ query` on its index entries,
an expression its own per-column GIN indexes (title, body) cannot serve: every admin
search read the whole table. A GIN index on that expression can.
"""

from django.db import migrations

INDEX = "wagtailsearch_indexentry_title_body_gin"


def forward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON wagtailsearch_indexentry "
            "USING gin ((title || body))"
        )


def backward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0003_editor_permissions"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(forward, backward)]
