-- Isolation in depth: the application connects as ${app_role}, which owns no table and has no
-- BYPASSRLS, and every tenant table only shows and accepts the rows of the organization the
-- transaction set with set_config('app.org_id', ..., true) (SET LOCAL). A query that forgets its
-- org_id filter, or runs without an organization, cannot see another organization's rows.

do $$
begin
    if '${app_role}' <> '' and not exists (select 1 from pg_roles where rolname = '${app_role}') then
        execute format('create role %I nologin', '${app_role}');
    end if;
    if '${app_role}' <> '' and '${app_role}' <> current_user then
        execute format('grant usage on schema public to %I', '${app_role}');
        execute format('grant select, insert, update, delete on all tables in schema public to %I', '${app_role}');
        execute format('grant usage, select on all sequences in schema public to %I', '${app_role}');
        execute format('alter default privileges in schema public grant select, insert, update, delete on tables to %I', '${app_role}');
        execute format('alter default privileges in schema public grant usage, select on sequences to %I', '${app_role}');
        execute format('alter default privileges in schema public grant execute on functions to %I', '${app_role}');
        execute format('revoke all on flyway_schema_history from %I', '${app_role}');
    end if;
end
$$;

-- The organization of the current transaction, or null when it set none.
create function hireloop_current_org() returns uuid
    language sql stable
    as $$ select nullif(current_setting('app.org_id', true), '')::uuid $$;

-- Turns on isolation for a tenant table (one with org_id); later migrations call it for theirs.
create function hireloop_isolate(tenant_table regclass) returns void
    language plpgsql
    as $$
begin
    execute format('alter table %s enable row level security', tenant_table);
    execute format('create policy tenant_isolation on %s using (org_id = hireloop_current_org())'
                   ' with check (org_id = hireloop_current_org())', tenant_table);
end
$$;

select hireloop_isolate('memberships');
select hireloop_isolate('api_tokens');
select hireloop_isolate('jobs');
select hireloop_isolate('idempotency_keys');

-- Authentication happens before the organization is known: this one function, owned by the
-- schema owner, finds the principal of a token hash across organizations and notes its use
-- (at most once a minute, so reads do not all become writes).
create function hireloop_authenticate_token(secret_hash bytea, used_at timestamptz)
    returns table (org_id uuid, user_id uuid, token_id uuid, role text)
    language plpgsql security definer set search_path = public
    as $$
begin
    return query
        update api_tokens t set last_used_at = used_at
          from memberships m
         where t.token_hash = secret_hash and t.revoked_at is null
           and m.org_id = t.org_id and m.user_id = t.user_id
           and (t.last_used_at is null or t.last_used_at < used_at - interval '1 minute')
        returning t.org_id, t.user_id, t.id, m.role;
    if not found then
        return query
            select t.org_id, t.user_id, t.id, m.role
              from api_tokens t join memberships m on m.org_id = t.org_id and m.user_id = t.user_id
             where t.token_hash = secret_hash and t.revoked_at is null;
    end if;
end
$$;

-- Housekeeping across organizations: expired idempotency keys.
create function hireloop_delete_expired_idempotency_keys(now_at timestamptz) returns integer
    language sql security definer set search_path = public
    as $$
    with deleted as (delete from idempotency_keys where expires_at < now_at returning 1)
    select count(*)::integer from deleted
$$;
