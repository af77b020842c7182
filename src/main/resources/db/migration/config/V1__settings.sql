create schema if not exists config;

-- A setting's value at one scope: 'hq', 'region:{id}' or 'store:{id}'. No row means "inherit from above".
-- region_id/store_id repeat what the scope says, so reports per region need no parsing; they refer to org by id only.
create table config.setting_value (
    key        varchar(100) not null,
    scope      varchar(40)  not null,
    region_id  bigint,
    store_id   bigint,
    value      jsonb        not null,
    updated_by varchar(64)  not null,
    updated_at timestamptz  not null default now(),
    version    integer      not null default 1,
    constraint setting_value_pkey primary key (key, scope),
    constraint setting_value_scope check (scope ~ '^(hq|region:[0-9]+|store:[0-9]+)$')
);
create index setting_value_scope on config.setting_value (scope);

-- A lock at 'hq' keeps a setting at HQ for everyone; a lock at 'region:{id}' keeps it at the region for its stores.
create table config.setting_lock (
    key       varchar(100) not null,
    scope     varchar(40)  not null,
    locked_by varchar(64)  not null,
    locked_at timestamptz  not null default now(),
    constraint setting_lock_pkey primary key (key, scope),
    constraint setting_lock_scope check (scope ~ '^(hq|region:[0-9]+)$')
);
create index setting_lock_scope on config.setting_lock (scope);
