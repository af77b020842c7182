create schema if not exists audit;

-- Append-only: each entry carries the hash of the one before, so a row changed behind ChainDesk's back breaks
-- the chain from that row on.
create table audit.entry (
    id          bigserial primary key,
    at          timestamptz  not null,
    actor       varchar(64)  not null,
    scope       varchar(40)  not null,
    region_id   bigint,
    store_id    bigint,
    action      varchar(60)  not null,
    target_type varchar(40)  not null,
    target_id   varchar(80)  not null,
    before_json text,
    after_json  text,
    client_ip   varchar(64),
    prev_hash   varchar(64)  not null,
    hash        varchar(64)  not null
);
create index audit_entry_at on audit.entry (at desc);
create index audit_entry_target on audit.entry (target_type, target_id);
create index audit_entry_region on audit.entry (region_id, at desc);
create index audit_entry_store on audit.entry (store_id, at desc);
create index audit_entry_actor on audit.entry (actor, at desc);
