-- Tickets stores report, with their timeline, watchers, links and attachments. Stores, teams and vendors are
-- referred to by id only: they live in the org module's schema.
create schema if not exists ticket;

create table ticket.ticket (
    id             bigserial primary key,
    number         text        not null unique,
    type           text        not null,
    store_id       bigint      not null,
    region_id      bigint      not null,
    reporter       text        not null,
    category       text        not null,
    device         text,
    impact         text        not null,
    urgency        text        not null,
    priority       text        not null,
    subject        text        not null,
    description    text        not null,
    status         text        not null,
    team_id        bigint,
    agent          text,
    vendor_id      bigint,
    tier           text,
    rating_score   int,
    rating_comment text,
    created_at     timestamptz not null,
    updated_at     timestamptz not null,
    version        int         not null default 0
);
create index ticket_store on ticket.ticket (store_id, created_at desc);
create index ticket_region on ticket.ticket (region_id, created_at desc);
create index ticket_vendor on ticket.ticket (vendor_id) where vendor_id is not null;
create index ticket_agent on ticket.ticket (agent) where agent is not null;
create index ticket_status on ticket.ticket (status);

-- Numbers per type and year (INC-2026-000123); a counter row per pair, gaps allowed after a rollback.
create table ticket.number_counter (
    prefix text   not null,
    year   int    not null,
    last   bigint not null,
    primary key (prefix, year)
);

-- What happened to a ticket, in order: comments (public or internal), status changes, assignments, ratings.
create table ticket.timeline_entry (
    id          bigserial primary key,
    ticket_id   bigint      not null references ticket.ticket (id),
    kind        text        not null,
    author      text        not null,
    text        text,
    internal    boolean     not null default false,
    from_status text,
    to_status   text,
    at          timestamptz not null
);
create index timeline_entry_ticket on ticket.timeline_entry (ticket_id, id);

create table ticket.watcher (
    ticket_id bigint not null references ticket.ticket (id),
    username  text   not null,
    primary key (ticket_id, username)
);

create table ticket.link (
    ticket_id bigint not null references ticket.ticket (id),
    kind      text   not null,
    target_id bigint not null references ticket.ticket (id),
    primary key (ticket_id, kind, target_id)
);

create table ticket.attachment (
    id          bigserial primary key,
    ticket_id   bigint      not null references ticket.ticket (id),
    filename    text        not null,
    media_type  text        not null,
    size        bigint      not null,
    content     bytea       not null,
    uploaded_by text        not null,
    uploaded_at timestamptz not null
);
create index attachment_ticket on ticket.attachment (ticket_id);
