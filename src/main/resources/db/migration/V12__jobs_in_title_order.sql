-- A rebuild of a search index reads every job in the order the index keeps them: lowercased
-- title, then id (LuceneJobSearchEngine.INDEX_ORDER). Each segment the index writes then receives
-- its jobs already in order, and Lucene's flush skips sorting them; sorting the postings of
-- segments filled in primary key order was a tenth of a rebuild's time. An order that differs
-- here and there (a title whose lowercase differs between PostgreSQL and Java, a title longer
-- than the index's key) costs that sort again, never a wrong result: the index sorts what comes.
-- "C" compares as bytes, as the index does.
create index jobs_in_title_order on jobs ((lower(title) collate "C"), id);

drop function hireloop_all_jobs(uuid, uuid, integer);

-- Every job, a page after the given title and id ('' and any id for the first page).
create function hireloop_all_jobs(after_title text, after_id uuid, max_rows integer)
    returns setof jobs
    language sql stable security definer set search_path = public
    as $$
    select * from jobs
     where (lower(title) collate "C", id) > (lower(after_title) collate "C", after_id)
     order by lower(title) collate "C", id
     limit max_rows
$$;
