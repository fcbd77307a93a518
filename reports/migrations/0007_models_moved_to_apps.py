"""Models that moved to the evidence, importer and submissions apps leave reports' state."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('core', '0001_initial'),
        ('evidence', '0001_initial'),
        ('importer', '0001_initial'),
        ('reports', '0006_leaders_and_review_workflow'),
        ('submissions', '0001_initial'),
    ]

    # The tables exist already: only Django's state moves (see core.migration_operations).
    state_operations = [
        migrations.RemoveField(
            model_name='importfile',
            name='batch',
        ),
        migrations.RemoveField(
            model_name='importfile',
            name='report',
        ),
        migrations.RemoveField(
            model_name='invitation',
            name='created_by',
        ),
        migrations.RemoveField(
            model_name='invitation',
            name='municipality',
        ),
        migrations.RemoveField(
            model_name='invitation',
            name='user',
        ),
        migrations.RemoveField(
            model_name='submission',
            name='invitation',
        ),
        migrations.RemoveField(
            model_name='statisticspage',
            name='page_ptr',
        ),
        migrations.RemoveField(
            model_name='submission',
            name='leader',
        ),
        migrations.RemoveField(
            model_name='submission',
            name='municipality',
        ),
        migrations.RemoveField(
            model_name='submission',
            name='report',
        ),
        migrations.AlterField(
            model_name='projectreportpage',
            name='municipality',
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='reports', to='core.municipality', verbose_name='kommun'),
        ),
        migrations.DeleteModel(
            name='ImportBatch',
        ),
        migrations.DeleteModel(
            name='ImportFile',
        ),
        migrations.DeleteModel(
            name='Invitation',
        ),
        migrations.DeleteModel(
            name='StatisticsPage',
        ),
        migrations.DeleteModel(
            name='Submission',
        ),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(state_operations=state_operations),
    ]
