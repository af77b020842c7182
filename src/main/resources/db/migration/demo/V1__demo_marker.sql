create schema if not exists demo;

-- One row once the demo chain is loaded, so that a restart never loads it twice.
create table demo.loaded (
    id        integer     primary key default 1,
    loaded_at timestamptz not null default now(),
    constraint demo_loaded_once check (id = 1)
);
