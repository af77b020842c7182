-- A warning or breach is now heard only inside the transaction that marks its clock (once per clock and generation),
-- never replayed from an event publication, so its follow-up needs no claim row of its own.
drop table sla.breach_follow_up;
