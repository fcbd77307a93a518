"""Project leaders and the review of their reports.

- The group "Projektledare": project leaders' accounts (no admin access).
- Editors (Redaktörer) may invite project leaders.
- The workflow "Granskning av slutrapport" with one task, "Redaktionens granskning",
  for the editors; it is assigned to the report index when a report is first sent in
  (reports.submissions.review_workflow), or here if the index already exists.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

WORKFLOW = "Granskning av slutrapport"
TASK = "Redaktionens granskning"


def forward(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Group.objects.get_or_create(name="Projektledare")
    app_config = apps.get_app_config("reports")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Permission = apps.get_model("auth", "Permission")
    invitation_permissions = Permission.objects.filter(
        content_type__app_label="reports",
        codename__in=["add_invitation", "change_invitation", "view_invitation", "delete_invitation"],
    )
    editors = Group.objects.filter(name="Redaktörer")
    for group in editors:
        group.permissions.add(*invitation_permissions)

    Workflow = apps.get_model("wagtailcore", "Workflow")
    if Workflow.objects.filter(name=WORKFLOW).exists():
        return
    ContentType = apps.get_model("contenttypes", "ContentType")
    task_type, _ = ContentType.objects.get_or_create(
        app_label="wagtailcore", model="groupapprovaltask"
    )
    task = apps.get_model("wagtailcore", "GroupApprovalTask").objects.create(
        name=TASK, content_type=task_type, active=True
    )
    task.groups.set(editors)
    workflow = Workflow.objects.create(name=WORKFLOW, active=True)
    apps.get_model("wagtailcore", "WorkflowTask").objects.create(
        workflow=workflow, task=task, sort_order=0
    )
    index = apps.get_model("reports", "ReportIndexPage").objects.first()
    if index is not None:
        apps.get_model("wagtailcore", "WorkflowPage").objects.update_or_create(
            page_id=index.pk, defaults={"workflow": workflow}
        )


class Migration(migrations.Migration):
    dependencies = [
        ("reports", "0005_submissions"),
        ("portal", "0003_editor_permissions"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(forward, migrations.RunPython.noop)]
