"""The portal app's models now live in core and home; their tables stay."""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('core', '0001_initial'),
        ('home', '0001_initial'),
        ('portal', '0003_editor_permissions'),
        ('reports', '0007_models_moved_to_apps'),
    ]

    # The tables exist already: only Django's state moves (see core.migration_operations).
    state_operations = [
        migrations.DeleteModel(
            name='AccessibilityProblemReport',
        ),
        migrations.RemoveField(
            model_name='municipality',
            name='county',
        ),
        migrations.RemoveField(
            model_name='homepage',
            name='page_ptr',
        ),
        migrations.RemoveField(
            model_name='homepagefeaturedmethod',
            name='page',
        ),
        migrations.RemoveField(
            model_name='homepagefeaturedmethod',
            name='method',
        ),
        migrations.RemoveField(
            model_name='standardpage',
            name='page_ptr',
        ),
        migrations.DeleteModel(
            name='AccessibilityStatementPage',
        ),
        migrations.DeleteModel(
            name='County',
        ),
        migrations.DeleteModel(
            name='Municipality',
        ),
        migrations.DeleteModel(
            name='HomePage',
        ),
        migrations.DeleteModel(
            name='HomePageFeaturedMethod',
        ),
        migrations.DeleteModel(
            name='StandardPage',
        ),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(state_operations=state_operations),
    ]
