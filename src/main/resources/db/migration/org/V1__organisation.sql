create schema if not exists org;

create table org.region (
    id         bigserial primary key,
    code       varchar(20)  not null,
    names      jsonb        not null,
    time_zone  varchar(40)  not null,
    locale     varchar(10)  not null,
    status     varchar(10)  not null default 'ACTIVE',
    created_at timestamptz  not null default now(),
    version    integer      not null default 0,
    constraint region_code_key unique (code)
);

create table org.store (
    id            bigserial primary key,
    code          varchar(20)   not null,
    region_id     bigint        not null references org.region (id),
    names         jsonb         not null,
    city          varchar(60)   not null,
    address       varchar(200)  not null,
    latitude      numeric(9, 6) not null,
    longitude     numeric(9, 6) not null,
    time_zone     varchar(40)   not null,
    locale        varchar(10)   not null,
    size_class    varchar(2)    not null,
    status        varchar(10)   not null default 'OPEN',
    opening_hours jsonb         not null,
    phone         varchar(30),
    created_at    timestamptz   not null default now(),
    updated_at    timestamptz   not null default now(),
    version       integer       not null default 0,
    constraint store_code_key unique (code)
);
create index store_region on org.store (region_id);

-- Days a store is shut outside its weekly hours: refits, typhoons, the landlord's works.
create table org.store_closure (
    id        bigserial primary key,
    store_id  bigint       not null references org.store (id) on delete cascade,
    starts_on date         not null,
    ends_on   date         not null,
    reason    varchar(200) not null,
    constraint store_closure_order check (ends_on >= starts_on)
);
create index store_closure_store on org.store_closure (store_id, starts_on);

create table org.team (
    id         bigserial primary key,
    code       varchar(20) not null,
    names      jsonb       not null,
    tier       varchar(2)  not null,
    region_id  bigint references org.region (id),
    status     varchar(10) not null default 'ACTIVE',
    version    integer     not null default 0,
    constraint team_code_key unique (code),
    constraint team_tier check (tier in ('L1', 'L2', 'L3'))
);

create table org.vendor (
    id              bigserial primary key,
    code            varchar(20)  not null,
    company         varchar(200) not null,
    services        jsonb        not null default '[]',
    contract_number varchar(60),
    contract_ends   date,
    contact_phone   varchar(30),
    contact_email   varchar(200),
    status          varchar(10)  not null default 'ACTIVE',
    version         integer      not null default 0,
    constraint vendor_code_key unique (code)
);

-- An agent is a person who works tickets and contacts; user_id refers to identity's account by id only.
create table org.agent (
    id           bigserial primary key,
    user_id      bigint,
    username     varchar(64)  not null,
    display_name varchar(100) not null,
    team_id      bigint       references org.team (id),
    vendor_id    bigint       references org.vendor (id),
    skills       jsonb        not null default '[]',
    languages    jsonb        not null default '[]',
    capacity     integer      not null default 3,
    status       varchar(10)  not null default 'ACTIVE',
    version      integer      not null default 0,
    constraint agent_username_key unique (username),
    constraint agent_capacity check (capacity between 1 and 50)
);
