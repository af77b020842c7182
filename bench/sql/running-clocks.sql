-- Running SLA clocks with their db-scheduler timers, for bench/sla-timers.sh (psql -v clocks=200000 -v rate=600
-- -v window=120 -v lead=20 -v prefix=REQ-2000-; prefix starts the tickets' numbers, so a second load needs another). Each clock belongs to an assigned ticket and has a RESOLUTION clock running (its
-- RESPONSE clock met). The first rate × window clocks have one timer coming due in the measured window, one every
-- 1/rate seconds from lead seconds after this script commits: odd ones their 75 % warning, even ones (already
-- warned) their breach, which also escalates the ticket a tier as a breach does. The other clocks' timers are due in
-- hours, as most of a desk's are. Timer data is db-scheduler's Java serialisation of ClockTimer(clockId, generation):
-- a fixed prefix (read off a timer ChainDesk itself wrote) then the two values. bench.timer_due keeps each measured
-- timer's due time, to compare with the audit entry its execution writes.
\set ON_ERROR_STOP on
set client_min_messages = warning;
begin;
set local synchronous_commit = off;
create schema if not exists bench;
drop table if exists bench.timer_due;
create table bench.timer_due (ticket_id bigint, clock_id bigint, action text, due timestamptz);

create temp table spread on commit drop as
select g as n, s.id as store_id, s.region_id
from generate_series(1, :clocks) as g
join (select id, region_id, row_number() over (order by id) - 1 as k, count(*) over () as stores from org.store) s
  on s.k = g % s.stores;

create temp table opened on commit drop as
with t as (
    insert into ticket.ticket (number, type, store_id, region_id, reporter, category, impact, urgency, priority, subject,
                               description, status, team_id, agent, tier, created_at, updated_at, version)
    select :'prefix' || lpad(n::text, 7, '0'), 'REQUEST', store_id, region_id, 'staff1', 'printer-receipt', 'MEDIUM',
           'MEDIUM', 'P3', 'Timer bench ' || n, 'Generated for bench/sla-timers.sh', 'ASSIGNED', 1, 'l1.lin', 'L1',
           now() - interval '1 hour', now() - interval '1 hour', 1
    from spread
    returning id, store_id, region_id, subject
)
select id as ticket_id, store_id, region_id, split_part(subject, ' ', 3)::int as n from t;

insert into sla.clock (ticket_id, store_id, region_id, kind, always_on, target_minutes, started_at, running_since,
                       consumed_seconds, due_at, paused_at, stopped_at, state, warned, generation)
select ticket_id, store_id, region_id, 'RESPONSE', false, 30, now() - interval '1 hour', null, 600,
       now() - interval '30 minutes', null, now() - interval '50 minutes', 'MET', false, 1
from opened;

create temp table running on commit drop as
with c as (
    insert into sla.clock (ticket_id, store_id, region_id, kind, always_on, target_minutes, started_at, running_since,
                           consumed_seconds, due_at, paused_at, stopped_at, state, warned, generation)
    select ticket_id, store_id, region_id, 'RESOLUTION', false, 480, now() - interval '1 hour', now() - interval '1 hour',
           0, now() + interval '7 hours' + n * interval '100 milliseconds', null, null, 'RUNNING',
           n <= :rate * :window and n % 2 = 0, 0
    from opened
    returning id, ticket_id, due_at, warned
)
select c.*, o.n from c join opened o using (ticket_id);

-- Every timer, at first in the far future; the measured ones are moved into the window at the very end.
insert into sla.scheduled_tasks (task_name, task_instance, task_data, execution_time, picked, version)
select 'sla-warning', id || '-0',
       decode('aced000573720022636f6d2e636861696e6465736b2e736c612e636c6f636b2e436c6f636b54696d657200000000000000000200024a0007636c6f636b496449000a67656e65726174696f6e7870', 'hex')
           || int8send(id) || int4send(0),
       due_at - interval '2 hours', false, 1
from running where not warned;
insert into sla.scheduled_tasks (task_name, task_instance, task_data, execution_time, picked, version)
select 'sla-breach', id || '-0',
       decode('aced000573720022636f6d2e636861696e6465736b2e736c612e636c6f636b2e436c6f636b54696d657200000000000000000200024a0007636c6f636b496449000a67656e65726174696f6e7870', 'hex')
           || int8send(id) || int4send(0),
       due_at, false, 1
from running;

-- The measured timers: one every 1/rate s from lead s after now (the load's work is done; only this is left).
with measured as (
    select id, ticket_id, n,
           case when n % 2 = 1 then 'sla-warning' else 'sla-breach' end as task,
           clock_timestamp() + :lead * interval '1 second' + (n - 1) * interval '1 second' / :rate as due
    from running where n <= :rate * :window
), moved as (
    update sla.scheduled_tasks st set execution_time = m.due
    from measured m where st.task_name = m.task and st.task_instance = m.id || '-0'
    returning m.ticket_id, m.id, m.task, m.due
)
insert into bench.timer_due (ticket_id, clock_id, action, due)
select ticket_id, id, case task when 'sla-warning' then 'sla.clock.warned' else 'sla.clock.breached' end, due from moved;
update sla.clock c set due_at = d.due from bench.timer_due d where c.id = d.clock_id and d.action = 'sla.clock.breached';
commit;
analyze sla.scheduled_tasks;
analyze sla.clock;
create index if not exists timer_due_ticket on bench.timer_due (ticket_id);
analyze bench.timer_due;
