-- Who gets a ticket: ordered rules (HQ's, and each region's on top for its stores), the decisions taken (history of
-- dispatches and escalations), agents' presence and the tickets each agent holds (their current load).
-- Stores, regions, teams, vendors and tickets are referred to by id only: they live in other modules' schemas.
create schema if not exists dispatch;

create table dispatch.rule (
    id            bigserial primary key,
    scope_region  bigint,               -- null: an HQ rule; else the region whose stores it applies to
    position      int         not null,
    category      text,                 -- category code prefix
    store_id      bigint,
    region_id     bigint,
    priorities    text,                 -- comma separated, e.g. P1,P2; null: any
    team_id       bigint,
    tier          text,
    vendor_id     bigint,
    note          text,
    created_by    text        not null,
    created_at    timestamptz not null
);
create index rule_order on dispatch.rule (scope_region, position, id);

create table dispatch.decision (
    id         bigserial primary key,
    ticket_id  bigint      not null,
    kind       text        not null,    -- DISPATCH or ESCALATION
    rule_id    bigint,
    from_tier  text,
    team_id    bigint,
    tier       text,
    vendor_id  bigint,
    agent      text,
    reason     text        not null,
    by_user    text        not null,
    at         timestamptz not null
);
create index decision_ticket on dispatch.decision (ticket_id, id);
-- A ticket is dispatched once, even when the event publication registry replays TicketOpened after a crash.
create unique index decision_one_dispatch on dispatch.decision (ticket_id) where kind = 'DISPATCH';

create table dispatch.presence (
    username   text primary key,
    available  boolean     not null,
    changed_at timestamptz not null
);

create table dispatch.holding (
    ticket_id  bigint primary key,
    agent      text   not null
);
create index holding_agent on dispatch.holding (agent);

create table dispatch.switch (
    name     text primary key,
    enabled  boolean not null
);
