-- The audit log: one row per security-relevant or data-changing action, append-only and
-- tamper-evident. Each organization has its own chain: seq counts 1, 2, 3, ... without gaps, and
-- hash = SHA-256 over prev_hash and the entry's canonical encoding (docs/audit.md), prev_hash being
-- the hash of the entry before (32 zero bytes for seq 1). Only field NAMES are kept, never values.
create table audit_log (
    org_id          uuid        not null references organizations (id),
    seq             bigint      not null,
    id              uuid        not null,
    actor_type      text        not null,
    actor_id        text,
    action          text        not null,
    target_type     text,
    target_id       text,
    address         text,
    user_agent      text,
    at              timestamptz not null,
    changed_fields  text[]      not null default '{}',
    prev_hash       bytea       not null,
    hash            bytea       not null,
    primary key (org_id, seq),
    constraint audit_log_seq_positive check (seq >= 1),
    constraint audit_log_action_given check (action <> '' and actor_type <> ''),
    constraint audit_log_changed_fields_no_nulls check (array_position(changed_fields, null) is null),
    constraint audit_log_hash_size check (octet_length(hash) = 32 and octet_length(prev_hash) = 32)
);
-- The API's lists: newest first by the UUIDv7 id (the cursor), plain or filtered.
create unique index audit_log_by_id on audit_log (org_id, id desc);
create index audit_log_by_action on audit_log (org_id, action, id desc);
create index audit_log_by_actor on audit_log (org_id, actor_type, actor_id, id desc);
create index audit_log_by_target on audit_log (org_id, target_type, target_id, id desc);
create index audit_log_by_time on audit_log (org_id, at);

-- Append-only at the database too: no UPDATE, DELETE or TRUNCATE, whatever the application does.
-- Only the table's owner can disable these triggers; the application's role must not own it.
create function audit_log_refuse_change() returns trigger
    language plpgsql as $$
begin
    raise exception 'audit_log is append-only: % refused', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_log_append_only
    before update or delete on audit_log
    for each row execute function audit_log_refuse_change();

create trigger audit_log_no_truncate
    before truncate on audit_log
    for each statement execute function audit_log_refuse_change();

-- Isolation like every tenant table, and for the application's role only reading and appending.
select hireloop_isolate('audit_log');
do $$
begin
    if '${app_role}' <> '' and '${app_role}' <> current_user then
        execute format('revoke update, delete, truncate on audit_log from %I', '${app_role}');
    end if;
end
$$;
