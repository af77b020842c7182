-- Similar open tickets before a store submits a new one (assist's ticket draft): the error codes a ticket's subject
-- and description name (E-1043, PRN-0x2A, upper case), and an index over them for open tickets only, so "the same
-- error code at any store in the network" is an index look-up, not a scan of a million rows.
-- The pattern is the one com.chaindesk.assist.draft.ErrorCodes uses.
create function ticket.error_codes(body text) returns text[]
    language sql immutable strict parallel safe
as $$
    select coalesce(array_agg(distinct upper(m[1])), '{}'::text[])
      from regexp_matches(body, '(?<![A-Za-z0-9])([A-Za-z]{1,4}-(?:0[xX][0-9A-Fa-f]+|[0-9]{2,5}))(?![A-Za-z0-9])', 'g') as m
$$;

create index ticket_open_error_codes on ticket.ticket using gin (ticket.error_codes(subject || ' ' || description))
    where status not in ('RESOLVED', 'CLOSED');
