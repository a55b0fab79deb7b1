package org.hireloop.search.indexing;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * Produces the items of a sequence on a thread of its own, up to {@code depth} ahead of the
 * consumer: a rebuild reads and prepares the next pages of jobs while the index takes the current
 * one, instead of leaving cores idle during each stage. The bounded queue holds at most {@code
 * depth} items, so a slow consumer does not fill the heap. A failure of the source reaches the
 * consumer after the items produced before it; closing stops the producer after the item it is
 * working on. One consumer thread only.
 */
final class ReadAhead<T> implements AutoCloseable {

    /** The items, one per call; null when there are no more. Called on the producer's thread. */
    @FunctionalInterface
    interface Source<T> {
        @Nullable
        T next();
    }

    /** How often a waiting side checks whether the other has gone. */
    private static final long CHECK_MILLIS = 100;

    private static final Object END = new Object();

    private record Failure(Throwable cause) {}

    private final BlockingQueue<Object> queue;
    private final Thread producer;
    private volatile boolean closed;
    private boolean ended;

    ReadAhead(String threadName, int depth, Source<T> source) {
        this.queue = new ArrayBlockingQueue<>(depth);
        this.producer = new Thread(() -> produce(source), threadName);
        producer.setDaemon(true);
        producer.start();
    }

    /** The next item, waiting for it; null after the last. Throws what the source threw, as thrown. */
    @SuppressWarnings("unchecked")
    @Nullable
    T next() {
        if (ended) {
            return null;
        }
        Object item = take();
        if (item == END) {
            ended = true;
            return null;
        }
        if (item instanceof Failure failure) {
            ended = true;
            if (failure.cause() instanceof Error error) {
                throw error;
            }
            throw (RuntimeException) failure.cause();
        }
        return (T) item;
    }

    /** Stops the producer and waits for it to finish the item it is working on. */
    @Override
    public void close() {
        closed = true;
        queue.clear();
        try {
            producer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void produce(Source<T> source) {
        try {
            T item;
            do {
                // closing frees the queue, so the item in hand may still be queued: make no other
                if (closed) {
                    return;
                }
                item = source.next();
            } while (hand(item == null ? END : item) && item != null);
        } catch (RuntimeException | Error e) {
            hand(new Failure(e));
        }
    }

    /** Queues the item when there is room; false when the consumer closed meanwhile. */
    private boolean hand(Object item) {
        try {
            while (!closed) {
                if (queue.offer(item, CHECK_MILLIS, TimeUnit.MILLISECONDS)) {
                    return true;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    private Object take() {
        try {
            while (true) {
                Object item = queue.poll(CHECK_MILLIS, TimeUnit.MILLISECONDS);
                if (item != null) {
                    return item;
                }
                if (!producer.isAlive() && queue.isEmpty()) {
                    throw new IllegalStateException("the producer " + producer.getName() + " stopped without a word");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + producer.getName(), e);
        }
    }
}
