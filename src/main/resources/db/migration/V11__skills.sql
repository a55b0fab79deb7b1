-- Skills the curated list (search/skills.tsv) does not know, learned from the hard-skill names of
-- published jobs. Global, not tenant data: every organization's board and every replica sees the
-- same taxonomy, so the table has no org_id and no row-level security. seq orders the rows for
-- the replicas' incremental refresh; seen_count counts how often jobs named the skill.
create table discovered_skills (
    slug           text        not null primary key,
    name           text        not null check (length(name) between 1 and 100),
    first_seen_at  timestamptz not null,
    last_seen_at   timestamptz not null,
    seen_count     bigint      not null default 0,
    seq            bigint      not null generated always as identity unique
);

-- An organization's own names for skills. alias_key is the alias in lower case with its spaces
-- collapsed: an organization has each alias once, in any case. skill_slug names a curated or
-- discovered skill (the curated list is a file, so there is no foreign key to it).
create table skill_aliases (
    org_id      uuid        not null references organizations (id),
    id          uuid        not null,
    alias       text        not null check (length(alias) between 1 and 100),
    alias_key   text        not null,
    skill_slug  text        not null,
    created_at  timestamptz not null,
    created_by  uuid,
    primary key (org_id, id),
    unique (org_id, alias_key)
);

select hireloop_isolate('skill_aliases');
