-- People: organization settings and soft deletion, user profiles, membership versions,
-- invitations, and API tokens per user or per organization with scopes, expiry and the address
-- of their last use.

-- A deleted organization keeps its row, so its slug is never given out again; its tokens stop
-- working and its board disappears.
alter table organizations
    add column deleted_at     timestamptz,
    add column logo_url       text,
    add column time_zone      text not null default 'UTC',
    add column retention_days integer check (retention_days between 1 and 36500);

alter table users
    add column time_zone  text,
    add column locale     text,
    add column status     text not null default 'active' check (status in ('active', 'disabled')),
    add column version    bigint not null default 1;

alter table memberships
    add column version bigint not null default 1;

-- Invitations: only a SHA-256 hash of the link's secret is stored; resending replaces it.
create table invitations (
    org_id       uuid        not null references organizations (id),
    id           uuid        not null,
    email        text        not null,
    role         text        not null check (role in ('owner', 'admin', 'recruiter', 'hiring_manager', 'interviewer')),
    token_hash   bytea       not null,
    invited_by   uuid        references users (id),
    created_at   timestamptz not null,
    expires_at   timestamptz not null,
    accepted_at  timestamptz,
    accepted_by  uuid        references users (id),
    revoked_at   timestamptz,
    version      bigint      not null default 1,
    primary key (org_id, id)
);
create unique index invitations_token on invitations (token_hash);
create unique index invitations_pending_email on invitations (org_id, lower(email))
    where accepted_at is null and revoked_at is null;
select hireloop_isolate('invitations');

-- API tokens: a person's token acts with the person's current role; an organization's token has
-- no person and a fixed role. Scopes narrow either.
alter table api_tokens
    alter column user_id drop not null,
    add column role         text check (role in ('owner', 'admin', 'recruiter', 'hiring_manager', 'interviewer')),
    add column scopes       text[] not null default '{read,write,admin}'
        check (cardinality(scopes) > 0 and scopes <@ array['read', 'write', 'admin']),
    add column expires_at   timestamptz,
    add column last_used_from text,
    add column created_by   uuid references users (id),
    add constraint api_tokens_person_or_role check ((user_id is null) <> (role is null));
create index api_tokens_by_user on api_tokens (org_id, user_id);

-- Authentication happens before the organization is known: this one function, owned by the
-- schema owner, finds the principal of a token hash across organizations and notes its use and
-- address (at most once a minute, so reads do not all become writes). Revoked and expired tokens,
-- tokens of deleted organizations, of removed members and of disabled users find nothing.
drop function hireloop_authenticate_token(bytea, timestamptz);

create function hireloop_authenticate_token(secret_hash bytea, used_at timestamptz, used_from text)
    returns table (org_id uuid, user_id uuid, token_id uuid, role text, scopes text[], expires_at timestamptz)
    language plpgsql security definer set search_path = public
    as $$
begin
    return query
        with live as (
            select t.org_id, t.user_id, t.id, coalesce(m.role, t.role) as role, t.scopes, t.expires_at,
                   t.last_used_at
              from api_tokens t
              join organizations o on o.id = t.org_id and o.deleted_at is null
              left join memberships m on m.org_id = t.org_id and m.user_id = t.user_id
              left join users u on u.id = t.user_id
             where t.token_hash = secret_hash
               and t.revoked_at is null
               and (t.expires_at is null or t.expires_at > used_at)
               and (t.user_id is null or (m.user_id is not null and u.status = 'active'))
        ), noted as (
            update api_tokens t set last_used_at = used_at, last_used_from = used_from
              from live
             where t.org_id = live.org_id and t.id = live.id
               and (live.last_used_at is null or live.last_used_at < used_at - interval '1 minute')
        )
        select live.org_id, live.user_id, live.id, live.role, live.scopes, live.expires_at from live;
end
$$;

-- Accepting an invitation happens before the organization is known: finds the organization and
-- id of the invitation a link's secret stands for (whatever its state), never of a deleted
-- organization.
create function hireloop_find_invitation(secret_hash bytea)
    returns table (org_id uuid, invitation_id uuid)
    language sql stable security definer set search_path = public
    as $$
    select i.org_id, i.id
      from invitations i join organizations o on o.id = i.org_id and o.deleted_at is null
     where i.token_hash = secret_hash
$$;
