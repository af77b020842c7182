#!/usr/bin/env bash
# Similar open tickets (assist ticket draft) on a 1,000,000-ticket table: a scratch PostgreSQL (the embedded one's
# binaries, or PG_BIN), the ticket module's real migrations V1-V6 applied with psql, generated tickets, and EXPLAIN
# ANALYZE of the reads in ticket/OpenTicketLookalikes. No app start. Usage: bench/similar-tickets.sh
set -euo pipefail
cd "$(dirname "$0")/.."
bin="${PG_BIN:-$(dirname "$(ls /tmp/embedded-pg/*/bin/pg_ctl /usr/lib/postgresql/*/bin/pg_ctl 2>/dev/null | head -1)")}"
work=$(mktemp -d)
port=$((20000 + RANDOM % 20000))
# PostgreSQL refuses to run as root: run the server as the postgres (or nobody) account then.
as=()
if [ "$(id -u)" = 0 ]; then
  owner=$(id -u postgres >/dev/null 2>&1 && echo postgres || echo nobody)
  chown "$owner" "$work"; chmod 755 "$work"
  as=(runuser -u "$owner" --)
fi
trap '"${as[@]}" "$bin/pg_ctl" -D "$work/data" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
"${as[@]}" "$bin/initdb" -D "$work/data" -U postgres -A trust -E UTF8 --locale=C >/dev/null
"${as[@]}" "$bin/pg_ctl" -D "$work/data" -o "-p $port -k $work -c shared_buffers=256MB -c work_mem=32MB" -l "$work/pg.log" -w start >/dev/null
export PGHOST="$work" PGPORT=$port PGUSER=postgres PGDATABASE=postgres
for f in $(ls src/main/resources/db/migration/ticket/V*.sql | sort -V); do
  psql -qX -v ON_ERROR_STOP=1 -f "$f" >/dev/null
done
started=$(date +%s)
psql -qX -v ON_ERROR_STOP=1 -f bench/sql/similar-tickets.sql
echo "(generating, indexing and querying took $(( $(date +%s) - started )) s)"
