"""The search facets: what a visitor can narrow results by, in the order shown.

Values of one facet combine with OR (reports from Kronoberg or Skåne), different
facets with AND; outcomes combine with AND (attendance and grades increased). Each
facet's counts are computed as if its own selection were not made, so a visitor sees
what choosing another value would give.
"""

from dataclasses import dataclass

from reports import questionnaire
from reports.choices import ReportKind


@dataclass(frozen=True)
class Facet:
    key: str  # URL parameter and the prefix of the facet keys in documents
    label: str
    conjunctive: bool = False
    # "count": most results first; "label": alphabetical; "key-desc": newest year first;
    # "declared": the order of `value_order`.
    order: str = "count"
    value_order: tuple[str, ...] = ()
    # Facets with more values than this start folded away.
    open_up_to: int = 8
    # At most this many values are listed (those with most results), unless a value of
    # the facet `narrowed_by` is chosen: 290 municipalities are too many to scan.
    max_shown: int = 0
    narrowed_by: str = ""
    # Unlisted facets filter (links from charts use them) but show only chosen values.
    listed: bool = True


FACETS = (
    Facet(
        "type",
        "Innehåll",
        order="declared",
        # The kinds' labels are the page types' names (`search_kind_label`): "casestudy"
        # Fallstudie, "news" Nyhet, "research" Forskning (the articles app's pages).
        value_order=(
            "report",
            "workshop",
            "region",
            "method",
            "factor",
            "casestudy",
            "research",
            "news",
            "page",
        ),
    ),
    Facet("county", "Län", order="label"),
    Facet(
        "municipality", "Kommun", order="label", open_up_to=0, max_shown=30, narrowed_by="county"
    ),
    Facet("method", "Metod"),
    Facet("factor", "Framgångsfaktor", order="label"),
    Facet("tag", "Målgrupp"),
    Facet("org", "Organisationstyp", order="label"),
    Facet("round", "Plug In-omgång", order="label"),
    # Project workshops and Plug In regions (the pages of the workshops app give their
    # reports these values; search names the facets only).
    Facet("region", "Region", order="label"),
    Facet("workshop", "Projektverkstad", order="label", open_up_to=0, max_shown=30),
    # The theme of a research entry (the articles app's research pages give the values).
    Facet("theme", "Forskningstema", order="label"),
    Facet("kind", "Typ av rapport", order="declared", value_order=tuple(ReportKind.values)),
    Facet("year", "År (projektslut)", order="key-desc"),
    Facet(
        "outcome",
        "Resultat (självrapporterat)",
        conjunctive=True,
        order="declared",
        value_order=tuple(outcome.slug for outcome in questionnaire.OUTCOMES),
    ),
    # One answer to one outcome question (`questionnaire.answer_facet_value`): what the
    # bars of the evidence charts link to.
    Facet("answer", "Svar på resultatfråga", listed=False),
)
FACETS_BY_KEY = {facet.key: facet for facet in FACETS}


@dataclass
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class FacetCounts:
    facet: Facet
    values: list
    hidden: int = 0  # values not listed (see Facet.max_shown)

    @property
    def key(self):
        return self.facet.key

    @property
    def label(self):
        return self.facet.label

    @property
    def has_selection(self):
        return any(value.selected for value in self.values)

    @property
    def is_open(self):
        return self.has_selection or len(self.values) <= self.facet.open_up_to


def shown_values(facet, values, narrowed):
    """The values to list and how many are left out."""
    if not facet.max_shown or narrowed or len(values) <= facet.max_shown:
        return values, 0
    selected = [value for value in values if value.selected]
    others = sorted(
        (value for value in values if not value.selected),
        key=lambda v: (-v.count, v.label.casefold()),
    )
    shown = selected + others[: max(0, facet.max_shown - len(selected))]
    return shown, len(values) - len(shown)


def sort_values(facet, values):
    if facet.order == "label":
        return sorted(values, key=lambda v: v.label.casefold())
    if facet.order == "key-desc":
        return sorted(values, key=lambda v: v.value, reverse=True)
    if facet.order == "declared":
        position = {value: i for i, value in enumerate(facet.value_order)}
        return sorted(values, key=lambda v: (position.get(v.value, len(position)), v.label))
    return sorted(values, key=lambda v: (-v.count, v.label.casefold()))
