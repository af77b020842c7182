create schema if not exists knowledge;

-- An article in one chapter (hq, region:<id>, store:<id>). Its content lives in numbered versions; the row says which
-- version is being worked on and which one stores read now (published_version, null when nothing is live).
create table knowledge.article (
    id                bigserial primary key,
    chapter           text        not null,
    chapter_region_id bigint,
    chapter_store_id  bigint,
    replaces          bigint,
    status            text        not null,
    working_version   int         not null,
    published_version int,
    review_note       text,
    submitted_by      text,
    created_by        text        not null,
    created_at        timestamptz not null,
    updated_at        timestamptz not null,
    published_at      timestamptz,
    row_version       int         not null default 0
);
create index article_chapter on knowledge.article (chapter, status);
create index article_replaces on knowledge.article (replaces) where replaces is not null;

create table knowledge.article_version (
    article_id bigint      not null references knowledge.article (id),
    number     int         not null,
    kind       text        not null,
    category   text        not null,
    tags       jsonb       not null default '[]',
    language   text        not null,
    title      text        not null,
    body       text        not null,
    steps      jsonb       not null default '[]',
    author     text        not null,
    note       text,
    created_at timestamptz not null,
    primary key (article_id, number)
);

-- Images (shown in the article) and attachments (downloaded), kept in the database like everything that must be right
-- on every instance.
create table knowledge.article_file (
    id         bigserial primary key,
    article_id bigint      not null references knowledge.article (id),
    purpose    text        not null,
    filename   text        not null,
    media_type text        not null,
    size       int         not null,
    content    bytea       not null,
    added_by   text        not null,
    added_at   timestamptz not null
);
create index article_file_article on knowledge.article_file (article_id);

-- One vote per reader and article (changing one's mind replaces it), kept with the reader's store for the report.
create table knowledge.feedback (
    article_id bigint      not null references knowledge.article (id),
    reader     text        not null,
    store_id   bigint,
    region_id  bigint,
    helpful    boolean     not null,
    comment    text,
    at         timestamptz not null,
    primary key (article_id, reader)
);

create table knowledge.article_read (
    id         bigserial primary key,
    article_id bigint      not null references knowledge.article (id),
    reader     text        not null,
    store_id   bigint,
    region_id  bigint,
    at         timestamptz not null
);
create index article_read_at on knowledge.article_read (at, article_id);

-- Each publication, for the "new and updated" list stores see on their knowledge home.
create table knowledge.publication (
    id         bigserial primary key,
    article_id bigint      not null references knowledge.article (id),
    version    int         not null,
    chapter    text        not null,
    first      boolean     not null,
    at         timestamptz not null
);
create index publication_at on knowledge.publication (at desc);

-- When a reader last opened the knowledge home: what was published after that is "new" for them.
create table knowledge.reader_seen (
    reader  text        primary key,
    seen_at timestamptz not null
);
