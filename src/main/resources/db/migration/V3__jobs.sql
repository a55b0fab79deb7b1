-- Job postings. Scalar facts that lists filter or sort on are columns; the nested parts of the
-- job description (career, responsibilities, skills, education, experience) are one jsonb value.
create table jobs (
    org_id            uuid          not null references organizations (id),
    id                uuid          not null,
    status            text          not null check (status in ('draft', 'published', 'closed', 'archived')),
    title             text          not null,
    salary_min        numeric(15, 2),
    salary_max        numeric(15, 2),
    salary_currency   char(3),
    salary_period     text check (salary_period in ('YEAR', 'MONTH', 'HOUR')),
    tags              text[]        not null default '{}',
    role_definition   text,
    content           jsonb         not null,
    employment_type   text,
    workplace         text check (workplace in ('remote', 'hybrid', 'on_site')),
    country           text,
    city              text,
    department        text,
    valid_through     timestamptz,
    created_at        timestamptz   not null,
    updated_at        timestamptz   not null,
    published_at      timestamptz,
    version           bigint        not null,
    primary key (org_id, id),
    constraint jobs_salary_complete check ((salary_min is null) = (salary_max is null)
        and (salary_min is null) = (salary_currency is null)),
    constraint jobs_salary_order check (salary_min is null or salary_min <= salary_max)
);
-- Lists: newest first within an organization, optionally by status; tag filter by GIN.
create index jobs_by_status on jobs (org_id, status, id desc);
create index jobs_tags on jobs using gin (tags);
