package org.hireloop.search.skills;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.hireloop.search.Skill;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Skills named by published jobs that the curated list does not know, in the global table
 * {@code discovered_skills} (not tenant data: every replica and organization sees the same list).
 * Reads come from a copy in memory, refreshed at most every few seconds with the rows added
 * since the last refresh; a full reload every ten minutes brings the counts up to date and picks
 * up any row whose transaction committed after a later one was read.
 */
@Component
class DiscoveredSkills {

    static final String CATEGORY = "Discovered";
    static final String SOURCE = "discovered";

    private static final long REFRESH_NANOS = TimeUnit.SECONDS.toNanos(5);
    private static final long FULL_RELOAD_NANOS = TimeUnit.MINUTES.toNanos(10);
    /** Rows re-read behind the last one seen, for ids handed out before it but committed after. */
    private static final long OVERLAP = 1000;

    /** A discovered skill with how many times published jobs named it (a rebuild counts again). */
    record Known(Skill skill, long seen) {}

    /** What a refresh read: the skills by key (name and slug), most named first. */
    private record Snapshot(Map<String, Known> byKey, List<Known> ranked, long lastSeq, long loadedAt, long fullAt) {}

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ReentrantLock refreshing = new ReentrantLock();
    private volatile @Nullable Snapshot snapshot;
    /** This replica learned something: the next read refreshes without waiting. */
    private volatile boolean changed;

    DiscoveredSkills(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The discovered skill with this name or slug, in any case. */
    @Nullable
    Skill find(String nameOrSlug) {
        Known known = current().byKey().get(AliasIndex.key(nameOrSlug));
        return known == null ? null : known.skill();
    }

    /** Every discovered skill, most named first. */
    List<Known> ranked() {
        return current().ranked();
    }

    /**
     * Counts these names (slug to name and count, sorted by slug so concurrent learners lock rows
     * in one order) in one statement, and makes the next read refresh.
     */
    void record(SortedMap<String, Map.Entry<String, Integer>> bySlug) {
        if (bySlug.isEmpty()) {
            return;
        }
        String[] slugs = bySlug.keySet().toArray(new String[0]);
        String[] names = bySlug.values().stream().map(Map.Entry::getKey).toArray(String[]::new);
        Integer[] counts = bySlug.values().stream().map(Map.Entry::getValue).toArray(Integer[]::new);
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                        insert into discovered_skills (slug, name, first_seen_at, last_seen_at, seen_count)
                        select slug, name, ?, ?, n from unnest(?::text[], ?::text[], ?::int[]) as l (slug, name, n)
                        on conflict (slug) do update
                           set seen_count = discovered_skills.seen_count + excluded.seen_count,
                               last_seen_at = excluded.last_seen_at
                        """).params(now, now, slugs, names, counts).update();
        changed = true;
    }

    private Snapshot current() {
        Snapshot current = snapshot;
        long now = System.nanoTime();
        if (current != null && !changed && now - current.loadedAt() < REFRESH_NANOS) {
            return current;
        }
        if (current != null && !refreshing.tryLock()) {
            return current; // another thread refreshes; this read makes do with the copy it has
        }
        if (current == null) {
            refreshing.lock();
        }
        try {
            Snapshot latest = snapshot;
            if (latest != null && latest != current && !changed) {
                return latest;
            }
            changed = false;
            Snapshot next = latest == null || now - latest.fullAt() > FULL_RELOAD_NANOS ? load(null) : load(latest);
            snapshot = next;
            return next;
        } finally {
            refreshing.unlock();
        }
    }

    private Snapshot load(@Nullable Snapshot previous) {
        long after = previous == null ? Long.MIN_VALUE : previous.lastSeq() - OVERLAP;
        record Row(long seq, String slug, String name, long seen) {}
        List<Row> rows = jdbc.sql("""
                        select seq, slug, name, seen_count from discovered_skills where seq > ? order by seq
                        """)
                .param(after)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4)))
                .list();
        long now = System.nanoTime();
        if (previous != null && rows.stream().allMatch(row -> previous.byKey().containsKey(row.slug()))) {
            return new Snapshot(previous.byKey(), previous.ranked(), previous.lastSeq(), now, previous.fullAt());
        }
        Map<String, Known> bySlug = new HashMap<>();
        if (previous != null) {
            previous.ranked().forEach(known -> bySlug.put(known.skill().slug(), known));
        }
        long lastSeq = previous == null ? 0 : previous.lastSeq();
        for (Row row : rows) {
            bySlug.put(
                    row.slug(), new Known(new Skill(row.name(), row.slug(), CATEGORY, List.of(), SOURCE), row.seen()));
            lastSeq = Math.max(lastSeq, row.seq());
        }
        List<Known> ranked = new ArrayList<>(bySlug.values());
        ranked.sort(Comparator.comparingLong(Known::seen)
                .reversed()
                .thenComparing(known -> known.skill().name()));
        Map<String, Known> byKey = new HashMap<>();
        for (Known known : ranked) {
            byKey.putIfAbsent(known.skill().slug(), known);
            byKey.putIfAbsent(AliasIndex.key(known.skill().name()), known);
        }
        return new Snapshot(
                Map.copyOf(byKey), List.copyOf(ranked), lastSeq, now, previous == null ? now : previous.fullAt());
    }
}
