create schema if not exists identity;

create table identity.user_account (
    id             bigserial primary key,
    username       varchar(64)  not null,
    display_name   varchar(100) not null,
    password_hash  varchar(200) not null,
    email          varchar(200),
    enabled        boolean      not null default true,
    scope_level    varchar(10)  not null,
    region_id      bigint,
    store_id       bigint,
    vendor_id      bigint,
    totp_secret    varchar(64),
    totp_enabled   boolean      not null default false,
    totp_last_step bigint,
    failed_logins  integer      not null default 0,
    locked_until   timestamptz,
    created_at     timestamptz  not null default now(),
    version        integer      not null default 0,
    constraint user_account_username_key unique (username),
    constraint user_account_scope check (
        (scope_level = 'HQ' and region_id is null and store_id is null and vendor_id is null) or
        (scope_level = 'REGION' and region_id is not null) or
        (scope_level = 'STORE' and store_id is not null and region_id is not null) or
        (scope_level = 'VENDOR' and vendor_id is not null))
);

create table identity.user_role (
    user_id bigint      not null references identity.user_account (id) on delete cascade,
    role    varchar(32) not null,
    primary key (user_id, role)
);

create table identity.recovery_code (
    user_id   bigint      not null references identity.user_account (id) on delete cascade,
    code_hash varchar(64) not null,
    used_at   timestamptz,
    primary key (user_id, code_hash)
);

create table identity.api_token (
    id           bigserial primary key,
    user_id      bigint       not null references identity.user_account (id) on delete cascade,
    kind         varchar(10)  not null,
    name         varchar(100) not null,
    token_hash   varchar(64)  not null unique,
    prefix       varchar(12)  not null,
    read_only    boolean      not null default false,
    created_at   timestamptz  not null default now(),
    expires_at   timestamptz  not null,
    revoked_at   timestamptz,
    last_used_at timestamptz
);
create index api_token_user on identity.api_token (user_id);

-- Spring Session's tables, so that every instance on this database knows every session.
create table identity.spring_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval integer      not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on identity.spring_session (session_id);
create index spring_session_ix2 on identity.spring_session (expiry_time);
create index spring_session_ix3 on identity.spring_session (principal_name);

create table identity.spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references identity.spring_session (primary_id) on delete cascade
);
