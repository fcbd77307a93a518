"""Geometry for the server-side SVG charts (templates/evidence/charts/).

Bars are drawn as SVG with widths in per cent, their labels and figures as HTML beside
them: text then wraps, resizes and reflows at 320 px like any text, and the chart
needs no JavaScript. Every chart also has a data table.
"""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.urls import reverse

# Counties as tiles on a grid shaped roughly like Sweden: (column, row) by SCB code,
# with the county letter (länsbokstav) shown on the tile.
COUNTY_TILES = {
    "25": (2, 0, "BD"),
    "24": (2, 1, "AC"),
    "23": (1, 2, "Z"),
    "22": (2, 2, "Y"),
    "20": (1, 3, "W"),
    "21": (2, 3, "X"),
    "17": (0, 4, "S"),
    "19": (1, 4, "U"),
    "03": (2, 4, "C"),
    "14": (0, 5, "O"),
    "18": (1, 5, "T"),
    "04": (2, 5, "D"),
    "01": (3, 5, "AB"),
    "13": (0, 6, "N"),
    "06": (1, 6, "F"),
    "05": (2, 6, "E"),
    "09": (3, 6, "I"),
    "07": (1, 7, "G"),
    "08": (2, 7, "H"),
    "12": (1, 8, "M"),
    "10": (2, 8, "K"),
}
TILE = 64  # px, including a 4 px gap
# Sequential shades with the text colour that keeps 4.5:1 contrast on each.
SHADES = (
    ("#f2f5f7", "#1b1f23"),  # no reports
    ("#cfe3ec", "#1b1f23"),
    ("#7fb0c6", "#1b1f23"),
    ("#2f6f8c", "#ffffff"),
    ("#063f56", "#ffffff"),
)
# Segment colours of stacked bars, each at least 3:1 against white (segments are
# separated by white gaps) and told apart by the legend and the table as well.
SEGMENT_COLOURS = ("#063f56", "#2f7fa0", "#b8420f", "#6b4c9a", "#5a6b2e")


@dataclass(frozen=True)
class Tile:
    code: str
    name: str
    letter: str
    count: int
    x: int
    y: int
    fill: str
    text: str
    url: str


def _shade(count, largest):
    if not count:
        return SHADES[0]
    step = 1 + min(3, int(3 * count / largest)) if largest else 1
    return SHADES[min(step, len(SHADES) - 1)]


def county_tiles(counts, names, search_filters=None):
    """Tiles for every county: `counts` {code: reports}, `names` {code: name}."""
    largest = max(counts.values(), default=0)
    tiles = []
    for code, (column, row, letter) in COUNTY_TILES.items():
        count = counts.get(code, 0)
        fill, text = _shade(count, largest)
        params = [("type", "report"), *(search_filters or {}).items(), ("county", code)]
        tiles.append(
            Tile(
                code=code,
                name=names.get(code, code),
                letter=letter,
                count=count,
                x=column * TILE,
                y=row * TILE,
                fill=fill,
                text=text,
                url=f"{reverse('search')}?{urlencode(params)}",
            )
        )
    return tiles


def grid_size():
    columns = 1 + max(column for column, _, _ in COUNTY_TILES.values())
    rows = 1 + max(row for _, row, _ in COUNTY_TILES.values())
    return columns * TILE, rows * TILE


@dataclass(frozen=True)
class Segment:
    value: str
    count: int
    start: float  # per cent
    width: float  # per cent
    colour: str


def segments(distribution):
    """The stacked segments of one question's answers, in scale order."""
    found, start = [], 0.0
    for position, bar in enumerate(distribution.bars):
        width = bar.share * 100
        found.append(Segment(bar.value, bar.count, start, width, SEGMENT_COLOURS[position % 5]))
        start += width
    return found
