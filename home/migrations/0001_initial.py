"""The home page, information pages and accessibility statement, from the portal app."""

import django.db.models.deletion
import modelcluster.fields
import wagtail.fields
from django.conf import settings
from django.db import migrations, models

from core.migration_operations import move_content_types


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('core', '0001_initial'),
        ('methods', '0002_methodpage_search_synonyms'),
        ('portal', '0003_editor_permissions'),
        ('wagtailcore', '0098_apitoken'),
    ]

    # The tables exist already: only Django's state moves (see core.migration_operations).
    state_operations = [
        migrations.CreateModel(
            name='AccessibilityProblemReport',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('page_address', models.CharField(blank=True, max_length=500, verbose_name='sidans adress')),
                ('description', models.TextField(verbose_name='beskrivning av problemet')),
                ('reply_email', models.EmailField(blank=True, max_length=254, verbose_name='e-post för svar')),
                ('created_at', models.DateTimeField(auto_now_add=True, verbose_name='inkom')),
                ('handled', models.BooleanField(default=False, verbose_name='hanterad')),
            ],
            options={
                'verbose_name': 'rapport om tillgänglighetsbrist',
                'verbose_name_plural': 'rapporter om tillgänglighetsbrister',
                'db_table': 'portal_accessibilityproblemreport',
                'ordering': ['-created_at'],
            },
        ),
        migrations.CreateModel(
            name='AccessibilityStatementPage',
            fields=[
                ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to=settings.WAGTAIL_PAGE_MODEL)),
                ('intro', models.TextField(blank=True, verbose_name='ingress')),
                ('body', wagtail.fields.RichTextField(verbose_name='redogörelse')),
                ('contact_email', models.EmailField(help_text='Hit skickas rapporter om brister i tillgängligheten.', max_length=254, verbose_name='e-post för synpunkter')),
                ('assessed_on', models.DateField(blank=True, null=True, verbose_name='senast granskad')),
            ],
            options={
                'verbose_name': 'tillgänglighetsredogörelse',
                'verbose_name_plural': 'tillgänglighetsredogörelser',
                'db_table': 'portal_accessibilitystatementpage',
            },
            bases=('wagtailcore.page',),
        ),
        migrations.CreateModel(
            name='HomePage',
            fields=[
                ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to=settings.WAGTAIL_PAGE_MODEL)),
                ('intro', wagtail.fields.RichTextField(help_text='Vad portalen är och vem den är till för.', verbose_name='ingress')),
                ('body', wagtail.fields.RichTextField(blank=True, verbose_name='brödtext')),
            ],
            options={
                'verbose_name': 'startsida',
                'verbose_name_plural': 'startsidor',
                'db_table': 'portal_homepage',
            },
            bases=('wagtailcore.page',),
        ),
        migrations.CreateModel(
            name='StandardPage',
            fields=[
                ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to=settings.WAGTAIL_PAGE_MODEL)),
                ('intro', models.TextField(blank=True, verbose_name='ingress')),
                ('body', wagtail.fields.StreamField([('heading', 0), ('paragraph', 1)], blank=True, block_lookup={0: ('core.blocks.HeadingBlock', (), {}), 1: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'italic', 'link', 'ul', 'ol'], 'icon': 'pilcrow', 'label': 'Text'})}, verbose_name='innehåll')),
            ],
            options={
                'verbose_name': 'informationssida',
                'verbose_name_plural': 'informationssidor',
                'db_table': 'portal_standardpage',
            },
            bases=('wagtailcore.page',),
        ),
        migrations.CreateModel(
            name='HomePageFeaturedMethod',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('sort_order', models.IntegerField(blank=True, editable=False, null=True)),
                ('method', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to='methods.methodpage', verbose_name='metod')),
                ('page', modelcluster.fields.ParentalKey(on_delete=django.db.models.deletion.CASCADE, related_name='featured_methods', to='home.homepage')),
            ],
            options={
                'db_table': 'portal_homepagefeaturedmethod',
                'ordering': ['sort_order'],
                'abstract': False,
            },
        ),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(state_operations=state_operations),
        move_content_types(
            ('portal', 'homepage', 'home', 'homepage'),
            ('portal', 'homepagefeaturedmethod', 'home', 'homepagefeaturedmethod'),
            ('portal', 'standardpage', 'home', 'standardpage'),
            ('portal', 'accessibilitystatementpage', 'home', 'accessibilitystatementpage'),
            ('portal', 'accessibilityproblemreport', 'home', 'accessibilityproblemreport'),
        ),
    ]
