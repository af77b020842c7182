-- The rows ChainDesk writes for one ticket opened, dispatched and clocked, as ONE transaction straight in SQL: the
-- baseline of bench/ticket-create.sh, run by pgbench as "select bench.open_ticket(...)". Same tables, indexes and
-- row shapes as the application: the ticket with its number from the type/year sequence, 3 timeline lines and a
-- watcher; 2 SLA clocks (the response clock stopped by the assignment) and 4 db-scheduler timers with their
-- serialised data; the dispatch decision and holding; 6 event publications written and completed (deleted, as
-- ChainDesk's completion mode does); 6 audit entries appended to one hash chain under its head row lock, hashed with
-- SHA-256. A function, so that pgbench's variable syntax does not meet the JSON, and so that the baseline pays no
-- round trips: the database's own ceiling.
create schema if not exists bench;
create or replace function bench.open_ticket(p_store bigint, p_chain int) returns bigint
    language plpgsql as
$$
declare
    v_region     bigint;
    v_seq        bigint;
    v_number     text;
    v_ticket     bigint;
    v_response   bigint;
    v_resolution bigint;
    v_prev       text;
    v_last       bigint;
    v_opened     text;
    v_changed    text;
    v_assigned   text;
    v_timer      bytea := decode('aced000573720022636f6d2e636861696e6465736b2e736c612e636c6f636b2e436c6f636b54696d657200000000000000000200024a0007636c6f636b496449000a67656e65726174696f6e7870', 'hex');
    v_action     text;
    v_after      text;
    v_before     text;
begin
    select region_id into v_region from org.store where id = p_store;
    v_seq := ticket.next_number('INC', extract(year from now())::int);
    v_number := 'INC-' || extract(year from now())::int || '-' || lpad(v_seq::text, 6, '0');
    insert into ticket.ticket (number, type, store_id, region_id, reporter, category, device, impact, urgency, priority,
                               subject, description, status, created_at, updated_at)
    values (v_number, 'INCIDENT', p_store, v_region, 'admin', 'pos-terminal', null, 'HIGH', 'MEDIUM', 'P2',
            'pgbench ticket', 'The till does not start', 'NEW', now(), now())
    returning id into v_ticket;
    insert into ticket.timeline_entry (ticket_id, kind, author, text, internal, from_status, to_status, at)
    values (v_ticket, 'STATUS', 'admin', null, false, null, 'NEW', now());
    insert into ticket.watcher (ticket_id, username) values (v_ticket, 'admin') on conflict do nothing;

    v_opened := json_build_object('ticketId', v_ticket, 'number', v_number, 'type', 'INCIDENT', 'storeId', p_store,
                                  'regionId', v_region, 'category', 'pos-terminal', 'priority', 'P2', 'openedAt', now())::text;
    v_changed := json_build_object('ticketId', v_ticket, 'number', v_number, 'storeId', p_store, 'regionId', v_region,
                                   'from', 'NEW', 'to', 'ASSIGNED', 'by', 'system', 'at', now())::text;
    v_assigned := json_build_object('ticketId', v_ticket, 'number', v_number, 'storeId', p_store, 'regionId', v_region,
                                    'assignment', json_build_object('team', 1, 'agent', 'agent1', 'vendor', null, 'tier', 'L1'),
                                    'by', 'system', 'at', now())::text;
    insert into event_publication (id, listener_id, event_type, serialized_event, publication_date)
    values (gen_random_uuid(), 'com.chaindesk.sla.clock.TicketClocks.on(com.chaindesk.ticket.TicketOpened)', 'com.chaindesk.ticket.TicketOpened', v_opened, now()),
           (gen_random_uuid(), 'com.chaindesk.dispatch.DispatchListeners.on(com.chaindesk.ticket.TicketOpened)', 'com.chaindesk.ticket.TicketOpened', v_opened, now()),
           (gen_random_uuid(), 'com.chaindesk.dispatch.DispatchListeners.on(com.chaindesk.ticket.TicketStatusChanged)', 'com.chaindesk.ticket.TicketStatusChanged', v_changed, now()),
           (gen_random_uuid(), 'com.chaindesk.sla.clock.TicketClocks.on(com.chaindesk.ticket.TicketStatusChanged)', 'com.chaindesk.ticket.TicketStatusChanged', v_changed, now()),
           (gen_random_uuid(), 'com.chaindesk.sla.clock.TicketClocks.on(com.chaindesk.ticket.TicketAssigned)', 'com.chaindesk.ticket.TicketAssigned', v_assigned, now()),
           (gen_random_uuid(), 'com.chaindesk.dispatch.DispatchListeners.on(com.chaindesk.ticket.TicketAssigned)', 'com.chaindesk.ticket.TicketAssigned', v_assigned, now());

    insert into sla.clock (ticket_id, store_id, region_id, kind, always_on, target_minutes, started_at, running_since, due_at, state)
    values (v_ticket, p_store, v_region, 'RESPONSE', false, 30, now(), now(), now() + interval '30 minutes', 'RUNNING')
    returning id into v_response;
    insert into sla.clock (ticket_id, store_id, region_id, kind, always_on, target_minutes, started_at, running_since, due_at, state)
    values (v_ticket, p_store, v_region, 'RESOLUTION', false, 480, now(), now(), now() + interval '8 hours', 'RUNNING')
    returning id into v_resolution;
    insert into sla.scheduled_tasks (task_name, task_instance, task_data, execution_time, picked, version)
    values ('sla-warning', v_response || '-1', v_timer || int8send(v_response) || int4send(1), now() + interval '22 minutes', false, 1),
           ('sla-breach', v_response || '-1', v_timer || int8send(v_response) || int4send(1), now() + interval '30 minutes', false, 1),
           ('sla-warning', v_resolution || '-1', v_timer || int8send(v_resolution) || int4send(1), now() + interval '6 hours', false, 1),
           ('sla-breach', v_resolution || '-1', v_timer || int8send(v_resolution) || int4send(1), now() + interval '8 hours', false, 1);

    insert into dispatch.decision (ticket_id, kind, rule_id, team_id, tier, agent, reason, by_user, at)
    values (v_ticket, 'DISPATCH', null, 1, 'L1', 'agent1', 'no rule matched: HQ-L1 desk; agent agent1 (skill pos, zh-CN, lowest load)', 'system', now());
    insert into dispatch.holding (ticket_id, agent) values (v_ticket, 'agent1')
    on conflict (ticket_id) do update set agent = excluded.agent;
    update ticket.ticket set status = 'ASSIGNED', team_id = 1, agent = 'agent1', tier = 'L1', updated_at = now(),
                             version = version + 1 where id = v_ticket;
    insert into ticket.timeline_entry (ticket_id, kind, author, text, internal, from_status, to_status, at)
    values (v_ticket, 'ASSIGNMENT', 'system', 'agent1, T#1, L1', true, null, null, now()),
           (v_ticket, 'STATUS', 'system', null, false, 'NEW', 'ASSIGNED', now());
    update sla.clock set state = 'MET', stopped_at = now(), running_since = null, generation = generation + 1
    where id = v_response;
    delete from event_publication where serialized_event in (v_opened, v_changed, v_assigned);

    -- The audit entries, appended at the end as AuditTrail does before commit.
    select hash into v_prev from audit.chain_head where chain = p_chain for update;
    v_before := json_build_object('number', v_number, 'status', 'NEW', 'priority', 'P2', 'team', null, 'agent', null)::text;
    v_after := json_build_object('number', v_number, 'status', 'ASSIGNED', 'priority', 'P2', 'team', 1, 'agent', 'agent1')::text;
    foreach v_action in array array['ticket.opened', 'sla.clock.started', 'sla.clock.started', 'ticket.assigned',
                                    'dispatch.dispatched', 'sla.clock.stopped'] loop
        insert into audit.entry (chain, at, actor, scope, region_id, store_id, action, target_type, target_id,
                                 before_json, after_json, client_ip, prev_hash, hash)
        values (p_chain, now(), 'system', 'store:' || p_store, v_region, p_store, v_action, 'ticket', v_ticket,
                case when v_action = 'ticket.assigned' then v_before end, v_after, '127.0.0.1', v_prev,
                encode(sha256(convert_to(v_prev || now()::text || 'system' || v_action || v_ticket || v_before || v_after, 'UTF8')), 'hex'))
        returning hash, id into v_prev, v_last;
    end loop;
    update audit.chain_head set hash = v_prev, last_id = v_last, entries = entries + 6 where chain = p_chain;
    return v_ticket;
end
$$;
