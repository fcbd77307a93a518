"""Restore the fixture's SQL dump into a new SQLite file (and dump one, for a new fixture).

Python's Connection.iterdump() also writes INSERTs into FTS5 *virtual* tables (without
their rowids), which fail on restore ("no such table") and would duplicate the data
anyway: the FTS5 shadow tables (<name>_data, _idx, _content, _docsize, _config) are
dumped as ordinary tables and hold everything, rowids included. So dump() leaves those
INSERTs out; the virtual table itself is recreated through `PRAGMA writable_schema`, as
the sqlite3 shell's .dump does.

    python -m portal.tests.upgrade.restore dump work.sqlite3 db.sql.gz
    python -m portal.tests.upgrade.restore restore db.sql.gz restored.sqlite3
"""

import gzip
import sqlite3
import sys
from pathlib import Path

VIRTUAL_TABLES = (
    "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'"
)


def virtual_tables(connection):
    return [name for (name,) in connection.execute(VIRTUAL_TABLES)]


def dump(db_path, out_path):
    """Write the database as gzipped SQL text; returns the number of statements."""
    connection = sqlite3.connect(db_path)
    skipped = tuple(f'INSERT INTO "{name}" VALUES(' for name in virtual_tables(connection))
    lines = [line for line in connection.iterdump() if not line.startswith(skipped)]
    connection.close()
    with gzip.open(out_path, "wt", encoding="utf-8", compresslevel=9) as handle:
        handle.write("\n".join(lines))
        handle.write("\n")
    return len(lines)


def restore(dump_path, db_path):
    """Run the dump on a new file, then check the database and every FTS5 index."""
    db_path = Path(db_path)
    if db_path.exists():
        raise FileExistsError(f"{db_path} exists; restore into a new file")
    with gzip.open(dump_path, "rt", encoding="utf-8") as handle:
        script = handle.read()
    connection = sqlite3.connect(db_path)
    connection.executescript(script)
    connection.close()
    # A fresh connection reads the schema written through writable_schema.
    connection = sqlite3.connect(db_path)
    try:
        result = connection.execute("PRAGMA integrity_check").fetchone()[0]
        if result != "ok":
            raise sqlite3.DatabaseError(f"integrity_check of {db_path}: {result}")
        for name in virtual_tables(connection):
            # Raises sqlite3.DatabaseError if the index does not match its content.
            connection.execute(f'INSERT INTO "{name}"("{name}") VALUES(\'integrity-check\')')
    finally:
        connection.close()


if __name__ == "__main__":
    command, source, target = sys.argv[1:4]
    if command == "dump":
        print(f"{dump(source, target)} statements written to {target}")
    elif command == "restore":
        restore(source, target)
        print(f"restored {source} into {target}")
    else:
        raise SystemExit(__doc__)
