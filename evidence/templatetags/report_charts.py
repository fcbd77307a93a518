from django import template

from evidence.charts import segments as distribution_segments

register = template.Library()


@register.filter
def segments(distribution):
    return distribution_segments(distribution)
