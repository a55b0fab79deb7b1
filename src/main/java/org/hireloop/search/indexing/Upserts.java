package org.hireloop.search.indexing;

import java.util.List;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.hireloop.search.JobDocument;

/**
 * Up to {@code inFlight} batches upserted into the search engine at once, each on a thread of its own: a
 * rebuild's next page goes in as soon as any page is done, not only the oldest, so a page held up
 * by the engine (writing a segment) does not hold the others up. A failure reaches the caller at
 * its next call; closing waits for the batches still running, never interrupts them (an
 * interrupted Lucene writer may close itself), so nothing is written to the engine after the
 * rebuild returned or failed.
 */
final class Upserts implements AutoCloseable {

    private static final AtomicInteger threads = new AtomicInteger();

    private final Consumer<List<JobDocument>> upsert;
    private final int inFlight;
    private final ExecutorService executor;
    private final CompletionService<Integer> done;
    private int running;

    /** @param upsert the engine's upsert, such as {@code engine::upsert} */
    Upserts(Consumer<List<JobDocument>> upsert, int inFlight) {
        this.upsert = upsert;
        this.inFlight = inFlight;
        this.executor = Executors.newFixedThreadPool(inFlight, runnable -> {
            Thread thread = new Thread(runnable, "search-rebuild-upsert-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.done = new ExecutorCompletionService<>(executor);
    }

    /**
     * Starts upserting the batch, after waiting for a batch to finish when {@code inFlight} are
     * running; returns how many documents the finished batch held (0 when none had to finish).
     */
    int submit(List<JobDocument> batch) {
        int finished = running == inFlight ? awaitOne() : 0;
        done.submit(() -> {
            upsert.accept(batch);
            return batch.size();
        });
        running++;
        return finished;
    }

    /** Waits for every running batch; returns how many documents they held. */
    int finish() {
        int finished = 0;
        while (running > 0) {
            finished += awaitOne();
        }
        return finished;
    }

    private int awaitOne() {
        try {
            int size = done.take().get();
            running--;
            return size;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while indexing", e);
        } catch (ExecutionException e) {
            running--;
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        executor.shutdown();
        boolean interrupted = false;
        while (true) {
            try {
                if (executor.awaitTermination(1, TimeUnit.MINUTES)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
