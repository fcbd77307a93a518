"""Admin form widgets shared by page types."""

from types import SimpleNamespace

from django import forms
from django.utils.html import format_html, format_html_join
from taggit.models import Tag
from taggit.utils import edit_string_for_tags, parse_tags


class TagCheckboxWidget(forms.Widget):
    """Tags as one checkbox per existing tag, and a text field for new ones.

    The form field stays taggit's `TagField`: the widget hands it the same
    comma-separated text that Wagtail's tag input would.
    """

    new_suffix = "_new"
    tag_model = Tag  # Wagtail's TagField sets these when the field names them
    free_tagging = True

    def format_value(self, value):
        if not value:
            return []
        if isinstance(value, str):
            return parse_tags(value)
        return [getattr(tag, "name", tag) for tag in value]

    def render(self, name, value, attrs=None, renderer=None):
        chosen = self.format_value(value)
        names = set(self.tag_model.objects.values_list("name", flat=True)) | set(chosen)
        base_id = self.build_attrs(self.attrs, attrs).get("id") or f"id_{name}"
        boxes = format_html_join(
            "\n",
            '<div><label for="{0}_{1}"><input type="checkbox" name="{2}" value="{3}" '
            'id="{0}_{1}"{4}> {3}</label></div>',
            (
                (base_id, index, name, tag, " checked" if tag in chosen else "")
                for index, tag in enumerate(sorted(names, key=str.casefold))
            ),
        )
        html = format_html('<div id="{}" data-tag-checkboxes>{}</div>', base_id, boxes)
        if self.free_tagging:
            html += format_html(
                '<p><label for="{0}">Nya, kommaseparerade (t.ex. ”hög frånvaro, autism”):'
                '</label></p><input type="text" name="{1}" id="{0}" autocomplete="off">',
                base_id + self.new_suffix,
                name + self.new_suffix,
            )
        return html

    def value_from_datadict(self, data, files, name):
        ticked = data.getlist(name) if hasattr(data, "getlist") else data.get(name) or []
        typed = parse_tags(data.get(name + self.new_suffix, ""))
        names = dict.fromkeys(tag.strip() for tag in [*ticked, *typed] if tag.strip())
        return edit_string_for_tags([SimpleNamespace(name=tag) for tag in names])

    def value_omitted_from_data(self, data, files, name):
        return False  # like checkboxes: nothing ticked means no tags

    def id_for_label(self, id_):
        return ""  # a group of inputs, each with its own label (as CheckboxSelectMultiple)
