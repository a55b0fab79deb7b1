package org.hireloop.search.indexing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.hireloop.search.JobDocument;
import org.junit.jupiter.api.Test;

class UpsertsTests {

    @Test
    void aBatchHeldUpDoesNotHoldUpTheBatchesAfterIt() throws InterruptedException {
        CountDownLatch othersDone = new CountDownLatch(3);
        AtomicInteger calls = new AtomicInteger();
        CountDownLatch firstSawOthers = new CountDownLatch(1);
        Consumer<List<JobDocument>> engine = new Consumer<>() {
            @Override
            public void accept(List<JobDocument> documents) {
                if (calls.getAndIncrement() == 0) {
                    // the first batch is writing a segment: the next three must get through meanwhile
                    try {
                        if (othersDone.await(10, TimeUnit.SECONDS)) {
                            firstSawOthers.countDown();
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                } else {
                    othersDone.countDown();
                }
            }
        };
        int indexed = 0;
        try (Upserts upserts = new Upserts(engine, 2)) {
            for (int size : List.of(10, 20, 30, 40)) {
                indexed += upserts.submit(batch(size));
            }
            indexed += upserts.finish();
        }

        assertThat(firstSawOthers.await(0, TimeUnit.SECONDS))
                .as("the three batches after the held-up first one went in while it waited")
                .isTrue();
        assertThat(indexed).isEqualTo(100);
    }

    @Test
    void aFailedBatchFailsTheCallerAndNothingRunsAfterClose() {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger started = new AtomicInteger();
        Consumer<List<JobDocument>> engine = new Consumer<>() {
            @Override
            public void accept(List<JobDocument> documents) {
                running.incrementAndGet();
                try {
                    if (started.incrementAndGet() == 2) {
                        throw new IllegalStateException("the index is full");
                    }
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    running.decrementAndGet();
                }
            }
        };

        assertThatThrownBy(() -> {
                    try (Upserts upserts = new Upserts(engine, 2)) {
                        for (int i = 0; i < 10; i++) {
                            upserts.submit(batch(5));
                        }
                        upserts.finish();
                    }
                })
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the index is full");

        assertThat(running).as("closing waited for the batches still running").hasValue(0);
        assertThat(started.get())
                .as("no batch started once the failure was seen")
                .isLessThan(10);
    }

    /** Upserts only counts the documents of a batch; it never looks into them. */
    private static List<JobDocument> batch(int size) {
        return Collections.nCopies(size, null);
    }
}
