-- The change feed that search indexes follow (ADR 0008). Every insert or update of a job stamps it
-- with the id of the writing transaction; a deleted job leaves a tombstone stamped the same way.
-- A reader that remembers the oldest transaction still running when it last read
-- (pg_snapshot_xmin) and reads every change stamped from there on misses nothing, even when
-- transactions commit out of order; it reads some changes twice, which indexing by id makes
-- harmless. Every replica follows the feed on its own, so all their indexes see every change.
alter table jobs add column change_xid xid8 not null default pg_current_xact_id();
create index jobs_change_feed on jobs (change_xid, org_id, id);

create function hireloop_stamp_job_change() returns trigger
    language plpgsql
    as $$
begin
    new.change_xid := pg_current_xact_id();
    return new;
end
$$;

create trigger jobs_change_feed before insert or update on jobs
    for each row execute function hireloop_stamp_job_change();

create table job_tombstones (
    org_id      uuid        not null,
    id          uuid        not null,
    change_xid  xid8        not null default pg_current_xact_id(),
    deleted_at  timestamptz not null default now(),
    primary key (org_id, id)
);
create index job_tombstones_change_feed on job_tombstones (change_xid);

select hireloop_isolate('job_tombstones');

create function hireloop_bury_job() returns trigger
    language plpgsql
    as $$
begin
    insert into job_tombstones (org_id, id) values (old.org_id, old.id)
        on conflict (org_id, id) do update set change_xid = excluded.change_xid, deleted_at = excluded.deleted_at;
    return old;
end
$$;

create trigger jobs_tombstone after delete on jobs
    for each row execute function hireloop_bury_job();

-- The position to read from next time: the oldest transaction still running now.
create function hireloop_job_feed_horizon() returns xid8
    language sql stable
    as $$ select pg_snapshot_xmin(pg_current_snapshot()) $$;

-- The feed reads across organizations (an index holds every organization's jobs), so these
-- functions run as the schema owner; they return job rows exactly as stored, nothing else. Pages
-- follow the feed index: the first starts at (from_xid, nil, nil), each next after the last row.
create function hireloop_job_changes(after_xid xid8, after_org uuid, after_id uuid, max_rows integer)
    returns setof jobs
    language sql stable security definer set search_path = public
    as $$
    select * from jobs
     where (change_xid, org_id, id) > (after_xid, after_org, after_id)
     order by change_xid, org_id, id
     limit max_rows
$$;

-- Every job, in primary key order: a full rebuild of an index.
create function hireloop_all_jobs(after_org uuid, after_id uuid, max_rows integer)
    returns setof jobs
    language sql stable security definer set search_path = public
    as $$
    select * from jobs where (org_id, id) > (after_org, after_id) order by org_id, id limit max_rows
$$;

create function hireloop_job_tombstones(from_xid xid8) returns table (org_id uuid, id uuid)
    language sql stable security definer set search_path = public
    as $$ select t.org_id, t.id from job_tombstones t where t.change_xid >= from_xid $$;

-- Tombstones are only needed until every replica has read them; a day is ample. A follower whose
-- position is older than the newest tombstone forgotten may have missed a deletion, and rebuilds.
create table job_feed_state (
    singleton          boolean primary key default true check (singleton),
    forgotten_through  xid8    not null
);
insert into job_feed_state (forgotten_through) values ('0');

create function hireloop_delete_old_job_tombstones(before timestamptz) returns integer
    language plpgsql security definer set search_path = public
    as $$
declare
    newest xid8;
    deleted integer;
begin
    select max(change_xid) into newest from job_tombstones where deleted_at < before;
    if newest is null then
        return 0;
    end if;
    update job_feed_state set forgotten_through = greatest(forgotten_through, newest);
    delete from job_tombstones where change_xid <= newest;
    get diagnostics deleted = row_count;
    return deleted;
end
$$;

create function hireloop_job_feed_forgotten() returns xid8
    language sql stable security definer set search_path = public
    as $$ select forgotten_through from job_feed_state $$;
