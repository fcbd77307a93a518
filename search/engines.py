"""Text matching for the portal search, one engine per kind of installation.

An engine turns the query's terms into a match with four operations: `ids()`, every
matching page id; `preferred_ids()`, those to list first (all of them, best first, where
the engine ranks every match cheaply: `preferred_ordered`); `rerank(ids)`, a short list
in precise order; `passages(ids)`, the marked passage of each. Filters, facet counts and
paging are the same for every engine (`search.selectors`, `search.facet_index`).

- `postgres` (PostgreSQL): the weighted `tsv` column, `portal_swedish` configuration
  (Swedish stemming, accents folded), prefix matching so that "närvaro" also finds
  "närvaron" (which the Swedish stemmer leaves whole), ranked with `ts_rank_cd`.
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
from django.db import connection, transaction
from django.utils.functional import cached_property
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
    """Swedish full-text search on the `tsv` column (GIN index).

    Ranking every match of a common word with `ts_rank_cd` means reading every
    matching document's vector (out of line, compressed): 180 ms for 10 000 matches.
    So matches come in a cheap pre-order (title or keyword matches first, then newest),
    and only the first few hundred are ranked on the whole text.
    """

    def __init__(self, query):
        self.terms = query.terms
        operator = " | " if query.any_term else " & "
        # The word as a prefix ("närvaro:*" also finds "närvarotid"), and without a
        # common ending as a whole word, stemmed again ("närvaron" -> "närvaro").
        self.tsquery = operator.join(
            "(" + " | ".join(_postgres_forms(term)) + ")" for term in query.terms
        )

    # preferred_ids() is a set: the first of them to rank are the newest.
    preferred_ordered = False

    def ids(self):
        """Every matching page id (in no particular order)."""
        return self._matching[0]

    def preferred_ids(self):
        """Pages that match in their title or keywords: ranked before the others."""
        return self._matching[1]

    @cached_property
    def _matching(self):
        """(ids matching anywhere, ids matching in title or keywords), one trip."""
        found = []
        with transaction.atomic(), connection.cursor() as cursor:
            # Common words match most documents; the planner would then read them all
            # in a sequential scan (the body's vector decompressed for each). The GIN
            # indexes do not. One array in one row: faster to fetch than 10 000 rows.
            cursor.execute("SET LOCAL enable_seqscan = off")
            for column_name in ("tsv", "tsv_head"):
                cursor.execute(
                    f"SELECT array_agg(d.page_id) FROM search_searchdocument d, "
                    f"to_tsquery('portal_swedish', %s) AS query WHERE d.{column_name} @@ query",
                    [self.tsquery],
                )
                found.append(cursor.fetchone()[0] or [])
        return found

    def rerank(self, ids):
        """These page ids in order of relevance over the whole text."""
        return column(
            "SELECT d.page_id FROM search_searchdocument d, "
            "to_tsquery('portal_swedish', %s) AS query WHERE d.page_id = ANY(%s) "
            "ORDER BY ts_rank_cd(d.tsv, query) DESC, d.published_at DESC NULLS LAST, "
            "d.page_id DESC",
            [self.tsquery, list(ids)],
        )

    def passages(self, ids):
        return python_passages(ids, self.terms)


def _postgres_forms(term):
    forms = word_forms(term)
    prefixed = f"'{term}'" + (":*" if _prefix(term) else "")
    return [prefixed, *(f"'{form}'" for form in forms[1:])]


class SqliteMatch:
    """FTS5 with accents folded, ranked with bm25 (title and keywords weigh more)."""

    def __init__(self, query):
        operator = " OR " if query.any_term else " AND "
        self.expression = operator.join(
            "(" + " OR ".join(f'"{form}"' + ("*" if _prefix(form) else "") for form in forms) + ")"
            for forms in map(word_forms, query.terms)
        )

    @cached_property
    def _ranked(self):
        return column(
            "SELECT rowid FROM search_document_fts WHERE search_document_fts MATCH %s "
            "ORDER BY bm25(search_document_fts, 10.0, 4.0, 1.0), rowid DESC",
            [self.expression],
        )

    def ids(self):
        return self._ranked

    def preferred_ids(self):
        return self._ranked  # bm25 ranks every match

    preferred_ordered = True

    def rerank(self, ids):
        return list(ids)  # bm25 already ranked every match

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

    @cached_property
    def _ranked(self):
        operator = "or" if self.query.any_term else "and"
        pages = Page.objects.live().public().search(" ".join(self.query.terms), operator=operator)
        return [page.pk for page in pages[:WAGTAIL_MAX_MATCHES]]

    def ids(self):
        return self._ranked

    def preferred_ids(self):
        return self._ranked  # the backend ranks every match

    preferred_ordered = True

    def rerank(self, ids):
        return list(ids)

    def passages(self, ids):
        return python_passages(ids, self.query.terms)


def python_passages(ids, terms):
    """Passages cut and marked in Python: for engines without a cheap highlighter
    (PostgreSQL's ts_headline parses the whole text again: 30 ms for 20 reports)."""
    bodies = SearchDocument.objects.filter(page_id__in=list(ids)).values_list("page_id", "body")
    return {pk: highlight_passage(body, terms) for pk, body in bodies}


# Letters a visitor may type without their accents ("narvaro" for "närvaro").
_ACCENTED = {
    "a": "aåäàáâã",
    "o": "oöòóôõø",
    "e": "eéèêë",
    "u": "uüùúû",
    "i": "iíìîï",
    "c": "cç",
    "n": "nñ",
    "y": "yýÿ",
}


def _term_pattern(terms):
    """A regex for words that start with a term's form (or are it, for short terms),
    without regard to case or accents."""
    alternatives = []
    for term in terms:
        for form in word_forms(fold(term)):
            letters = "".join(
                f"[{_ACCENTED[char]}]" if char in _ACCENTED else re.escape(char) for char in form
            )
            alternatives.append(letters + (r"[^\W_]*" if _prefix(form) else ""))
    return re.compile(rf"(?<![^\W_])(?:{'|'.join(alternatives)})(?![^\W_])", re.IGNORECASE)


def highlight_passage(text, terms, words=PASSAGE_WORDS):
    """A passage of about `words` words around the first match, every match marked.

    For engines without a highlighter of their own; compares without case and accents,
    whole words for short terms and word starts for the others.
    """
    pattern = _term_pattern(terms)
    first = pattern.search(text)
    if first is None:
        return ""
    before = text[: first.start()].split()
    after = text[first.start() :].split()
    lead = before[-(words // 3) :] if words // 3 else []
    window = " ".join(lead + after[: words - len(lead)])
    marked = pattern.sub(lambda match: f"{MARK_START}{match.group(0)}{MARK_STOP}", window)
    opening = "… " if len(lead) < len(before) else ""
    closing = " …" if len(after) > words - len(lead) else ""
    return f"{opening}{marked}{closing}"


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
