-- Sign-in for people (docs/sign-in.md): sessions, password resets, TOTP and recovery codes, and
-- the state of OpenID Connect sign-ins in flight. Every secret is stored as a SHA-256 hash only.

-- An organization can require its members to use two-factor authentication.
alter table organizations add column require_mfa boolean not null default false;

-- Sessions of signed-in people: a tenant table (a session acts in one organization), ended with
-- the membership. Only the hash of the cookie's secret is stored.
create table sessions (
    org_id        uuid        not null,
    id            uuid        not null,
    user_id       uuid        not null,
    secret_hash   bytea       not null,
    created_at    timestamptz not null,
    last_seen_at  timestamptz not null,
    expires_at    timestamptz not null,
    primary key (org_id, id),
    foreign key (org_id, user_id) references memberships (org_id, user_id) on delete cascade
);
create unique index sessions_secret on sessions (secret_hash);
create index sessions_user on sessions (user_id);
select hireloop_isolate('sessions');

-- A user's TOTP secret (RFC 6238), active once confirmed; last_used_step refuses replays.
create table user_totp (
    user_id         uuid        not null primary key references users (id) on delete cascade,
    secret          bytea       not null,
    created_at      timestamptz not null,
    confirmed_at    timestamptz,
    last_used_step  bigint      not null default 0
);

-- Single-use recovery codes, hashed.
create table recovery_codes (
    user_id    uuid        not null references users (id) on delete cascade,
    code_hash  bytea       not null,
    used_at    timestamptz,
    primary key (user_id, code_hash)
);

-- Password reset links: single use, expiring, hashed.
create table password_resets (
    token_hash  bytea       not null primary key,
    user_id     uuid        not null references users (id) on delete cascade,
    created_at  timestamptz not null,
    expires_at  timestamptz not null,
    used_at     timestamptz
);
create index password_resets_user on password_resets (user_id);

-- OpenID Connect authorization requests between the redirect to the provider and its answer, so
-- that any replica can finish a sign-in another one started.
create table oidc_requests (
    state_hash    bytea       not null primary key,
    organization  text,
    request       bytea       not null,
    expires_at    timestamptz not null
);

-- The principal of a live session secret, before the organization is known (like
-- hireloop_authenticate_token): unexpired, used within the idle timeout, of a current member.
-- Notes the use at most once a minute. enrolment_only: the organization requires two-factor
-- authentication and the user has not enrolled yet.
create function hireloop_authenticate_session(hash bytea, now_at timestamptz, idle interval)
    returns table (org_id uuid, user_id uuid, session_id uuid, role text, expires_at timestamptz,
                   enrolment_only boolean)
    language plpgsql security definer set search_path = public
    as $$
begin
    update sessions s set last_seen_at = now_at
     where s.secret_hash = hash and s.expires_at > now_at and s.last_seen_at > now_at - idle
       and s.last_seen_at < now_at - interval '1 minute';
    return query
        select s.org_id, s.user_id, s.id, m.role, s.expires_at,
               o.require_mfa and not exists (
                   select 1 from user_totp t where t.user_id = s.user_id and t.confirmed_at is not null)
          from sessions s
          join memberships m on m.org_id = s.org_id and m.user_id = s.user_id
          join organizations o on o.id = s.org_id
         where s.secret_hash = hash and s.expires_at > now_at and s.last_seen_at > now_at - idle;
end
$$;

-- Ends every session of a user in every organization (password changed or reset), but one.
create function hireloop_end_user_sessions(user_to_end uuid, except_session uuid)
    returns integer
    language sql security definer set search_path = public
    as $$
    with ended as (
        delete from sessions where user_id = user_to_end and id is distinct from except_session returning 1)
    select count(*)::integer from ended
$$;

-- The organizations a user is a member of, for sign-in before any organization is bound.
create function hireloop_memberships_of(member uuid)
    returns table (org_id uuid, slug text, role text)
    language sql stable security definer set search_path = public
    as $$
    select m.org_id, o.slug, m.role
      from memberships m join organizations o on o.id = m.org_id
     where m.user_id = member
     order by o.slug
$$;

-- Housekeeping across organizations: sessions past their expiry or idle timeout.
create function hireloop_delete_expired_sessions(now_at timestamptz, idle interval) returns integer
    language sql security definer set search_path = public
    as $$
    with deleted as (
        delete from sessions where expires_at < now_at or last_seen_at < now_at - idle returning 1)
    select count(*)::integer from deleted
$$;
