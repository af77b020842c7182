create schema if not exists assist;

-- One conversation of a store person with the chatbot. What the bot waits for next (a pick between two articles,
-- a "did this fix it?" on a guide step, or whether an answer helped) lives on the row, so any instance can take the
-- next message.
create table assist.conversation (
    id              bigserial primary key,
    username        varchar(100) not null,
    store_id        bigint       not null,
    region_id       bigint       not null,
    locale          varchar(10)  not null,
    subject         varchar(500) not null,
    started_at      timestamptz  not null,
    last_at         timestamptz  not null,
    awaiting        varchar(20)  not null default 'QUESTION',
    awaiting_article bigint,
    awaiting_step   integer,
    options         text,
    handed_off      boolean      not null default false,
    draft_category  varchar(100),
    ticket_id       bigint,
    ticket_number   varchar(40),
    version         integer      not null default 0
);
create index conversation_user on assist.conversation (username, last_at desc);
create index conversation_region_time on assist.conversation (region_id, started_at);
create index conversation_store_time on assist.conversation (store_id, started_at);

-- Every exchange: what was asked, what the bot said, from which article, how sure it was and how it ended.
create table assist.exchange (
    conversation_id bigint       not null references assist.conversation (id),
    seq             integer      not null,
    question        varchar(500) not null,
    answer          text         not null,
    article_id      bigint,
    article_title   varchar(300),
    confidence      double precision,
    outcome         varchar(20)  not null,
    at              timestamptz  not null,
    helped          boolean,
    -- The question that opened the problem this exchange is about (null when the person only asked for a person):
    -- the report groups knowledge gaps by it.
    topic           varchar(500),
    primary key (conversation_id, seq)
);
create index exchange_outcome_time on assist.exchange (outcome, at);
create index exchange_article on assist.exchange (article_id) where article_id is not null;
