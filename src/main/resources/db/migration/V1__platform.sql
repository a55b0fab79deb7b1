-- Idempotency keys: the first answer to a POST, replayed for the same key and body within the TTL.
-- Keyed by organization first (anonymous callers use the nil UUID) so the table distributes by org_id.
create table idempotency_keys (
    org_id        uuid        not null,
    subject       text        not null,
    key           text        not null,
    request_hash  bytea       not null,
    status        int,
    content_type  text,
    location      text,
    etag          text,
    body          bytea,
    created_at    timestamptz not null,
    expires_at    timestamptz not null,
    primary key (org_id, subject, key)
);
create index idempotency_keys_expiry on idempotency_keys (expires_at);

-- Spring Modulith's event publication registry (schema v2 of spring-modulith-events-jdbc 2.0).
create table event_publication (
    id                     uuid        not null primary key,
    listener_id            text        not null,
    event_type             text        not null,
    serialized_event       text        not null,
    publication_date       timestamptz not null,
    completion_date        timestamptz,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamptz
);
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);

create table event_publication_archive (
    id                     uuid        not null primary key,
    listener_id            text        not null,
    event_type             text        not null,
    serialized_event       text        not null,
    publication_date       timestamptz not null,
    completion_date        timestamptz,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamptz
);
create index event_publication_archive_serialized_event_hash_idx on event_publication_archive using hash (serialized_event);
create index event_publication_archive_by_completion_date_idx on event_publication_archive (completion_date);
