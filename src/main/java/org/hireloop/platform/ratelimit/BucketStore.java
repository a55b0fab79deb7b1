package org.hireloop.platform.ratelimit;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ExpiredEntriesCleaner;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.distributed.proxy.optimization.DelayParameters;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * Where the buckets live: Bucket4j's proxy manager over the table {@code rate_limit_buckets} in
 * PostgreSQL (rows locked with SELECT ... FOR UPDATE), or over Redis (compare-and-swap), which
 * several replicas can share without loading the database. A bucket is kept until it would be
 * full again, plus a minute.
 */
final class BucketStore implements AutoCloseable {

    static final String TABLE = "rate_limit_buckets";
    private static final ExpirationAfterWriteStrategy EXPIRY =
            ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1));
    private static final int CLEAN_UP_BATCH = 1000;

    private final ProxyManager<String> buckets;
    private final @Nullable ExpiredEntriesCleaner cleaner;
    private final @Nullable AutoCloseable connection;
    private final String description;

    /**
     * The delaying optimization keeps its unsynchronized consumption in the proxy object, so a
     * proxy must live across requests. Bounded: beyond it the map starts afresh, which only costs
     * one round trip per key.
     */
    private final Map<String, BucketProxy> tolerant = new ConcurrentHashMap<>();

    private static final int MAX_CACHED_BUCKETS = 10_000;

    private BucketStore(
            ProxyManager<String> buckets,
            @Nullable ExpiredEntriesCleaner cleaner,
            @Nullable AutoCloseable connection,
            String description) {
        this.buckets = buckets;
        this.cleaner = cleaner;
        this.connection = connection;
        this.description = description;
    }

    static BucketStore postgres(DataSource dataSource) {
        var manager = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table(TABLE)
                .expirationAfterWrite(EXPIRY)
                .build();
        return new BucketStore(manager, manager, null, "PostgreSQL");
    }

    /** Connects at once, so a wrong HIRELOOP_REDIS_URL stops the start instead of every request. */
    static BucketStore redis(String url, String keyPrefix) {
        RedisClient client = RedisClient.create(url);
        try {
            StatefulRedisConnection<String, byte[]> connection =
                    client.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
            ProxyManager<String> manager = Bucket4jLettuce.casBasedBuilder(connection)
                    .expirationAfterWrite(EXPIRY)
                    .requestTimeout(Duration.ofSeconds(2))
                    .build()
                    .withMapper((String key) -> keyPrefix + key);
            return new BucketStore(
                    manager,
                    null,
                    () -> {
                        connection.close();
                        client.shutdown();
                    },
                    "Redis");
        } catch (RuntimeException e) {
            client.shutdown();
            throw e;
        }
    }

    /**
     * A bucket of the store. With a tolerance, consumption is counted locally and written to the
     * store once that many tokens or a second have accumulated; without, every consumption is a
     * round trip, batched with concurrent ones of this process.
     */
    BucketProxy bucket(String key, BucketConfiguration configuration, long tolerance) {
        if (tolerance == 0) {
            return buckets.builder().withOptimization(Optimizations.batching()).build(key, () -> configuration);
        }
        if (tolerant.size() >= MAX_CACHED_BUCKETS) {
            tolerant.clear();
        }
        return tolerant.computeIfAbsent(
                key,
                k -> buckets.builder()
                        .withOptimization(Optimizations.delaying(new DelayParameters(tolerance, Duration.ofSeconds(1))))
                        .build(k, () -> configuration));
    }

    /** Deletes the expired rows (PostgreSQL); Redis expires its keys by itself. */
    int removeExpired() {
        if (cleaner == null) {
            return 0;
        }
        int removed = 0;
        int batch;
        do {
            batch = cleaner.removeExpired(CLEAN_UP_BATCH);
            removed += batch;
        } while (batch == CLEAN_UP_BATCH);
        return removed;
    }

    String description() {
        return description;
    }

    @Override
    public void close() throws Exception {
        if (connection != null) {
            connection.close();
        }
    }
}
