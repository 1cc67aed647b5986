-- Raw layer of the working warehouse: written only by Python (ingest, extract), read by dbt sources.
-- Every statement is idempotent so that each run can apply it first.
create schema if not exists raw;

-- One row per distinct article version: (article_id, content_hash). The same article loaded twice is one
-- row; the same id with different text is a second version (stg_articles decides which one is active).
create table if not exists raw.articles (
    article_id        varchar not null,
    content_hash      varchar not null,   -- sha256 of the normalised body text
    url               varchar,
    source            varchar,
    title             varchar,
    published_at      varchar not null,   -- ISO 8601 as resolved: date or datetime with offset
    published_date    date not null,      -- calendar date of published_at (partition key)
    published_at_origin varchar not null, -- field | front_matter | html_meta | dateline | url
    text              varchar not null,
    language          varchar not null,
    source_file       varchar not null,   -- path relative to the inbox
    location          varchar,            -- line number inside a .jsonl file, else null
    ingested_at       timestamp not null,
    primary key (article_id, content_hash)
);

create table if not exists raw.article_quarantine (
    source_file    varchar not null,
    location       varchar,              -- "line 7" / "byte 1024"; null for a whole file
    reason         varchar not null,     -- a code from pipelines.ingest.reasons
    detail         varchar,
    quarantined_at timestamp not null
);

-- One row per file seen in the inbox, so that unchanged files can be skipped by later runs.
create table if not exists raw.inbox_files (
    source_file    varchar primary key,
    size_bytes     bigint not null,
    mtime_ns       bigint not null,
    sha256         varchar not null,
    n_articles     integer not null,
    n_quarantined  integer not null,
    scanned_at     timestamp not null
);

create table if not exists raw.launch_mentions (
    mention_id          varchar primary key,  -- hash of (article_id, content_hash, char_start, char_end, launch_date)
    article_id          varchar not null,
    content_hash        varchar not null,
    launch_country      varchar,
    launch_date         date,
    launch_time_local   varchar,
    missile_count_min   integer,
    missile_count_text  varchar,
    missile_class       varchar,
    range_class         varchar,
    missile_name        varchar,
    launch_site         varchar,
    distance_km         double,
    apogee_km           double,
    is_background       boolean,
    confidence          double,
    evidence            varchar,
    char_start          integer,
    char_end            integer,
    attribute_evidence  json,                 -- {"distance_km": [start, end], ...}
    extractor_version   varchar not null,
    extracted_at        timestamp not null,
    launch_daypart      varchar               -- morning | afternoon | evening | night, from words only
);

create table if not exists raw.reaction_mentions (
    mention_id         varchar primary key,
    article_id         varchar not null,
    content_hash       varchar not null,
    reactor_country    varchar,
    reactor_org        varchar,
    reactor_actor      varchar,
    reactor_role       varchar,
    reaction_type      varchar,
    target_country     varchar,
    launch_date        date,
    confidence         double,
    evidence           varchar,
    char_start         integer,
    char_end           integer,
    extractor_version  varchar not null,
    extracted_at       timestamp not null
);

-- Syndication: each article version linked to the story it copies (itself when it is an original).
create table if not exists raw.article_story_links (
    article_id     varchar not null,
    content_hash   varchar not null,
    story_id       varchar not null,      -- article_id of the earliest-published member of its cluster
    similarity     double not null,       -- estimated Jaccard similarity to the story's original (1.0 for itself)
    method         varchar not null,      -- e.g. "minhash-5shingle-128perm"
    primary key (article_id, content_hash)
);

-- One row per pipeline run that published (copied into the published snapshot).
create table if not exists raw.pipeline_runs (
    run_id             varchar primary key,
    started_at         timestamp not null,
    ended_at           timestamp,
    extractor_version  varchar,
    n_articles         integer,
    n_quarantined      integer,
    n_launch_mentions  integer,
    n_reaction_mentions integer,
    n_launch_events    integer,
    status             varchar
);

-- Columns added after the first release: warehouses built before them gain them in place.
alter table raw.launch_mentions add column if not exists launch_daypart varchar;

-- Which article versions were extracted, by which extractor version: extraction is incremental (only new
-- article versions, or all of them after an extractor upgrade), and an article with no event is remembered.
create table if not exists raw.article_extractions (
    article_id         varchar not null,
    content_hash       varchar not null,
    extractor_version  varchar not null,
    n_launch_mentions  integer not null,
    n_reaction_mentions integer not null,
    extracted_at       timestamp not null,
    error              varchar,               -- why the extractor failed on this article (no mentions then)
    primary key (article_id, content_hash)
);
alter table raw.article_extractions add column if not exists error varchar;
