-- 1,000,000 older tickets (psql -v tickets=N), as a year of a chain's service desk leaves them: 97 % closed or
-- resolved, the rest still being worked; each with its STATUS and ASSIGNMENT timeline lines, its watcher and both SLA
-- clocks, stopped (met, or breached for about one in twelve). Written server-side in one INSERT ... SELECT per table,
-- which is as fast as COPY here and needs no file. Numbers follow each type and year; the sequences of ticket/V4 are
-- moved past them afterwards, so tickets opened later continue the series.
\set ON_ERROR_STOP on
\timing off
set synchronous_commit = off;

create temp table older as
select g                                                                        as n,
       (array['INCIDENT','INCIDENT','INCIDENT','INCIDENT','REQUEST','REQUEST','COMPLAINT','CALLBACK'])[1 + g % 8] as type,
       s.id                                                                     as store_id,
       s.region_id                                                              as region_id,
       (array['pos-terminal','pos-payment','pos-scanner','network-down','network-wifi','network-slow','printer-receipt',
              'printer-label','store-app-login','store-app-crash','membership-points','esl-price-mismatch','esl-offline',
              'cctv-camera','equipment-fridge','equipment-aircon'])[1 + (g * 7) % 16] as category,
       (array['LOW','MEDIUM','HIGH'])[1 + g % 3]                                as impact,
       (array['LOW','MEDIUM','HIGH'])[1 + (g / 3) % 3]                          as urgency,
       (array['P4','P3','P2','P3','P2','P1','P2','P1','P1'])[1 + (g % 3) * 3 + (g / 3) % 3] as priority,
       case when g % 100 < 90 then 'CLOSED' when g % 100 < 97 then 'RESOLVED' when g % 100 < 99 then 'IN_PROGRESS'
            else 'WAITING_ON_VENDOR' end                                        as status,
       (array['l1.lin','l1.wong','l1.he','l2.xu','l2.liang'])[1 + g % 5]        as agent,
       1 + g % 5                                                                as team_id,
       now() - interval '1 day' - (g::double precision / :tickets) * interval '364 days' as created_at
from generate_series(1, :tickets) as g
join (select id, region_id, row_number() over (order by id) - 1 as k, count(*) over () as stores from org.store) s
  on s.k = g % s.stores;

-- Numbers go on from the highest of each type and year already there (tickets opened before the load).
create temp table used as
select split_part(number, '-', 1) as prefix, split_part(number, '-', 2)::int as year,
       max(split_part(number, '-', 3)::bigint) as last
from ticket.ticket group by 1, 2;

with numbered as (
    select o.*, coalesce(u.last, 0)
               + row_number() over (partition by o.type, extract(year from o.created_at) order by o.created_at) as seq
    from older o
    left join used u on u.prefix = (case o.type when 'INCIDENT' then 'INC' when 'REQUEST' then 'REQ'
                                                when 'COMPLAINT' then 'CMP' else 'CBK' end)
                    and u.year = extract(year from o.created_at)::int
), t as (
    insert into ticket.ticket (number, type, store_id, region_id, reporter, category, device, impact, urgency, priority,
                               subject, description, status, team_id, agent, vendor_id, tier, rating_score,
                               created_at, updated_at, version)
    select (case type when 'INCIDENT' then 'INC' when 'REQUEST' then 'REQ' when 'COMPLAINT' then 'CMP' else 'CBK' end)
               || '-' || extract(year from created_at)::int || '-' || lpad(seq::text, 6, '0'),
           type, store_id, region_id, 'staff1', category, null, impact, urgency, priority,
           'Older ticket ' || n, 'Generated for the benchmarks: ' || category || ' trouble at store ' || store_id,
           status, team_id, agent, null, 'L1', case when status = 'CLOSED' then 1 + n % 5 end,
           created_at, created_at + interval '3 hours', 3
    from numbered
    returning id, store_id, region_id, status, created_at, priority
), c as (
    insert into sla.clock (ticket_id, store_id, region_id, kind, always_on, target_minutes, started_at, running_since,
                           consumed_seconds, due_at, paused_at, stopped_at, state, warned, generation)
    select t.id, t.store_id, t.region_id, k.kind, t.priority = 'P1', k.minutes, t.created_at,
           case when t.status in ('IN_PROGRESS') and k.kind = 'RESOLUTION' then t.created_at end,
           k.minutes * 45, t.created_at + k.minutes * interval '1 minute',
           case when t.status = 'WAITING_ON_VENDOR' and k.kind = 'RESOLUTION' then t.created_at + interval '1 hour' end,
           case when t.status in ('CLOSED', 'RESOLVED') or k.kind = 'RESPONSE' then t.created_at + interval '2 hours' end,
           case when t.id % 12 = 0 then 'BREACHED'
                when t.status = 'IN_PROGRESS' and k.kind = 'RESOLUTION' then 'BREACHED'
                when t.status = 'WAITING_ON_VENDOR' and k.kind = 'RESOLUTION' then 'PAUSED'
                else 'MET' end,
           t.id % 6 = 0, 1
    from t cross join (values ('RESPONSE', 30), ('RESOLUTION', 480)) as k(kind, minutes)
), w as (
    insert into ticket.watcher (ticket_id, username) select id, 'staff1' from t
)
insert into ticket.timeline_entry (ticket_id, kind, author, text, internal, from_status, to_status, at)
select t.id, e.kind, e.author, e.text, e.internal, e.from_status, e.to_status, t.created_at + e.after
from t cross join (values ('STATUS', 'staff1', null, false, null, 'NEW', interval '0'),
                          ('ASSIGNMENT', 'system', 'agent', true, null, null, interval '1 second'),
                          ('STATUS', 'system', null, false, 'NEW', 'ASSIGNED', interval '1 second')) as e(kind, author, text,
                          internal, from_status, to_status, after);

-- Each type and year's sequence continues after the highest number used.
select ticket.next_number(prefix, year::int), setval(format('ticket.number_%s_%s', lower(prefix), year), max(n))
from (select split_part(number, '-', 1) as prefix, split_part(number, '-', 2) as year,
             split_part(number, '-', 3)::bigint as n
      from ticket.ticket) x
group by prefix, year
having max(n) > 0;

vacuum analyze ticket.ticket;
vacuum analyze ticket.timeline_entry;
vacuum analyze ticket.watcher;
vacuum analyze sla.clock;
