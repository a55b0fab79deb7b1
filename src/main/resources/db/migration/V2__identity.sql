create table organizations (
    id          uuid        not null primary key,
    slug        text        not null,
    name        text        not null,
    created_at  timestamptz not null,
    version     bigint      not null default 1,
    constraint organizations_slug_format check (slug ~ '^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$')
);
create unique index organizations_slug on organizations (slug);

create table users (
    id             uuid        not null primary key,
    email          text        not null,
    name           text        not null,
    password_hash  text,
    created_at     timestamptz not null
);
create unique index users_email on users (lower(email));

create table memberships (
    org_id      uuid        not null references organizations (id),
    user_id     uuid        not null references users (id),
    role        text        not null check (role in ('owner', 'admin', 'recruiter', 'hiring_manager', 'interviewer')),
    created_at  timestamptz not null,
    primary key (org_id, user_id)
);
create index memberships_user on memberships (user_id);

-- API tokens: only a SHA-256 hash of the secret is stored; the prefix lets people tell tokens apart.
create table api_tokens (
    org_id        uuid        not null references organizations (id),
    id            uuid        not null,
    user_id       uuid        not null,
    name          text        not null,
    token_hash    bytea       not null,
    prefix        text        not null,
    created_at    timestamptz not null,
    last_used_at  timestamptz,
    revoked_at    timestamptz,
    version       bigint      not null default 1,
    primary key (org_id, id),
    foreign key (org_id, user_id) references memberships (org_id, user_id)
);
create unique index api_tokens_hash on api_tokens (token_hash);
