"""Operations for migrations that move models between apps without touching their tables.

A moved model keeps its table (`db_table`), so only Django's state moves
(`SeparateDatabaseAndState`). Its content type is renamed in place, so that pages,
revisions, permissions and workflow states that point at it keep pointing at it.
"""

from django.db import migrations


def _move(apps, schema_editor, moves):
    content_type = apps.get_model("contenttypes", "ContentType")
    page = apps.get_model("wagtailcore", "Page")
    types = content_type.objects.using(schema_editor.connection.alias)
    for old_app, old_model, new_app, new_model in moves:
        old = types.filter(app_label=old_app, model=old_model).first()
        if old is None:
            continue  # a new database: post_migrate creates the new content type
        new = types.filter(app_label=new_app, model=new_model).first()
        if new is not None:
            # Made by post_migrate after a partial `migrate`; nothing can use it yet.
            if page.objects.filter(content_type=new).exists():
                raise RuntimeError(f"Both {old_app}.{old_model} and {new_app}.{new_model} in use")
            new.delete()
        old.app_label, old.model = new_app, new_model
        old.save(update_fields=["app_label", "model"])
    content_type.objects.clear_cache()


def move_content_types(*moves):
    """RunPython renaming content types: moves are (old_app, old_model, new_app, new_model)."""
    backwards = [
        (new_app, new_model, old_app, old_model) for old_app, old_model, new_app, new_model in moves
    ]
    return migrations.RunPython(
        lambda apps, schema_editor: _move(apps, schema_editor, moves),
        lambda apps, schema_editor: _move(apps, schema_editor, backwards),
    )
