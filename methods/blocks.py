from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class StepBlock(blocks.StructBlock):
    """One step in "Så gör ni": a short title and what to do."""

    title = blocks.CharBlock(label=_("Steg"), max_length=120)
    text = blocks.RichTextBlock(label=_("Beskrivning"), features=["bold", "italic", "link", "ul"])

    class Meta:
        icon = "list-ol"
        template = "methods/blocks/step_block.html"
        label = _("Steg")
        help_text = _("Ett steg i arbetet med metoden, i den ordning det görs.")


class StepsBlock(blocks.StreamBlock):
    step = StepBlock()
