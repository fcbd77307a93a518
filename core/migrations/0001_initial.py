"""Counties, municipalities (from the portal app) and the content version (from search)."""

import django.db.models.deletion
from django.db import migrations, models

from core.migration_operations import move_content_types


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('contenttypes', '0002_remove_content_type_name'),
        ('portal', '0003_editor_permissions'),
        ('search', '0004_admin_search_index'),
        ('wagtailcore', '0098_apitoken'),
    ]

    # The tables exist already: only Django's state moves (see core.migration_operations).
    state_operations = [
        migrations.CreateModel(
            name='ContentVersion',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('token', models.CharField(default='', max_length=32)),
            ],
            options={
                'verbose_name': 'innehållsversion',
                'db_table': 'search_indexversion',
            },
        ),
        migrations.CreateModel(
            name='County',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('code', models.CharField(max_length=2, unique=True, verbose_name='länskod')),
                ('name', models.CharField(max_length=64, verbose_name='namn')),
            ],
            options={
                'verbose_name': 'län',
                'verbose_name_plural': 'län',
                'db_table': 'portal_county',
                'ordering': ['code'],
            },
        ),
        migrations.CreateModel(
            name='Municipality',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('code', models.CharField(max_length=4, unique=True, verbose_name='kommunkod')),
                ('name', models.CharField(max_length=64, verbose_name='namn')),
                ('county', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='municipalities', to='core.county', verbose_name='län')),
            ],
            options={
                'verbose_name': 'kommun',
                'verbose_name_plural': 'kommuner',
                'db_table': 'portal_municipality',
                'ordering': ['name'],
            },
        ),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(state_operations=state_operations),
        move_content_types(
            ('portal', 'county', 'core', 'county'),
            ('portal', 'municipality', 'core', 'municipality'),
            ('search', 'indexversion', 'core', 'contentversion'),
        ),
    ]
