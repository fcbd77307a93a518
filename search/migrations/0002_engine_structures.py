"""Full-text structures beside search_searchdocument, per database engine.

PostgreSQL: a text search configuration `portal_swedish` (Swedish stemming after
folding accents with `unaccent`, so "narvaro" finds "närvaro"), a weighted `tsv`
column (A: title, B: keywords, C: body) with a GIN index, and a small `tsv_head`
(title and keywords only, GIN-indexed too) that puts title and keyword matches first
before the best hundred are ranked on `tsv`; a trigger fills both. `tsv` is stored out of line (the default), which
keeps the table's rows small, so that matching a common word stays fast. `unaccent` is
a trusted extension: the database owner may create it.

SQLite: an FTS5 table (accents folded by the tokenizer) kept in step by triggers.
Note: Django rebuilds a SQLite table to alter it, which drops its triggers; a later
migration that alters search_searchdocument must create them again.
"""

from django.db import migrations

POSTGRES_FORWARD = [
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    """
    DO $$ BEGIN
      IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'portal_swedish') THEN
        CREATE TEXT SEARCH CONFIGURATION portal_swedish (COPY = pg_catalog.swedish);
        ALTER TEXT SEARCH CONFIGURATION portal_swedish
          ALTER MAPPING FOR word, hword, hword_part, asciiword, asciihword, hword_asciipart
          WITH unaccent, swedish_stem;
      END IF;
    END $$
    """,
    "ALTER TABLE search_searchdocument ADD COLUMN tsv tsvector NOT NULL DEFAULT ''::tsvector",
    "ALTER TABLE search_searchdocument ADD COLUMN tsv_head tsvector NOT NULL DEFAULT ''::tsvector",
    """
    CREATE FUNCTION search_document_tsv() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      NEW.tsv_head :=
        setweight(to_tsvector('portal_swedish', coalesce(NEW.title, '')), 'A') ||
        setweight(to_tsvector('portal_swedish', coalesce(NEW.keywords, '')), 'B');
      NEW.tsv := NEW.tsv_head ||
        setweight(to_tsvector('portal_swedish', coalesce(NEW.body, '')), 'C');
      RETURN NEW;
    END $$
    """,
    """
    CREATE TRIGGER search_document_tsv BEFORE INSERT OR UPDATE OF title, keywords, body
    ON search_searchdocument FOR EACH ROW EXECUTE FUNCTION search_document_tsv()
    """,
    "CREATE INDEX search_document_tsv_gin ON search_searchdocument USING gin (tsv)",
    "CREATE INDEX search_document_tsv_head_gin ON search_searchdocument USING gin (tsv_head)",
]
POSTGRES_BACKWARD = [
    "DROP INDEX IF EXISTS search_document_tsv_head_gin",
    "DROP INDEX IF EXISTS search_document_tsv_gin",
    "DROP TRIGGER IF EXISTS search_document_tsv ON search_searchdocument",
    "DROP FUNCTION IF EXISTS search_document_tsv()",
    "ALTER TABLE search_searchdocument DROP COLUMN IF EXISTS tsv",
    "ALTER TABLE search_searchdocument DROP COLUMN IF EXISTS tsv_head",
    "DROP TEXT SEARCH CONFIGURATION IF EXISTS portal_swedish",
]

SQLITE_FORWARD = [
    """
    CREATE VIRTUAL TABLE search_document_fts USING fts5(
      title, keywords, body, tokenize = 'unicode61 remove_diacritics 2'
    )
    """,
    """
    CREATE TRIGGER search_document_fts_insert AFTER INSERT ON search_searchdocument BEGIN
      INSERT INTO search_document_fts (rowid, title, keywords, body)
      VALUES (new.page_id, new.title, new.keywords, new.body);
    END
    """,
    """
    CREATE TRIGGER search_document_fts_update AFTER UPDATE ON search_searchdocument BEGIN
      DELETE FROM search_document_fts WHERE rowid = old.page_id;
      INSERT INTO search_document_fts (rowid, title, keywords, body)
      VALUES (new.page_id, new.title, new.keywords, new.body);
    END
    """,
    """
    CREATE TRIGGER search_document_fts_delete AFTER DELETE ON search_searchdocument BEGIN
      DELETE FROM search_document_fts WHERE rowid = old.page_id;
    END
    """,
]
SQLITE_BACKWARD = [
    "DROP TRIGGER IF EXISTS search_document_fts_delete",
    "DROP TRIGGER IF EXISTS search_document_fts_update",
    "DROP TRIGGER IF EXISTS search_document_fts_insert",
    "DROP TABLE IF EXISTS search_document_fts",
]

STATEMENTS = {
    "postgresql": (POSTGRES_FORWARD, POSTGRES_BACKWARD),
    "sqlite": (SQLITE_FORWARD, SQLITE_BACKWARD),
}


def _run(schema_editor, direction):
    forward, backward = STATEMENTS.get(schema_editor.connection.vendor, ([], []))
    for statement in forward if direction == "forward" else backward:
        schema_editor.execute(statement)


def forward(apps, schema_editor):
    _run(schema_editor, "forward")
    apps.get_model("search", "IndexVersion").objects.get_or_create(pk=1, defaults={"token": "0"})


def backward(apps, schema_editor):
    _run(schema_editor, "backward")


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [migrations.RunPython(forward, backward)]
