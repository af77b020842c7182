-- Who held the ticket while a clock ran (team and vendor ids of the org module, no FK): the SLA report groups by the
-- holder at the moment the clock stopped. holder_since orders assignments heard out of order.
alter table sla.clock add column team_id bigint;
alter table sla.clock add column vendor_id bigint;
alter table sla.clock add column holder_since timestamptz;

-- Vendor tickets run on the vendor contract's SLA: two more clock kinds, started when a vendor takes the ticket.
alter table sla.clock alter column kind type varchar(20);
alter table sla.clock drop constraint clock_kind_check;
alter table sla.clock add constraint clock_kind_check
    check (kind in ('RESPONSE', 'RESOLUTION', 'VENDOR_RESPONSE', 'VENDOR_RESOLUTION'));

-- The report reads clocks by the moment they started, per kind.
create index clock_started on sla.clock (started_at, kind);

-- Breach actions done, one row per ticket, clock, due moment and action: a replayed SlaWarning or SlaBreached
-- finds its row and adds no second note.
create table sla.breach_follow_up (
    ticket_id bigint       not null,
    clock     varchar(20)  not null,
    due_at    timestamptz  not null,
    action    varchar(10)  not null check (action in ('WARNING', 'BREACH')),
    done_at   timestamptz  not null,
    primary key (ticket_id, clock, due_at, action)
);
