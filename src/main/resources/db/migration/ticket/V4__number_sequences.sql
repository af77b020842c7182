-- Ticket numbers come from one PostgreSQL sequence per type and year (ticket.number_inc_2026, ...) instead of a
-- counter row per pair: a counter row stayed locked until its transaction committed, so all tickets of a type were
-- opened one after the other. nextval never waits and never rolls back, so a rolled-back ticket leaves a gap in the
-- numbers, which was allowed before too; numbers stay unique.
create function ticket.next_number(p_prefix text, p_year int) returns bigint
    language plpgsql as
$$
declare
    seq text := format('ticket.number_%s_%s', lower(p_prefix), p_year);
begin
    if to_regclass(seq) is null then
        -- The first ticket of a type in a year makes its sequence; openers racing for it queue here, once a year.
        perform pg_advisory_xact_lock(hashtext(seq));
        execute format('create sequence if not exists %s', seq);
    end if;
    return nextval(seq);
end
$$;

-- Every counter so far carries on in its sequence, from the number after its last.
do
$$
declare
    c record;
begin
    for c in select prefix, year, last from ticket.number_counter loop
        execute format('create sequence ticket.number_%s_%s start with %s', lower(c.prefix), c.year, c.last + 1);
    end loop;
end
$$;

drop table ticket.number_counter;
