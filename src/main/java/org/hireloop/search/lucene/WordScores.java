package org.hireloop.search.lucene;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.BytesTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TermFrequencyAttribute;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.FieldInvertState;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.PerFieldSimilarityWrapper;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.BytesRef;

/**
 * The {@link JobFields#WORDS} field: every word of a job's searched fields once, with the score its
 * best field gives it as its term frequency. A word of a query then reads one posting list instead
 * of one per searched field, and Lucene skips blocks of jobs by that list's own maximum scores.
 *
 * <p>A word's score in one field is BM25's, weighted by the field: {@code weight * tf / (tf + k1 *
 * (1 - b + b * length / typicalLength))}; the job keeps the best of its fields, as the disjunction
 * over fields it replaces did. Three things differ from scoring each field at search time: the
 * typical lengths are fixed ({@link #TYPICAL_LENGTH}, what a job description's fields hold) rather
 * than the index's averages, so a job's scores do not depend on when it was indexed; a word has one
 * inverse document frequency, that of the first of {@link #IDF_FIELDS} holding it, rather than one
 * per field; and so the short fields weigh more ({@link #WEIGHTS}). The judged queries ({@code
 * RelevanceRegressionIntegrationTests}) measure the ranking this gives: nDCG@10 0.935 and
 * recall@50 0.960, against 0.926 and 0.962 scoring each field.
 */
final class WordScores {

    /** Term frequency units per unit of score: three decimals survive the integer frequency. */
    static final float SCALE = 1000f;

    private static final float K1 = 1.2f;
    private static final float B = 0.75f;

    /**
     * Words a job description's fields hold on average (the generated corpus: title 2.9, skills
     * 73, tags 6, role and responsibilities 262, place 2.3, conditions 3.6 words).
     */
    static final Map<String, Float> TYPICAL_LENGTH = Map.of(
            JobFields.TITLE, 3f,
            JobFields.SKILL_TEXT, 70f,
            JobFields.TAGS, 6f,
            JobFields.BODY, 260f,
            JobFields.PLACE, 2f,
            JobFields.CONDITIONS, 4f);

    /**
     * The weights of the fields: about twice those of the per-field scoring ({@link
     * JobFields#WEIGHTS}) for the short fields (title, tags, place, conditions). There a word
     * scored by its field's own inverse document frequency, which is high in a short field, and a
     * title or tag that names the word says most about the job ({@code kubernetes} ranked SRE
     * jobs below jobs that merely list Kubernetes among their skills at the per-field weights:
     * nDCG@10 0.33 against 1).
     */
    static final Map<String, Float> WEIGHTS = Map.of(
            JobFields.TITLE, 10f,
            JobFields.SKILL_TEXT, 3f,
            JobFields.TAGS, 6f,
            JobFields.BODY, 1f,
            JobFields.PLACE, 4f,
            JobFields.CONDITIONS, 4f);

    /**
     * Where a word's inverse document frequency is read: the first of these fields that holds the
     * word (see {@link JobSearcher#termStatistics}). One frequency over all searched text would
     * make a title word that is also a common verb of the body ("developer", stemmed "develop")
     * worth nothing.
     */
    static final List<String> IDF_FIELDS = List.of(
            JobFields.TITLE,
            JobFields.SKILL_TEXT,
            JobFields.TAGS,
            JobFields.PLACE,
            JobFields.CONDITIONS,
            JobFields.BODY);

    /** Frequencies, no positions (custom frequencies cannot have them), no norms (lengths are in the score). */
    private static final FieldType TYPE = type();

    private static FieldType type() {
        FieldType type = new FieldType();
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        type.setTokenized(true);
        type.setOmitNorms(true);
        type.freeze();
        return type;
    }

    /**
     * BM25 for the searched fields (as Lucene's default), for {@link JobFields#WORDS} a score of
     * the word's inverse document frequency times its stored score, and for {@link
     * JobFields#SKILL_KW} BM25 with a frequency of one ({@link PresenceSimilarity}).
     */
    static final Similarity SIMILARITY = new PerFieldSimilarityWrapper() {
        private final Similarity bm25 = new BM25Similarity();
        private final Similarity words = new StoredScoreSimilarity();
        private final Similarity presence = new PresenceSimilarity(bm25);

        @Override
        public Similarity get(String name) {
            return switch (name) {
                case JobFields.WORDS -> words;
                case JobFields.SKILL_KW -> presence;
                default -> bm25;
            };
        }
    };

    private WordScores() {}

    /**
     * BM25's term score of a word found {@code tf} times in one field, given the field's {@link
     * #WEIGHTS weight} and {@link #lengthNorm}: a job's words look both up once per field (once
     * per word, the lookups were 1% of a rebuild).
     */
    static float score(float weight, float lengthNorm, int tf) {
        return weight * tf / (tf + lengthNorm);
    }

    /** The part of BM25's score that depends on the field's length, measured against its typical length. */
    static float lengthNorm(String field, int length) {
        return K1 * (1 - B + B * length / TYPICAL_LENGTH.get(field));
    }

    /** The {@link JobFields#WORDS} field of a job: each distinct word with its best field's {@link #score}. */
    static Field field(BytesRef[] terms, float[] scores) {
        return new Field(JobFields.WORDS, new ScoredWords(terms, scores), TYPE);
    }

    /** The stored frequency of a score: at least 1, as Lucene requires of a term frequency. */
    static int frequency(float score) {
        return Math.max(1, Math.round(score * SCALE));
    }

    /** Each word once, its score as its term frequency. */
    private static final class ScoredWords extends TokenStream {
        private final BytesTermAttribute term = addAttribute(BytesTermAttribute.class);
        private final TermFrequencyAttribute frequency = addAttribute(TermFrequencyAttribute.class);
        private final BytesRef[] terms;
        private final float[] scores;
        private int next;

        ScoredWords(BytesRef[] terms, float[] scores) {
            this.terms = terms;
            this.scores = scores;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            next = 0;
        }

        @Override
        public boolean incrementToken() {
            if (next == terms.length) {
                return false;
            }
            // term and frequency are all that indexing reads and that differ from their defaults (see
            // SearchedText.Replay)
            term.setBytesRef(terms[next]);
            frequency.setTermFrequency(frequency(scores[next]));
            next++;
            return true;
        }
    }

    /**
     * A field of keywords without frequencies (a job has a skill or not), scored as its similarity
     * scores a frequency of one, which is what every match has. Lucene bounds a block's best score
     * by the highest frequency the block could hold, and a field without frequencies tells it none:
     * BM25 then bounds a skill's score in every block at up to 2.2 times (1 + k1) what any job
     * scores, so a query with a skill could skip no job by its score ("python" at 1,000,000 jobs
     * scored every job with the word: 29 ms in process, 6 ms now). The bound is now the score.
     */
    static final class PresenceSimilarity extends Similarity {
        private final Similarity scored;

        PresenceSimilarity(Similarity scored) {
            this.scored = scored;
        }

        @Override
        public long computeNorm(FieldInvertState state) {
            return scored.computeNorm(state);
        }

        @Override
        public SimScorer scorer(float boost, CollectionStatistics collection, TermStatistics... terms) {
            SimScorer once = scored.scorer(boost, collection, terms);
            return new SimScorer() {
                @Override
                public float score(float freq, long norm) {
                    return once.score(1, norm);
                }
            };
        }
    }

    /**
     * Score = boost * idf * stored score, idf as BM25 computes it. Rises with the frequency and
     * ignores norms (the field has none), as Lucene's skipping by maximum scores requires.
     */
    static final class StoredScoreSimilarity extends Similarity {

        @Override
        public long computeNorm(FieldInvertState state) {
            return 1;
        }

        @Override
        public SimScorer scorer(float boost, CollectionStatistics collection, TermStatistics... terms) {
            double idf = 0;
            for (TermStatistics term : terms) {
                idf += Math.log(1 + (collection.docCount() - term.docFreq() + 0.5D) / (term.docFreq() + 0.5D));
            }
            float weight = (float) (boost * idf / SCALE);
            return new SimScorer() {
                @Override
                public float score(float freq, long norm) {
                    return weight * freq;
                }
            };
        }
    }
}
