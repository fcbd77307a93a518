"""The admin form of every portal page: what it refuses beyond each model's `clean`."""

from wagtail.admin.forms import WagtailAdminPageForm

from core.identity_numbers import find_identity_numbers, phone_number_hint

TAG_FIELDS = ("tags", "target_groups")
TAG_IDENTITY_NUMBER_MESSAGE = (
    "Ordet ”{tag}” innehåller ett {kind} ({masked}). Ord publiceras och visas på alla "
    "sidor som har dem: ta bort numret. Inget har sparats."
)


class PortalPageForm(WagtailAdminPageForm):
    """Refuses a tag holding a personal identity number: tags are not model fields that
    a page's `clean` sees, and a new one is public on every page that has it."""

    def clean(self):
        cleaned_data = super().clean()
        for name in TAG_FIELDS:
            if name in self.fields:
                self._refuse_identity_numbers_in_tags(name, cleaned_data.get(name) or [])
        return cleaned_data

    def _refuse_identity_numbers_in_tags(self, name, tags):
        for tag in tags:
            found = find_identity_numbers(str(tag))
            if found:
                match = found[0]
                masked = str(tag).replace(match.text, match.masked)
                message = TAG_IDENTITY_NUMBER_MESSAGE.format(
                    tag=masked, kind=match.kind, masked=match.masked
                )
                self.add_error(name, message + phone_number_hint(match))
                return
