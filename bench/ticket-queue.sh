#!/usr/bin/env bash
# Agents' queues with 1,000,000 tickets in the database (bench/sql/older-tickets.sql: 3 % still open) plus a day of
# open tickets with running clocks: 20 agents, each signed in with a session of its own, polling in turn the queue page
# /tickets and GET /api/v1/tickets?breachingWithin=PT1H every ~2 s, measured by Gatling; baseline in the same run: the
# same 20 agents polling /actuator/health. Needs the breaching-soon filter (ticket due times on ticket.ticket) from the
# workspace branch: before it is merged, breachingWithin is ignored and the API lists the newest tickets instead.
# Usage: bench/ticket-queue.sh [seconds=120] [older tickets=1000000]
set -euo pipefail
cd "$(dirname "$0")/.."
. .ci/jdk.sh
. bench/lib.sh
seconds="${1:-120}"
older="${2:-1000000}"
port=18084
base="http://localhost:$port"

command -v psql >/dev/null || { apt-get update -qq && apt-get install -y -qq postgresql-client >/dev/null; }
echo "Building ChainDesk…"
./mvnw -q -B -ntp -DskipTests package
start_chaindesk $port -Xms1g -Xmx2g
echo "Loading $older older tickets…"
psql -qAtX -v ON_ERROR_STOP=1 -v tickets="$older" -f bench/sql/older-tickets.sql >/dev/null
# A day's open tickets opened through the API, so that they carry what the breaching-soon filter reads.
token=$(curl -fs -H 'Content-Type: application/json' -d '{"username":"admin","password":"chaindesk"}' \
  "$base/api/v1/auth/token" | sed -E 's/.*"token":"([^"]+)".*/\1/')
curl -fs -o /dev/null -X PUT -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
  -d '{"enabled":true}' "$base/api/v1/dispatch/auto"
(cd bench/gatling && BENCH_BASE="$base" BENCH_RATE=50 BENCH_SECONDS=20 BENCH_RAMP=0 \
  ../../mvnw -q -B -ntp gatling:test -Dgatling.simulationClass=chaindesk.bench.TicketCreateSimulation) > "$work/open.log" 2>&1 || true

gatling() {
  (cd bench/gatling && BENCH_BASE="$base" BENCH_TARGET="$1" BENCH_SECONDS="$seconds" BENCH_AGENTS=20 \
    ../../mvnw -q -B -ntp gatling:test -Dgatling.simulationClass=chaindesk.bench.TicketQueueSimulation) \
    > "$work/gatling-$1.log" 2>&1 || true
}
figures() {
  local log="$1" name="$2" ok ko
  actual() { grep -E "^$name: $1" "$log" | head -1 | sed -E 's/.*actual : ([0-9]+)(\.[0-9]+)?.*/\1/'; }
  ok=$(actual "count of successful events"); ko=$(actual "count of failed events")
  printf '%10s %8s %8s %8s %8s' "${ok:-0}" "$(actual '50th percentile')" "$(actual '95th percentile')" \
    "$(actual 'max of response time')" "${ko:-?}"
}
echo "20 agents polling for ${seconds}s: health first (baseline), then the queue (load: $(uptime | sed 's/.*load average: //'))…"
gatling health
gatling queue
echo
printf '%-44s %10s %8s %8s %8s %8s\n' "20 agents, one request each ~2 s" "requests" "p50 ms" "p95 ms" "max ms" "errors"
printf '%-44s %s\n' "/actuator/health (baseline)" "$(figures "$work/gatling-health.log" health)"
printf '%-44s %s\n' "queue page /tickets" "$(figures "$work/gatling-queue.log" page)"
printf '%-44s %s\n' "GET /api/v1/tickets?breachingWithin=PT1H" "$(figures "$work/gatling-queue.log" breaching)"
echo "machine load (1/5/15 min) after: $(uptime | sed 's/.*load average: //')"
echo "goal: p95 <= 300 ms with 1,000,000 tickets and 20 agents polling"
