"""Import batches and files, from the reports app."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

from core.migration_operations import move_content_types


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('core', '0001_initial'),
        ('reports', '0006_leaders_and_review_workflow'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    # The tables exist already: only Django's state moves (see core.migration_operations).
    state_operations = [
        migrations.CreateModel(
            name='ImportBatch',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('created_at', models.DateTimeField(auto_now_add=True, verbose_name='skapad')),
                ('status', models.CharField(choices=[('preview', 'Förhandsgranskas'), ('queued', 'I kö'), ('running', 'Importeras'), ('done', 'Klar'), ('cancelled', 'Avbruten')], default='preview', max_length=16, verbose_name='status')),
                ('publish', models.BooleanField(default=False, verbose_name='publicera direkt')),
                ('total', models.PositiveIntegerField(default=0, verbose_name='filer att importera')),
                ('processed', models.PositiveIntegerField(default=0, verbose_name='bearbetade filer')),
                ('finished_at', models.DateTimeField(blank=True, null=True, verbose_name='klar')),
                ('created_by', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL)),
                ('municipality', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='core.municipality')),
            ],
            options={
                'verbose_name': 'import av slutrapporter',
                'verbose_name_plural': 'importer av slutrapporter',
                'db_table': 'reports_importbatch',
                'ordering': ['-created_at'],
                'permissions': [('import_reports', 'Kan importera slutrapporter')],
            },
        ),
        migrations.CreateModel(
            name='ImportFile',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('position', models.PositiveIntegerField(default=0)),
                ('name', models.CharField(max_length=255, verbose_name='fil')),
                ('content', models.BinaryField(default=b'')),
                ('status', models.CharField(choices=[('valid', 'Kan importeras'), ('invalid', 'Kan inte importeras'), ('created', 'Skapad'), ('updated', 'Uppdaterad'), ('unchanged', 'Oförändrad'), ('failed', 'Misslyckades')], max_length=16, verbose_name='status')),
                ('answers', models.PositiveIntegerField(default=0, verbose_name='svar')),
                ('warnings', models.JSONField(default=list, verbose_name='varningar')),
                ('error', models.TextField(blank=True, verbose_name='fel')),
                ('batch', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='files', to='importer.importbatch')),
                ('report', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='reports.projectreportpage')),
            ],
            options={
                'verbose_name': 'importerad fil',
                'verbose_name_plural': 'importerade filer',
                'db_table': 'reports_importfile',
                'ordering': ['batch', 'position'],
            },
        ),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(state_operations=state_operations),
        move_content_types(
            ('reports', 'importbatch', 'importer', 'importbatch'),
            ('reports', 'importfile', 'importer', 'importfile'),
        ),
    ]
