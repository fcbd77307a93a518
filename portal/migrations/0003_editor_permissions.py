"""The "Redaktörer" group: PlugInnovation's editors review and publish every page
type and manage the reference data (counties, municipalities, tags)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUP = "Redaktörer"
PAGE_PERMISSIONS = ("add_page", "change_page", "publish_page", "lock_page", "unlock_page")
COLLECTION_PERMISSIONS = {
    "wagtailimages": ("add_image", "change_image", "choose_image"),
    "wagtaildocs": ("add_document", "change_document", "choose_document"),
}
MODEL_PERMISSIONS = {
    ("wagtailadmin", "admin"): ("access",),
    ("portal", "county"): ("add", "change", "delete", "view"),
    ("portal", "municipality"): ("add", "change", "delete", "view"),
    ("portal", "accessibilityproblemreport"): ("change", "view"),
    ("taggit", "tag"): ("add", "change", "delete", "view"),
}


def permission(apps, app_label, codename):
    return apps.get_model("auth", "Permission").objects.get(
        content_type__app_label=app_label, codename=codename
    )


def create_editors_group(apps, schema_editor):
    # Model permissions are normally created after all migrations; create them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    group, _ = apps.get_model("auth", "Group").objects.get_or_create(name=GROUP)
    group.permissions.add(
        *[
            permission(apps, app_label, f"{action}_{model}")
            for (app_label, model), actions in MODEL_PERMISSIONS.items()
            for action in actions
        ]
    )
    root = apps.get_model("wagtailcore", "Page").objects.get(depth=1)
    for codename in PAGE_PERMISSIONS:
        apps.get_model("wagtailcore", "GroupPagePermission").objects.get_or_create(
            group=group, page=root, permission=permission(apps, "wagtailcore", codename)
        )
    root_collection = apps.get_model("wagtailcore", "Collection").objects.get(depth=1)
    for app_label, codenames in COLLECTION_PERMISSIONS.items():
        for codename in codenames:
            apps.get_model("wagtailcore", "GroupCollectionPermission").objects.get_or_create(
                group=group,
                collection=root_collection,
                permission=permission(apps, app_label, codename),
            )


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0002_load_municipalities"),
        ("taggit", "0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(create_editors_group, migrations.RunPython.noop)]
