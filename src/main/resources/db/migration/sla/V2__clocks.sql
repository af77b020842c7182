-- SLA clocks: one response and one resolution clock per ticket (ticket ids refer to the ticket module, no FK).
create table sla.clock (
    id               bigserial    primary key,
    ticket_id        bigint       not null,
    store_id         bigint       not null,
    region_id        bigint       not null,
    kind             varchar(16)  not null check (kind in ('RESPONSE', 'RESOLUTION')),
    always_on        boolean      not null,
    target_minutes   integer      not null check (target_minutes > 0),
    started_at       timestamptz  not null,
    running_since    timestamptz,
    consumed_seconds bigint       not null default 0,
    due_at           timestamptz,
    paused_at        timestamptz,
    stopped_at       timestamptz,
    state            varchar(10)  not null check (state in ('RUNNING', 'PAUSED', 'MET', 'BREACHED')),
    warned           boolean      not null default false,
    generation       integer      not null default 0,
    unique (ticket_id, kind)
);

-- db-scheduler's PostgreSQL table (its postgresql_tables.sql for 16.x), in the sla schema: warning and breach timers.
create table sla.scheduled_tasks (
    task_name            text                     not null,
    task_instance        text                     not null,
    task_data            bytea,
    execution_time       timestamp with time zone not null,
    picked               boolean                  not null,
    picked_by            text,
    last_success         timestamp with time zone,
    last_failure         timestamp with time zone,
    consecutive_failures int,
    last_heartbeat       timestamp with time zone,
    version              bigint                   not null,
    priority             smallint,
    primary key (task_name, task_instance)
);
create index scheduled_tasks_execution_time_idx on sla.scheduled_tasks (execution_time);
create index scheduled_tasks_last_heartbeat_idx on sla.scheduled_tasks (last_heartbeat);
create index scheduled_tasks_priority_execution_time_idx on sla.scheduled_tasks (priority desc, execution_time asc);
