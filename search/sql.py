"""Small SQL helpers for the search queries, and the fragments that differ between
PostgreSQL (jsonb operators) and SQLite (json_each) for the facet keys of documents
(alias `d`)."""

from django.db import connection


def rows(sql, params):
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def column(sql, params):
    return [row[0] for row in rows(sql, params)]


def scalar(sql, params):
    return rows(sql, params)[0][0]


def placeholders(values):
    return ", ".join(["%s"] * len(values))


def and_(parts):
    """Join (sql, params) conditions with AND; always true when there are none."""
    parts = [part for part in parts if part]
    if not parts:
        return "1 = 1", []
    return " AND ".join(f"({sql})" for sql, _ in parts), [p for _, ps in parts for p in ps]


def has_any_key(keys):
    if connection.vendor == "postgresql":
        return "d.facets ?| %s", [list(keys)]
    return (
        f"EXISTS (SELECT 1 FROM json_each(d.facets) j WHERE j.key IN ({placeholders(keys)}))",
        list(keys),
    )


def has_all_keys(keys):
    if connection.vendor == "postgresql":
        return "d.facets ?& %s", [list(keys)]
    return (
        f"(SELECT count(*) FROM json_each(d.facets) j WHERE j.key IN ({placeholders(keys)})) = %s",
        [*keys, len(keys)],
    )


def facet_pairs():
    """FROM clause with one row (fv.key, fv.value = label) per facet value of each
    document, and the SQL expression for the facet name of fv.key."""
    if connection.vendor == "postgresql":
        return (
            "search_searchdocument d CROSS JOIN LATERAL jsonb_each_text(d.facets) AS fv",
            "split_part(fv.key, ':', 1)",
        )
    return (
        "search_searchdocument d, json_each(d.facets) AS fv",
        "substr(fv.key, 1, instr(fv.key, ':') - 1)",
    )
