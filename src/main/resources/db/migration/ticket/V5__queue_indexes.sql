-- The desk's queues on a large database: newest-first lists over everything in scope read an index in order instead
-- of sorting the table, and the work-queue counts (open tickets only) read a small partial index instead of a million
-- rows.
create index ticket_newest on ticket.ticket (created_at desc, id desc);
create index ticket_open_queues on ticket.ticket (region_id, store_id, team_id, vendor_id, agent, sla_due_at)
    where status not in ('RESOLVED', 'CLOSED');
