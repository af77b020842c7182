#!/usr/bin/env bash
# The SLA engine under a wave of due timers: 200,000 running resolution clocks (each with its ticket and its
# db-scheduler timers in sla.scheduled_tasks, written as ChainDesk serialises them), of which rate × window have a
# warning or breach coming due in the measured window, one every 1/rate s; the rest are due in hours. ChainDesk runs
# them: a warning marks the clock and records it, a breach marks it, records it and escalates the ticket a tier.
# Measured from the audit entries the executions write, against each timer's due time: executions/s, lateness p50
# and p99, lost (due, never fired) and doubled (fired twice). Baseline in the same run, on the same database: the
# same rows copied to bench.scheduled_tasks, the measured ones all due at the same moment, run by db-scheduler alone
# with a no-op task and the same settings (bench/timers): its raw execution rate.
# Usage: bench/sla-timers.sh [clocks=200000] [rate=500] [window seconds=120]
set -euo pipefail
cd "$(dirname "$0")/.."
. .ci/jdk.sh
. bench/lib.sh
clocks="${1:-200000}"
rate="${2:-500}"
window="${3:-120}"
lead=20
port=18083
base="http://localhost:$port"

command -v psql >/dev/null || { apt-get update -qq && apt-get install -y -qq postgresql-client >/dev/null; }
echo "Building ChainDesk and the no-op timer baseline…"
./mvnw -q -B -ntp -DskipTests package
(cd bench/timers && ../../mvnw -q -B -ntp compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt)
start_chaindesk $port -Xms1g -Xmx2g
# The demo's dispatch rules and teams are what an escalation needs; auto-dispatch plays no part here.

pending() {
  sql -c "select count(*) from sla.scheduled_tasks st join bench.timer_due d on st.task_instance = d.clock_id || '-0'
    and st.task_name = case d.action when 'sla.clock.warned' then 'sla-warning' else 'sla-breach' end"
}
# A desk's scheduler runs in a JVM that has been up for days. A first, smaller wave lets the JIT compile the timer
# path before the measured one; its own figures are printed too, as the cold start.
echo "Warm-up: 6,000 timers at 200/s on a cold JVM…"
sql -v clocks=8000 -v rate=200 -v window=30 -v lead=5 -v prefix=WARM- -f bench/sql/running-clocks.sql
until [ "$(sql -c "select now() > max(due) from bench.timer_due")" = t ]; do sleep 1; done
for _ in $(seq 1 300); do [ "$(pending)" = 0 ] && break; sleep 1; done
warm_up=$(sql -F ' ' -c "
with fired as (select d.due, a.at from bench.timer_due d join audit.entry a
  on a.target_type = 'ticket' and a.target_id = d.ticket_id::text and a.action = d.action)
select count(*) || ' executed, ' || round(count(*) / greatest(extract(epoch from max(at) - min(due)), 1)) || '/s, p50 '
       || round(1000 * extract(epoch from percentile_cont(0.5) within group (order by at - due))) || ' ms, p99 '
       || round(1000 * extract(epoch from percentile_cont(0.99) within group (order by at - due))) || ' ms'
from fired")
echo "  $warm_up"

echo "Writing $clocks running clocks with their timers; $((rate * window)) come due from ${lead}s after the load…"
started=$(date +%s)
sql -v clocks="$clocks" -v rate="$rate" -v window="$window" -v lead="$lead" -v prefix=REQ-2000- -f bench/sql/running-clocks.sql
echo "  written in $(( $(date +%s) - started )) s: $(sql -c "select count(*) from sla.clock where state = 'RUNNING'") running clocks," \
  "$(sql -c 'select count(*) from sla.scheduled_tasks') timers"
window_end=$(sql -c "select to_char(max(due) at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"') from bench.timer_due")
load_start=$(uptime | sed 's/.*load average: //')
# Wait for the window to pass, then for the backlog of late timers, at most 10 minutes more.
until [ "$(sql -c "select now() > max(due) from bench.timer_due")" = t ]; do sleep 2; done
for _ in $(seq 1 600); do [ "$(pending)" = 0 ] && break; sleep 1; done
still_pending=$(pending)
load_end=$(uptime | sed 's/.*load average: //')
read -r fired rate_done p50 p99 worst lost doubled < <(sql -F ' ' -c "
with fired as (
  select d.ticket_id, d.action, d.due, a.at
  from bench.timer_due d join audit.entry a
    on a.target_type = 'ticket' and a.target_id = d.ticket_id::text and a.action = d.action
), per_timer as (select ticket_id, action, count(*) as n from fired group by 1, 2)
select (select count(distinct (ticket_id, action)) from fired),
       (select round(count(*) / greatest(extract(epoch from max(at) - min(due)), 1)) from fired),
       (select round(1000 * extract(epoch from percentile_cont(0.5) within group (order by at - due))) from fired),
       (select round(1000 * extract(epoch from percentile_cont(0.99) within group (order by at - due))) from fired),
       (select round(1000 * extract(epoch from max(at - due))) from fired),
       (select count(*) - $still_pending from bench.timer_due d where not exists (select 1 from per_timer p
          where p.ticket_id = d.ticket_id and p.action = d.action)),
       (select count(*) from per_timer where n > 1)")
escalated=$(sql -c "select count(*) from audit.entry a join bench.timer_due d on a.target_type = 'ticket'
  and a.target_id = d.ticket_id::text and d.action = 'sla.clock.breached' where a.action = 'dispatch.escalated'")

echo "Baseline: the same timers copied to bench.scheduled_tasks as a no-op task, the measured ones all due at once," \
  "run by db-scheduler alone: its raw execution rate…"
# ChainDesk's scheduler must not pick them: it only knows sla-warning and sla-breach and only reads sla.scheduled_tasks.
baseline_end=$(sql -c "
set client_min_messages = warning;
drop table if exists bench.scheduled_tasks;
create table bench.scheduled_tasks (like sla.scheduled_tasks including all);
insert into bench.scheduled_tasks (task_name, task_instance, task_data, execution_time, picked, version)
select 'noop', task_name || ':' || task_instance, null, execution_time + interval '7 days', false, 1 from sla.scheduled_tasks;
insert into bench.scheduled_tasks (task_name, task_instance, task_data, execution_time, picked, version)
select 'noop', 'due:' || clock_id || ':' || action, null,
       clock_timestamp() + $lead * interval '1 second',
       false, 1
from bench.timer_due;
analyze bench.scheduled_tasks;
select to_char(max(execution_time) at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"') from bench.scheduled_tasks
where task_instance like 'due:%';" | tail -1)
baseline=$("$JAVA_HOME/bin/java" -cp "bench/timers/target/classes:$(cat bench/timers/target/classpath.txt)" \
  chaindesk.bench.NoopTimers "jdbc:postgresql://localhost:$PGPORT/postgres" "$((rate * window))" "$baseline_end")

echo
printf '%-40s %s\n' "timers due in the window" "$((rate * window)) ($rate/s for ${window}s, among $clocks running clocks)"
printf '%-40s %s\n' "ChainDesk: executed" "$fired, $rate_done executions/s ($escalated breaches escalated)"
printf '%-40s %s\n' "ChainDesk: lateness p50 / p99 / max" "$p50 / $p99 / $worst ms"
printf '%-40s %s\n' "ChainDesk: lost / doubled" "$lost / $doubled ($still_pending still waiting at the 10 min cut-off)"
printf '%-40s %s\n' "ChainDesk: warm-up wave (cold JVM)" "$warm_up"
printf '%-40s %s\n' "baseline: db-scheduler, no-op, all due" "$baseline (lateness here = queueing behind the rest)"
printf '%-40s %s\n' "machine load (1/5/15 min) before / after" "$load_start / $load_end"
echo "goal: >= 500 timer executions/s sustained, p99 lateness <= 2 s, none lost or doubled"
