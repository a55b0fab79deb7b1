package org.hireloop.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hireloop.search.lucene.EngineFixture.*;
import static org.hireloop.search.lucene.TestJob.*;

import java.nio.file.Path;
import java.util.List;
import org.hireloop.search.SearchScope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writes become visible on commit, survive a restart with their position, and replace by id. */
class LuceneIndexLifecycleTests {

    @TempDir
    Path directory;

    @Test
    void thePositionAndTheJobsSurviveReopeningTheDirectory() {
        LuceneJobSearchEngine engine = new LuceneJobSearchEngine(directory);
        assertThat(engine.position()).isEmpty();
        engine.upsert(List.of(job("Java Developer").build(), job("Chef").build()));
        engine.commit(42);
        long generation = engine.generation();
        engine.close();

        LuceneJobSearchEngine reopened = new LuceneJobSearchEngine(directory);
        try {
            assertThat(reopened.position()).contains(42L);
            assertThat(reopened.size()).isEqualTo(2);
            assertThat(reopened.generation()).isEqualTo(generation);
            assertThat(titles(reopened.search(request("java")))).containsExactly("Java Developer");
        } finally {
            reopened.close();
        }
    }

    @Test
    void aCommitWritesOutMegabytesOfBufferedJobsAndKeepsThemAll() {
        // documents buffered by both indexing threads, written out as segments by the commit
        String words = " backend platform services reliability observability pipelines".repeat(10);
        List<TestJob> jobs = java.util.stream.IntStream.range(0, 3_000)
                .mapToObj(i -> job("Engineer " + i).role("Builds item" + i + words))
                .toList();
        LuceneJobSearchEngine engine = new LuceneJobSearchEngine(directory);
        engine.upsert(jobs.stream().map(TestJob::build).toList());
        engine.commit(7);
        engine.close();

        LuceneJobSearchEngine reopened = new LuceneJobSearchEngine(directory);
        try {
            assertThat(reopened.position()).contains(7L);
            assertThat(reopened.size()).isEqualTo(3_000);
            assertThat(titles(reopened.search(request("item2999")))).containsExactly("Engineer 2999");
            assertThat(titles(reopened.search(request("item0")))).containsExactly("Engineer 0");
        } finally {
            reopened.close();
        }
    }

    @Test
    void closingKeepsTheLastCommitNotWhatWasWrittenSince() {
        LuceneJobSearchEngine engine = new LuceneJobSearchEngine(directory);
        engine.upsert(List.of(job("Java Developer").build(), job("Chef").build()));
        engine.commit(42);
        // a rebuild that fails halfway: everything deleted, a part written, no commit
        engine.deleteAll();
        engine.upsert(List.of(job("Half Written").build()));
        engine.close();

        LuceneJobSearchEngine reopened = new LuceneJobSearchEngine(directory);
        try {
            assertThat(reopened.position()).contains(42L);
            assertThat(reopened.size()).isEqualTo(2);
            assertThat(titles(reopened.search(request("")))).containsExactlyInAnyOrder("Java Developer", "Chef");
        } finally {
            reopened.close();
        }
    }

    @Test
    void anIndexOfAnOlderFormatHasNoPositionSoItIsRebuilt() throws Exception {
        try (var writer = new org.apache.lucene.index.IndexWriter(
                org.apache.lucene.store.FSDirectory.open(directory), new org.apache.lucene.index.IndexWriterConfig())) {
            // what an index written before formats were recorded holds: a position and nothing else
            writer.setLiveCommitData(java.util.Map.of("position", "42").entrySet());
            writer.commit();
        }
        LuceneJobSearchEngine reopened = new LuceneJobSearchEngine(directory);
        try {
            assertThat(reopened.position()).isEmpty();
        } finally {
            reopened.close();
        }
    }

    @Test
    void anIndexOfAnOlderFormatWithJobsInAnotherOrderIsStartedAfresh() throws Exception {
        try (var writer = new org.apache.lucene.index.IndexWriter(
                org.apache.lucene.store.FSDirectory.open(directory), new org.apache.lucene.index.IndexWriterConfig())) {
            // format 2 kept its documents in the order they came, not sorted by id: a writer
            // sorting by id refuses to open it
            var old = new org.apache.lucene.document.Document();
            old.add(new org.apache.lucene.document.StringField(
                    JobFields.ID, "old", org.apache.lucene.document.Field.Store.NO));
            writer.addDocument(old);
            writer.setLiveCommitData(java.util.Map.of("position", "42", "format", "2", "generation", "7")
                    .entrySet());
            writer.commit();
        }
        LuceneJobSearchEngine reopened = new LuceneJobSearchEngine(directory);
        try {
            assertThat(reopened.position()).isEmpty();
            assertThat(reopened.size()).isZero();
            reopened.upsert(List.of(job("Java Developer").build()));
            reopened.commit(43);
            assertThat(titles(reopened.search(request("java")))).containsExactly("Java Developer");
        } finally {
            reopened.close();
        }
    }

    @Test
    void writesBecomeVisibleOnCommitAndTheGenerationChangesOnlyWhenSomethingChanged() {
        LuceneJobSearchEngine engine = LuceneJobSearchEngine.inMemory();
        try {
            TestJob job = job("Java Developer");
            engine.upsert(List.of(job.build()));
            assertThat(engine.size()).isZero();

            engine.commit(1);
            long first = engine.generation();
            assertThat(engine.size()).isEqualTo(1);

            engine.commit(2);
            assertThat(engine.generation()).isEqualTo(first);
            assertThat(engine.position()).contains(2L);

            engine.upsert(List.of(job("Kotlin Developer").id(job.id).build()));
            engine.commit(3);
            assertThat(engine.generation()).isNotEqualTo(first);
            assertThat(engine.size()).isEqualTo(1);
            assertThat(titles(engine.search(request("developer")))).containsExactly("Kotlin Developer");
        } finally {
            engine.close();
        }
    }

    @Test
    void deletesJobsByIdAndEverythingOnDeleteAll() {
        TestJob a = job("A");
        TestJob b = job("B");
        LuceneJobSearchEngine engine = engineWith(a, b, job("C"));
        try {
            engine.delete(List.of(a.id, java.util.UUID.randomUUID()));
            engine.commit(2);
            assertThat(engine.size()).isEqualTo(2);
            assertThat(engine.find(a.id, SearchScope.ALL_PUBLISHED)).isEmpty();
            assertThat(engine.find(b.id, SearchScope.ALL_PUBLISHED)).isPresent();

            engine.deleteAll();
            engine.commit(3);
            assertThat(engine.size()).isZero();
            assertThat(engine.search(request("")).total()).isZero();
        } finally {
            engine.close();
        }
    }

    @Test
    void aLargeBatchIsIndexedWholeAndTheLastVersionOfAJobNamedTwiceWins() {
        List<org.hireloop.search.JobDocument> batch = new java.util.ArrayList<>();
        for (int i = 0; i < 500; i++) {
            batch.add(job("Engineer " + i).build());
        }
        TestJob twice = job("First Version");
        batch.add(100, twice.build());
        batch.add(twice.tags("Second").build());
        LuceneJobSearchEngine engine = LuceneJobSearchEngine.inMemory();
        try {
            engine.upsert(batch);
            engine.commit(1);

            assertThat(engine.size()).isEqualTo(501);
            assertThat(engine.find(twice.id, SearchScope.ALL_PUBLISHED)
                            .orElseThrow()
                            .tags())
                    .containsExactly("Second");
        } finally {
            engine.close();
        }
    }

    @Test
    void oversizedValuesDoNotFailTheBatch() {
        String huge = "x".repeat(50_000);
        LuceneJobSearchEngine engine = engineWith(
                job("Huge").tags(huge).location("DE", huge).department(huge).term("next", huge), job("Small"));
        try {
            assertThat(engine.size()).isEqualTo(2);
            assertThat(titles(engine.search(request("huge")))).containsExactly("Huge");
        } finally {
            engine.close();
        }
    }
}
