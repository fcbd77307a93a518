"""Small helpers for the raw SQL of the search engines."""

from django.db import connection


def rows(sql, params):
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def column(sql, params):
    return [row[0] for row in rows(sql, params)]


def placeholders(values):
    return ", ".join(["%s"] * len(values))
