#!/usr/bin/env bash
# Tickets opened through the API (POST /api/v1/tickets) with auto-dispatch on, so each one is also dispatched, gets
# its SLA clocks and timers, its audit entries and its event publications, at a fixed arrival rate measured by
# Gatling, with 1,000,000 older tickets (timeline, watcher, clocks) in the database. Then the application's capacity:
# 64 people each opening their next ticket as soon as the last is answered (Gatling's closed model, which is how
# pgbench's clients work), for 60 s. Baseline in the same run, on the same database: pgbench running the same rows as
# one transaction (bench/sql/ticket-create-baseline.sql) at 1, 2, 4 and 8 clients, the best kept.
# Usage: bench/ticket-create.sh [rate=600] [seconds=120] [older tickets=1000000] [capacity users=64, 0 for none]
set -euo pipefail
cd "$(dirname "$0")/.."
. .ci/jdk.sh
. bench/lib.sh
rate="${1:-600}"
seconds="${2:-120}"
older="${3:-1000000}"
users="${4:-64}"
port=18082
base="http://localhost:$port"

command -v pgbench >/dev/null && command -v psql >/dev/null || {
  echo "Installing Debian's postgresql-client (psql, pgbench)…"
  apt-get update -qq && apt-get install -y -qq postgresql-client >/dev/null
}
echo "Building ChainDesk…"
./mvnw -q -B -ntp -DskipTests package
# Heap sized for the machine (2 cores, the JVM shares them with PostgreSQL and Gatling).
start_chaindesk $port -Xms1g -Xmx2g -XX:+UseG1GC

echo "Loading $older older tickets…"
started=$(date +%s)
sql -v tickets="$older" -f bench/sql/older-tickets.sql >/dev/null
echo "  loaded in $(( $(date +%s) - started )) s: $(sql -c 'select count(*) from ticket.ticket') tickets," \
  "$(sql -c 'select count(*) from ticket.timeline_entry') timeline lines, $(sql -c 'select count(*) from sla.clock') clocks"

token=$(curl -fs -H 'Content-Type: application/json' -d '{"username":"admin","password":"chaindesk"}' \
  "$base/api/v1/auth/token" | sed -E 's/.*"token":"([^"]+)".*/\1/')
curl -fs -o /dev/null -X PUT -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
  -d '{"enabled":true}' "$base/api/v1/dispatch/auto"
echo "Auto-dispatch: $(curl -fs -H "Authorization: Bearer $token" "$base/api/v1/dispatch/auto")"

before=$(sql -c 'select count(*) from ticket.ticket')
last_older=$(sql -c 'select coalesce(max(id), 0) from ticket.ticket')
ramp=20
echo "Gatling at $rate tickets/s for ${seconds}s after a ${ramp} s warm-up ramp (load: $(uptime | sed 's/.*load average: //'))…"
(cd bench/gatling && BENCH_BASE="$base" BENCH_RATE="$rate" BENCH_SECONDS="$seconds" BENCH_RAMP=$ramp \
  ../../mvnw -q -B -ntp gatling:test -Dgatling.simulationClass=chaindesk.bench.TicketCreateSimulation) \
  > "$work/gatling.log" 2>&1 || true
load_after=$(uptime | sed 's/.*load average: //')
# The listeners (dispatch, SLA clocks) run after each commit: wait for their backlog to drain, and say how long.
outstanding=$(sql -c 'select count(*) from event_publication where completion_date is null')
drain_started=$(date +%s)
while [ "$(sql -c 'select count(*) from event_publication where completion_date is null')" -gt 0 ] \
  && [ $(( $(date +%s) - drain_started )) -lt 120 ]; do sleep 1; done
drained=$(( $(date +%s) - drain_started ))
left=$(sql -c 'select count(*) from event_publication where completion_date is null')
created=$(( $(sql -c 'select count(*) from ticket.ticket') - before ))
undispatched=$(sql -c "select count(*) from ticket.ticket where id > (select max(id) - $created from ticket.ticket) and team_id is null and vendor_id is null")
unclocked=$(sql -c "select count(*) from ticket.ticket t where t.id > (select max(id) - $created from ticket.ticket)
  and not exists (select 1 from sla.clock c where c.ticket_id = t.id and c.kind = 'RESOLUTION')")
# Tickets the application opened during the measured window, by the database's clock: the window starts when the
# ramp ends (the first ticket of the run arrives as the ramp starts). Gatling's count of 201s is not a rate: past
# capacity, requests sent during the window are still answered for up to its 60 s timeout after it closes.
in_window=$(sql -c "with run as (select created_at from ticket.ticket where id > $last_older),
  w as (select min(created_at) + make_interval(secs => $ramp) as since from run)
  select count(*) from run, w where created_at >= w.since and created_at < w.since + make_interval(secs => $seconds)")
verdict=$(curl -fs -H "Authorization: Bearer $token" "$base/api/v1/audit/verify" | grep -oE '"intact":(true|false)|"entries":[0-9]+' | tr '\n' ' ')

capacity=0
if [ "$users" -gt 0 ]; then
  # Requests Gatling gave up on are still being served: let them finish first, so the capacity is measured alone.
  settled=-1
  while [ "$(sql -c 'select count(*) from ticket.ticket')" != "$settled" ]; do
    settled=$(sql -c 'select count(*) from ticket.ticket'); sleep 3
  done
  echo "Capacity: $users people opening tickets back to back for 60 s…"
  capacity_before=$(sql -c 'select count(*) from ticket.ticket')
last_older=$(sql -c 'select coalesce(max(id), 0) from ticket.ticket')
ramp=20
  (cd bench/gatling && BENCH_BASE="$base" BENCH_USERS="$users" BENCH_SECONDS=60 BENCH_RAMP=0 \
    ../../mvnw -q -B -ntp gatling:test -Dgatling.simulationClass=chaindesk.bench.TicketCreateSimulation) \
    > "$work/gatling-capacity.log" 2>&1 || true
  capacity=$(( ($(sql -c 'select count(*) from ticket.ticket') - capacity_before) / 60 ))
fi

echo "pgbench: the same rows as one transaction, 20 s at 1, 2, 4 and 8 clients…"
sql -f bench/sql/ticket-create-baseline.sql
stores=$(sql -F ' ' -c 'select min(id), count(*) from org.store')
best_tps=0; best_clients=0
for clients in 1 2 4 8; do
  tps=$(pgbench -n -M prepared -f bench/sql/ticket-create.pgbench -D first_store="${stores%% *}" -D stores="${stores##* }" \
    -c $clients -j $clients -T 20 2>&1 | awk '/^tps =/ { print int($3) }')
  echo "  $clients clients: ${tps:-failed} tps"
  if [ "${tps:-0}" -gt "$best_tps" ]; then best_tps=$tps; best_clients=$clients; fi
done

actual() { grep -E "^create: $1" "${2:-$work/gatling.log}" | head -1 | sed -E 's/.*actual : ([0-9]+)(\.[0-9]+)?.*/\1/'; }
ok=$(actual "count of successful events"); ko=$(actual "count of failed events")
per_second=$(( in_window / seconds ))
echo
printf '%-44s %s\n' "tickets opened through the API" "$per_second tickets/s in the window (offered $rate/s for ${seconds}s, $older older tickets)"
printf '%-44s %s\n' "requests answered 201 / failed or timed out" "${ok:-?} / ${ko:-?} (Gatling, 60 s timeout; answers may come after the window)"
printf '%-44s %s\n' "latency p50 / p95 / p99 / max" "$(actual '50th percentile') / $(actual '95th percentile') / $(actual '99th percentile') / $(actual 'max of response time') ms"
printf '%-44s %s\n' "listener backlog when the load stopped" "$outstanding event publications, drained in ${drained}s ($left left)"
printf '%-44s %s\n' "new tickets not dispatched / without clocks" "$undispatched / $unclocked of $created"
printf '%-44s %s\n' "audit verify" "$verdict"
if [ "$users" -gt 0 ]; then
  cap_log="$work/gatling-capacity.log"
  printf '%-44s %s\n' "capacity: $users people back to back, 60 s" "$capacity tickets/s, p50 / p99 $(actual '50th percentile' "$cap_log") / $(actual '99th percentile' "$cap_log") ms, errors $(actual 'count of failed events' "$cap_log")"
fi
printf '%-44s %s\n' "baseline: pgbench, same rows in one tx" "$best_tps tps at $best_clients clients"
printf '%-44s %s\n' "ratio API / baseline at the offered rate" "$(( best_tps > 0 ? per_second * 100 / best_tps : 0 )) %"
[ "$users" -gt 0 ] && printf '%-44s %s\n' "ratio API capacity / baseline" "$(( best_tps > 0 ? capacity * 100 / best_tps : 0 )) %"
printf '%-44s %s\n' "machine load (1/5/15 min) after Gatling" "$load_after"
echo "goal: >= 600 tickets/s for 2 minutes at p99 <= 100 ms, no error; >= 25 % of the baseline"
