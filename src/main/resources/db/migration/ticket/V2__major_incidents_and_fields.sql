-- Major incidents (a parent ticket many store tickets hang under), custom field values per ticket, the moment a
-- ticket was last resolved (auto-close counts from it) and system notes on timeline lines.

-- major: declared a major incident; parent_id: the major incident this ticket is a child of (at most one).
alter table ticket.ticket add column major        boolean     not null default false;
alter table ticket.ticket add column major_reason text;
alter table ticket.ticket add column parent_id    bigint references ticket.ticket (id);
-- Values of the category's custom fields, by field key: {"register": "03", "devices": 4}.
alter table ticket.ticket add column fields       jsonb       not null default '{}'::jsonb;
-- Set when the ticket moves to RESOLVED, cleared when it leaves it; auto-close looks only at this.
alter table ticket.ticket add column resolved_at  timestamptz;

create index ticket_parent on ticket.ticket (parent_id) where parent_id is not null;
create index ticket_resolved on ticket.ticket (region_id, resolved_at) where status = 'RESOLVED';

-- Tickets resolved before this migration count from their last move to RESOLVED.
update ticket.ticket t
   set resolved_at = coalesce((select max(e.at) from ticket.timeline_entry e
                                where e.ticket_id = t.id and e.to_status = 'RESOLVED'), t.updated_at)
 where t.status = 'RESOLVED';

-- A line written by ChainDesk itself (auto-close, an update from a major incident) names a message and its argument,
-- so each reader sees it in their own language.
alter table ticket.timeline_entry add column note_key text;
alter table ticket.timeline_entry add column note_arg text;
