-- Who works on a job besides the recruiters: for now its hiring managers, who read only the jobs
-- they are assigned to. An assignment goes with its job and with the membership.
create table job_members (
    org_id      uuid        not null,
    job_id      uuid        not null,
    user_id     uuid        not null,
    role        text        not null check (role in ('hiring_manager')),
    created_at  timestamptz not null,
    primary key (org_id, job_id, user_id),
    foreign key (org_id, job_id) references jobs (org_id, id) on delete cascade,
    foreign key (org_id, user_id) references memberships (org_id, user_id) on delete cascade
);
-- A hiring manager's jobs: the list filters on it.
create index job_members_by_user on job_members (org_id, user_id, job_id);

select hireloop_isolate('job_members');
