package org.hireloop.search.indexing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ReadAheadTests {

    @Test
    void handsOverEveryItemOnceInOrderThenNothing() {
        AtomicInteger produced = new AtomicInteger();
        List<Integer> consumed = new ArrayList<>();
        try (ReadAhead<Integer> items = new ReadAhead<>("test-reader", 2, () -> {
            int next = produced.incrementAndGet();
            return next <= 100 ? next : null;
        })) {
            for (Integer item = items.next(); item != null; item = items.next()) {
                consumed.add(item);
            }
            assertThat(items.next()).as("after the end").isNull();
        }
        assertThat(consumed).hasSize(100).isSorted().doesNotHaveDuplicates();
        assertThat(produced).as("asked once past the last").hasValue(101);
    }

    @Test
    void aFailureOfTheSourceReachesTheConsumerAfterTheItemsBeforeIt() {
        IllegalStateException failure = new IllegalStateException("the database went away");
        AtomicInteger produced = new AtomicInteger();
        try (ReadAhead<Integer> items = new ReadAhead<>("test-reader", 2, () -> {
            int next = produced.incrementAndGet();
            if (next == 3) {
                throw failure;
            }
            return next;
        })) {
            assertThat(items.next()).isEqualTo(1);
            assertThat(items.next()).isEqualTo(2);
            assertThatThrownBy(items::next).isSameAs(failure);
            assertThat(items.next()).as("nothing after a failure").isNull();
        }
        assertThat(produced).as("no item read after the failure").hasValue(3);
    }

    @Test
    void closingEarlyStopsTheProducerThoughNobodyTakesWhatItMade() throws InterruptedException {
        AtomicInteger produced = new AtomicInteger();
        ReadAhead<Integer> items = new ReadAhead<>("test-reader-closed", 2, produced::incrementAndGet);
        assertThat(items.next()).isEqualTo(1);
        items.close();
        int stoppedAt = produced.get();
        Thread.sleep(300);
        assertThat(produced).as("nothing made after closing").hasValue(stoppedAt);
        assertThat(stoppedAt).as("at most the queue and the item in hand ahead").isLessThanOrEqualTo(4);
        assertThat(Thread.getAllStackTraces().keySet())
                .extracting(Thread::getName)
                .doesNotContain("test-reader-closed");
    }
}
