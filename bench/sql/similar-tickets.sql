-- 1,000,000 tickets over 48 stores, 5 % open, one in 200 naming an error code from a family of 400; then the two
-- similar-ticket reads of assist's ticket draft under EXPLAIN ANALYZE (ticket/OpenTicketLookalikes).
insert into ticket.ticket (number, type, store_id, region_id, reporter, category, device, impact, urgency, priority,
                           subject, description, status, created_at, updated_at)
select 'INC-2026-' || lpad(g::text, 7, '0'), 'INCIDENT', 1 + g % 48, 1 + (g % 48) / 12, 'bench',
       (array['pos-terminal','printer-receipt','network-down','network-wifi','esl-offline','cctv-camera'])[1 + g % 6],
       null, 'MEDIUM', 'MEDIUM', 'P3',
       (array['收银机开不了机','小票打印机卡纸','门店断网','wifi又断了','电子价签不显示价格','监控黑屏'])[1 + g % 6]
           || case when g % 200 = 0 then ' E-' || (1000 + (g / 200) % 400) else '' end,
       '门店报修，第 ' || g || ' 号。' || case when g % 397 = 0 then '屏幕显示 PRN-0x' || to_hex(g % 64) else '' end,
       case when g % 20 = 0 then 'NEW' when g % 2 = 0 then 'CLOSED' else 'RESOLVED' end,
       now() - (g || ' minutes')::interval, now()
  from generate_series(1, 1000000) g;
analyze ticket.ticket;

\echo '--- open tickets naming E-1043 at any store (ticket_open_error_codes, V7)'
explain (analyze, buffers, costs off)
select id, number, subject, status, store_id, region_id, category, created_at, major, parent_id from ticket.ticket
 where error_codes && string_to_array('E-1043', ',')
   and status not in ('RESOLVED', 'CLOSED') order by major desc, created_at desc limit 10;

\echo '--- other stores with an open ticket naming E-1043'
explain (analyze, buffers, costs off)
select count(distinct store_id) from ticket.ticket
 where error_codes && string_to_array('E-1043', ',')
   and status not in ('RESOLVED', 'CLOSED') and store_id <> 5;

\echo '--- the store''s own open tickets (ticket_open_queues, V5)'
explain (analyze, buffers, costs off)
select id, number, subject, status, store_id, region_id, category, created_at, major, parent_id from ticket.ticket
 where region_id = 1 and store_id = 5 and status not in ('RESOLVED', 'CLOSED') order by created_at desc limit 200;
