-- The trail becomes 32 independent hash chains instead of one. With one chain every audited write in the whole
-- system queued on a single lock until its commit; now a write waits only for writes to the same chain. The chain
-- of an entry comes from a stable hash of its target (AuditTrail.chainOf), so one ticket's history stays in one
-- chain, in commit order.
alter table audit.entry add column chain smallint not null default 0;

-- The newest hash of each chain, locked row by row while an entry is appended. It also lets verification notice
-- entries cut off the end of a chain, which no hash inside the chain can show.
create table audit.chain_head (
    chain    smallint    primary key,
    last_id  bigint,
    hash     varchar(64) not null,
    entries  bigint      not null
);

-- Entries written so far form chain 0 unchanged (their hashes stay valid); the other chains start empty.
insert into audit.chain_head (chain, last_id, hash, entries)
select 0,
       (select max(id) from audit.entry),
       coalesce((select hash from audit.entry order by id desc limit 1), repeat('0', 64)),
       (select count(*) from audit.entry);
insert into audit.chain_head (chain, last_id, hash, entries)
select c, null, repeat('0', 64), 0 from generate_series(1, 31) as c;

create index audit_entry_chain on audit.entry (chain, id);
