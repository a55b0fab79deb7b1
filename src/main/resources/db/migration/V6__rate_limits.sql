-- Rate-limit buckets (Bucket4j's PostgreSQL proxy manager, SELECT ... FOR UPDATE): one row per
-- limit and hashed key ("public:<hash>", "sign-in-account:<hash>"), its state serialized by
-- Bucket4j, and when it may be deleted (epoch milliseconds). Not tenant data: a bucket belongs to
-- an address, a token or an account across organizations, so the table has no org_id.
create table rate_limit_buckets (
    id          text   not null primary key,
    state       bytea,
    expires_at  bigint
);
create index rate_limit_buckets_expiry on rate_limit_buckets (expires_at);
