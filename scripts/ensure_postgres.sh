#!/usr/bin/env bash
# Start the local PostgreSQL 15 cluster if it is down and make sure the portal role
# (password auth over TCP, CREATEDB for the test database) exists. Idempotent.
set -euo pipefail
ROLE=${PG_ROLE:-portal}
PASSWORD=${PG_PASSWORD:-portal}
DB=${PG_DB:-portal}

as_postgres() {
  if [ "$(id -u)" = 0 ]; then su postgres -c "$1"; else sudo -u postgres sh -c "$1"; fi
}

if ! command -v pg_lsclusters >/dev/null; then
  echo "PostgreSQL is not installed (need the postgresql-15 package)." >&2
  exit 1
fi
if ! pg_lsclusters -h | awk '$1=="15" && $2=="main" {print $4}' | grep -q online; then
  echo "Starting PostgreSQL 15 cluster 'main'..."
  pg_ctlcluster --skip-systemctl-redirect 15 main start
fi
for _ in $(seq 1 30); do
  as_postgres "psql -tAc 'select 1'" >/dev/null 2>&1 && break
  sleep 1
done
if [ "$(as_postgres "psql -tAc \"select 1 from pg_roles where rolname='$ROLE'\"")" != "1" ]; then
  echo "Creating role $ROLE..."
  as_postgres "psql -v ON_ERROR_STOP=1 -c \"create role $ROLE login createdb password '$PASSWORD'\""
fi
if [ "$(as_postgres "psql -tAc \"select 1 from pg_database where datname='$DB'\"")" != "1" ]; then
  as_postgres "createdb -O $ROLE $DB"
fi
echo "PostgreSQL ready: postgres://$ROLE:***@127.0.0.1:5432/$DB"
