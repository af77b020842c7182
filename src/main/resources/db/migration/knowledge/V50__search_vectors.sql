create schema if not exists knowledge;

-- The embedding of each published article version, computed once when it is published and read back whenever an
-- instance (re)builds its search index: computing 100,000 of them takes an hour, reading them seconds.
create table knowledge.article_vector (
    article_id bigint      not null,
    version    integer     not null,
    model      text        not null,
    dimensions integer     not null,
    vector     bytea       not null, -- float32 little-endian, dimensions * 4 bytes
    created_at timestamptz not null default now(),
    primary key (article_id, version, model)
);
