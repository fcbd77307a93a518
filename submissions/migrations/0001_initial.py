"""Invitations and submissions, from the reports app."""

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
            name='Invitation',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('name', models.CharField(max_length=150, verbose_name='namn')),
                ('email', models.EmailField(max_length=254, verbose_name='e-post')),
                ('project_name', models.CharField(max_length=255, verbose_name='projektets namn')),
                ('token_hash', models.CharField(editable=False, max_length=64, unique=True)),
                ('created_at', models.DateTimeField(auto_now_add=True, verbose_name='skickad')),
                ('expires_at', models.DateTimeField(verbose_name='giltig till')),
                ('accepted_at', models.DateTimeField(blank=True, null=True, verbose_name='accepterad')),
                ('created_by', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL)),
                ('municipality', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='+', to='core.municipality', verbose_name='kommun')),
                ('user', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='konto')),
            ],
            options={
                'verbose_name': 'inbjudan',
                'verbose_name_plural': 'inbjudningar',
                'db_table': 'reports_invitation',
                'ordering': ['-created_at'],
            },
        ),
        migrations.CreateModel(
            name='Submission',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('draft', models.JSONField(blank=True, default=dict, verbose_name='utkast')),
                ('created_at', models.DateTimeField(auto_now_add=True, verbose_name='skapad')),
                ('updated_at', models.DateTimeField(auto_now=True, verbose_name='senast sparad')),
                ('submitted_at', models.DateTimeField(blank=True, null=True, verbose_name='inskickad')),
                ('invitation', models.OneToOneField(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='submission', to='submissions.invitation')),
                ('leader', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='report_submissions', to=settings.AUTH_USER_MODEL, verbose_name='projektledare')),
                ('municipality', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='+', to='core.municipality', verbose_name='kommun')),
                ('report', models.OneToOneField(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='submission', to='reports.projectreportpage', verbose_name='slutrapport')),
            ],
            options={
                'verbose_name': 'inlämning',
                'verbose_name_plural': 'inlämningar',
                'db_table': 'reports_submission',
                'ordering': ['-created_at'],
            },
        ),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(state_operations=state_operations),
        move_content_types(
            ('reports', 'invitation', 'submissions', 'invitation'),
            ('reports', 'submission', 'submissions', 'submission'),
        ),
    ]
