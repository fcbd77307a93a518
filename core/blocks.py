from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class HeadingBlock(blocks.CharBlock):
    class Meta:
        icon = "title"
        template = "home/blocks/heading_block.html"
        label = _("Rubrik")
        help_text = _("Mellanrubrik (h2) som delar upp texten.")


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        features=["bold", "italic", "link", "ul", "ol"],
        icon="pilcrow",
        label=_("Text"),
    )
