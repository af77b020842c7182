-- The on-call rota: dated shifts of one agent for one team (team ids and usernames refer to org and identity, no FK).
-- A P1 ticket opened outside its store's business hours goes to the routed team's agent on shift.
create table dispatch.on_call_shift (
    id          bigserial   primary key,
    team_id     bigint      not null,
    agent       text        not null,
    starts_at   timestamptz not null,
    ends_at     timestamptz not null,
    created_by  text        not null,
    created_at  timestamptz not null,
    constraint on_call_shift_order check (ends_at > starts_at)
);
create index on_call_shift_team_time on dispatch.on_call_shift (team_id, starts_at, ends_at);
