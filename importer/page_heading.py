"""The page around an export: the heading lines some exports begin with.

Exports copied from a report page of the old PlugInnovation.se can begin with the
page's own heading: "Du är här", the breadcrumb (one line per step, or on the same
line) and the kind of report ("Utvärderingsrapport"). That is the page, not an answer:
it is not kept as an extra answer, and its kind line says what kind of report it is.
"""

from importer.matching import normalise

BREADCRUMB_START = normalise("Du är här")
# A heading line naming the report's kind -> the kind (the value reports store).
KIND_HEADINGS = {normalise("Utvärderingsrapport"): "utvardering"}


def starts_page_heading(line):
    """True for the line a page heading begins with ("Du är här", "Du är här: Start")."""
    return normalise(line).startswith(BREADCRUMB_START)


def read_page_heading(lines):
    """(kind or None, whether these lines are the page's heading) for the text before
    the first question: a heading begins with "Du är här" or is a lone kind line."""
    texts = [text for text in map(normalise, lines) if text]
    kind = next((KIND_HEADINGS[text] for text in texts if text in KIND_HEADINGS), None)
    is_heading = bool(texts) and (
        texts[0].startswith(BREADCRUMB_START) or (kind is not None and len(texts) == 1)
    )
    return kind, is_heading
