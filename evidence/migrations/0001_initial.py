"""The statistics page, from the reports app."""

import django.db.models.deletion
import wagtail.fields
from django.conf import settings
from django.db import migrations, models

from core.migration_operations import move_content_types


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('reports', '0006_leaders_and_review_workflow'),
        ('wagtailcore', '0098_apitoken'),
    ]

    # The tables exist already: only Django's state moves (see core.migration_operations).
    state_operations = [
        migrations.CreateModel(
            name='StatisticsPage',
            fields=[
                ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to=settings.WAGTAIL_PAGE_MODEL)),
                ('intro', wagtail.fields.RichTextField(blank=True, verbose_name='ingress')),
            ],
            options={
                'verbose_name': 'statistiksida',
                'verbose_name_plural': 'statistiksidor',
                'db_table': 'reports_statisticspage',
            },
            bases=('wagtailcore.page',),
        ),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(state_operations=state_operations),
        move_content_types(
            ('reports', 'statisticspage', 'evidence', 'statisticspage'),
        ),
    ]
