-- The demo's ticket history is written after the demo chain, in chunks of its own transactions, so that the first
-- start does not wait for it. This row says which history (seed, last moment) and how far it got, so that a restart
-- after a crash carries on where it stopped and never writes a ticket twice.
create table demo.history (
    id          integer     primary key default 1,
    seed        bigint      not null,
    ends_at     timestamptz not null,
    written     integer     not null default 0,
    planned     integer,
    finished_at timestamptz,
    constraint demo_history_once check (id = 1)
);
