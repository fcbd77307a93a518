"""Text matching for the portal search, one engine per kind of installation.

An engine turns the query's terms into a `TextMatch`: a SQL condition on the search
documents (alias `d`), a ranked page of ids and highlighted passages. Facets, filters
and counting are the same for every engine (`search.selectors`).

- `postgres` (PostgreSQL): the weighted `tsv` column, `portal_swedish` configuration
  (Swedish stemming, accents folded), prefix matching so that "närvaro" also finds
  "närvaron" (which the Swedish stemmer leaves whole), ranked with `ts_rank_cd`,
  passages from `ts_headline`.
- `sqlite` (the embedded default): FTS5 with accents folded and prefix matching, no
  stemming; ranked with bm25, passages from `snippet()`.
- `wagtail`: whatever Wagtail search backend is configured (`WAGTAILSEARCH_BACKEND`,
  e.g. Elasticsearch or OpenSearch for a large installation) finds the pages;
  the portal filters, counts facets and highlights them itself.

`PORTAL_SEARCH_ENGINE` picks one; unset, the database decides.
"""

import re
import unicodedata
from dataclasses import dataclass

from django.conf import settings
from django.db import connection
from wagtail.models import Page

from search.documents import MARK_START, MARK_STOP
from search.models import SearchDocument
from search.sql import column, placeholders, rows

# Terms shorter than this match whole words only: "sms" should not find "smst...".
PREFIX_MIN_LENGTH = 4
WAGTAIL_MAX_MATCHES = 1000
PASSAGE_WORDS = 30


@dataclass(frozen=True)
class TermQuery:
    terms: tuple[str, ...]
    any_term: bool = False  # OR instead of AND


# Common Swedish inflection endings, longest first. Stripping one gives a second form of
# a query word that is searched beside the word itself, so that "närvaron" also finds
# "närvaro" and "kommunerna" finds "kommun": the Swedish stemmer leaves such pairs apart,
# and SQLite has no stemmer at all.
SUFFIXES = (
    *("arnas", "ernas", "ornas", "heten", "heter"),
    *("arna", "erna", "orna", "ande", "ende", "aste"),
    *("are", "het", "ens", "ast"),
    *("en", "ar", "er", "or", "na", "et"),
    *("n", "a", "e", "s"),
)
MIN_STEM_LENGTH = 4


def _prefix(term):
    return len(term) >= PREFIX_MIN_LENGTH


def word_forms(term):
    """The term and, if it has a common ending, the term without it."""
    for suffix in SUFFIXES:
        if term.endswith(suffix) and len(term) - len(suffix) >= MIN_STEM_LENGTH:
            return (term, term[: -len(suffix)])
    return (term,)


class PostgresMatch:
    def __init__(self, query):
        operator = " | " if query.any_term else " & "
        self.tsquery = operator.join(
            "(" + " | ".join(f"'{form}'" + (":*" if _prefix(form) else "") for form in forms) + ")"
            for forms in map(word_forms, query.terms)
        )

    def condition(self):
        return "d.tsv @@ to_tsquery('portal_swedish', %s)", [self.tsquery]

    def ranked_ids(self, where, params, limit, offset):
        """A page of ids, best first; `where` holds the other (facet) conditions."""
        sql = (
            "SELECT d.page_id FROM search_searchdocument d, "
            "to_tsquery('portal_swedish', %s) AS query "
            f"WHERE d.tsv @@ query AND {where} "
            "ORDER BY ts_rank_cd(d.tsv, query) DESC, "
            "d.published_at DESC NULLS LAST, d.page_id DESC LIMIT %s OFFSET %s"
        )
        return column(sql, [self.tsquery, *params, limit, offset])

    def passages(self, ids):
        options = (
            f"StartSel={MARK_START}, StopSel={MARK_STOP}, MaxWords={PASSAGE_WORDS}, "
            'MinWords=12, MaxFragments=2, FragmentDelimiter=" … "'
        )
        sql = (
            "SELECT page_id, ts_headline('portal_swedish', body, "
            "to_tsquery('portal_swedish', %s), %s) "
            "FROM search_searchdocument WHERE page_id = ANY(%s)"
        )
        return dict(rows(sql, [self.tsquery, options, list(ids)]))


class SqliteMatch:
    def __init__(self, query):
        operator = " OR " if query.any_term else " AND "
        self.expression = operator.join(
            "(" + " OR ".join(f'"{form}"' + ("*" if _prefix(form) else "") for form in forms) + ")"
            for forms in map(word_forms, query.terms)
        )

    def condition(self):
        return (
            "d.page_id IN (SELECT rowid FROM search_document_fts "
            "WHERE search_document_fts MATCH %s)",
            [self.expression],
        )

    def ranked_ids(self, where, params, limit, offset):
        sql = (
            "SELECT d.page_id FROM search_document_fts "
            "JOIN search_searchdocument d ON d.page_id = search_document_fts.rowid "
            f"WHERE search_document_fts MATCH %s AND {where} "
            "ORDER BY bm25(search_document_fts, 10.0, 4.0, 1.0), d.published_at DESC, "
            "d.page_id DESC LIMIT %s OFFSET %s"
        )
        return column(sql, [self.expression, *params, limit, offset])

    def passages(self, ids):
        ids = list(ids)
        if not ids:
            return {}
        sql = (
            "SELECT rowid, snippet(search_document_fts, 2, %s, %s, ' … ', "
            f"{PASSAGE_WORDS}) FROM search_document_fts "
            f"WHERE search_document_fts MATCH %s AND rowid IN ({placeholders(ids)})"
        )
        return dict(rows(sql, [MARK_START, MARK_STOP, self.expression, *ids]))


class WagtailBackendMatch:
    """Pages found by the configured Wagtail search backend, in its order of relevance."""

    def __init__(self, query):
        self.query = query
        operator = "or" if query.any_term else "and"
        pages = Page.objects.live().public().search(" ".join(query.terms), operator=operator)
        self.order = [page.pk for page in pages[:WAGTAIL_MAX_MATCHES]]

    def condition(self):
        if not self.order:
            return "1 = 0", []
        return f"d.page_id IN ({placeholders(self.order)})", list(self.order)

    def ranked_ids(self, where, params, limit, offset):
        condition, condition_params = self.condition()
        sql = f"SELECT d.page_id FROM search_searchdocument d WHERE {condition} AND {where}"
        matching = set(column(sql, [*condition_params, *params]))
        ranked = [pk for pk in self.order if pk in matching]
        return ranked[offset : offset + limit]

    def passages(self, ids):
        bodies = SearchDocument.objects.filter(page_id__in=list(ids)).values_list("page_id", "body")
        return {pk: highlight_passage(body, self.query.terms) for pk, body in bodies}


def highlight_passage(text, terms, words=PASSAGE_WORDS):
    """A passage around the first word that starts with a term, matches marked.

    Used where the engine has no highlighter of its own; compares without case and
    accents, whole words for short terms and word starts for the others.
    """
    folded_terms = [fold(form) for term in terms for form in word_forms(term)]
    tokens = re.findall(r"\S+", text)

    def matches(token):
        word = fold(re.sub(r"^\W+|\W+$", "", token))
        return any(
            word.startswith(term) if _prefix(term) else word == term for term in folded_terms
        )

    first = next((i for i, token in enumerate(tokens) if matches(token)), None)
    if first is None:
        return ""
    start = max(0, first - words // 3)
    window = tokens[start : start + words]
    marked = [f"{MARK_START}{token}{MARK_STOP}" if matches(token) else token for token in window]
    return (
        ("… " if start else "") + " ".join(marked) + (" …" if start + words < len(tokens) else "")
    )


def fold(text):
    """Lower case without accents: "Närvaro" -> "narvaro"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


ENGINES = {
    "postgres": PostgresMatch,
    "sqlite": SqliteMatch,
    "wagtail": WagtailBackendMatch,
}


def engine_name():
    configured = getattr(settings, "PORTAL_SEARCH_ENGINE", "") or ""
    if configured:
        return configured
    return "postgres" if connection.vendor == "postgresql" else "sqlite"


def text_match(query):
    return ENGINES[engine_name()](query)
