-- SLA marks: the SLA module pushes each clock's due moment and state onto the ticket row (ticket must not read the sla
-- schema), so queues filter and sort by due time in one statement. Each clock is written by its own UPDATE; the
-- derived columns are generated, so two clocks marked at once never leave a stale mix behind.
alter table ticket.ticket
    add column response_due_at     timestamptz,
    add column response_state      text,
    add column response_stopped    boolean not null default false,
    add column resolution_due_at   timestamptz,
    add column resolution_state    text,
    add column resolution_stopped  boolean not null default false;

-- The moment that counts for "breaching soon": the earliest clock still counting (running, or breached and not yet
-- stopped). A paused clock has no due moment that counts.
alter table ticket.ticket
    add column sla_due_at timestamptz generated always as (least(
        case when response_state in ('RUNNING', 'BREACHED') and not response_stopped then response_due_at end,
        case when resolution_state in ('RUNNING', 'BREACHED') and not resolution_stopped then resolution_due_at end)) stored,
    add column sla_state text generated always as (
        case when response_state = 'BREACHED' or resolution_state = 'BREACHED' then 'BREACHED'
             else coalesce(resolution_state, response_state) end) stored;

-- Open tickets by the due moment that counts: the "breaching soon" queue and the SLA sort of every queue.
create index ticket_open_sla_due on ticket.ticket (sla_due_at, id)
    where sla_due_at is not null and status not in ('RESOLVED', 'CLOSED');
