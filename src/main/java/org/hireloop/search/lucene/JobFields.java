package org.hireloop.search.lucene;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;

/**
 * The names of the index fields and the weights of the searched ones. Keyword fields ending in
 * {@code _kw} hold lowercased values so filters are case-insensitive; facets keep the values as
 * written, since they are shown to people.
 */
final class JobFields {

    static final String ID = "id";
    /**
     * The job's title, lowercased, as the first key of the index order (see {@link
     * LuceneJobSearchEngine#INDEX_ORDER}) and of relevance ties.
     */
    static final String TITLE_KEY = "title_key";

    static final String ORG_ID = "org_id";
    static final String STORED = "doc";

    static final String TITLE = "title";
    static final String SKILL_TEXT = "skillText";
    static final String TAGS = "tags";
    /**
     * The long text of a job in one field: its role definition, responsibilities and competency
     * descriptions. As three fields of their own, a common word was three long posting lists to
     * advance and score for every candidate of a search of several words.
     */
    static final String BODY = "body";
    /** The city and the country's English name, so "berlin" or "germany" in a query matches where the job is. */
    static final String PLACE = "place";
    /** The employment type and workplace in words ("intern internship", "remote"). */
    static final String CONDITIONS = "conditions";
    /** Unstemmed words of titles and skills: the dictionary of "did you mean". */
    static final String SPELL = "spell";
    /**
     * Every word of the {@link #SEARCHED} fields once, scored by its best field ({@link
     * WordScores}): what a word of a query is scored by.
     */
    static final String WORDS = "words";
    /**
     * Neighbouring words of the title and of each skill name, unstemmed, one term per pair:
     * {@link #pair} for words side by side, {@link #pairApart} for words one apart. "Senior Backend
     * Engineer" holds "senior backend", "backend engineer" and "senior  engineer". A pair scores as
     * a term does, so Lucene knows its best score in every block of postings; a phrase query
     * reading positions did not, and no match could be skipped. The field has no length (norms):
     * a pair scores the same in every job that holds it once, so the jobs of one title tie.
     */
    static final String PAIRS = "pairs";

    static final String STATUS_KW = "status_kw";
    static final String TAG_KW = "tag_kw";
    static final String SKILL_KW = "skill_kw";
    static final String WORKPLACE_KW = "workplace_kw";
    static final String LOCATION_KW = "location_kw";
    static final String EMPLOYMENT_KW = "employment_kw";
    static final String ORG_KW = "org_kw";
    static final String DEPARTMENT_KW = "department_kw";

    static final String SALARY_MIN = "salary_min";
    static final String SALARY_MAX = "salary_max";
    /** Integer.MIN_VALUE when the job states no experience, so an experience filter keeps it. */
    static final String EXPERIENCE_MIN = "experience_min";

    static final String PUBLISHED = "published";

    static final String SORT_NEWEST = "sort_newest";
    static final String SORT_SALARY = "sort_salary";

    /** The facet dimension of whole titles, counted for title suggestions. */
    static final String TITLE_DIM = "title";
    /** Career graph dimensions: "t." and the key of {@link org.hireloop.search.JobDocument#terms}. */
    static final String TERM_DIM_PREFIX = "t.";

    /** Searched text fields with their weights: a title match says most about what the job is. */
    static final Map<String, Float> WEIGHTS = Map.of(
            TITLE, 5f,
            SKILL_TEXT, 3f,
            TAGS, 2.5f,
            BODY, 1f,
            PLACE, 2f,
            CONDITIONS, 2f);

    /** In a fixed order, so queries (and their scores) do not depend on map iteration order. */
    static final List<String> SEARCHED = List.of(TITLE, SKILL_TEXT, TAGS, BODY, PLACE, CONDITIONS);

    /**
     * The one term of a searched field a job has no text for. Every job then has a length (a norm)
     * in every searched field, and Lucene reads norms of a field every document has by their
     * position; when some documents lack it, each scored match first looks its norm up in a bitset
     * of those that have one. For the role definition (a field of its own then), which 5% of the
     * generated jobs leave out, that lookup was 13% of the time of the slowest query at 1,000,000
     * jobs. No query yields the term: the analyzers drop control characters.
     */
    static final String NO_TEXT = "\u0000";

    /** Where typos are forgiven and prefixes expanded: the short, high-signal fields. */
    static final List<String> FUZZY = List.of(TITLE, SKILL_TEXT);

    static final List<String> PREFIXED = List.of(TITLE, SKILL_TEXT, TAGS);

    private JobFields() {}

    /**
     * The dimensions a job board's search page asks for together, in one doc-values field: a match's
     * values of all of them are one read. Five fields cost 12.7 ms per 100,000 matches on one
     * thread, most of a broad search at 100,000 jobs.
     */
    static final Set<String> PAGE_DIMS = Set.of("tag", "remote", "employment_type", "location", "salary");

    /** The doc-values field the {@link #PAGE_DIMS} share. */
    static final String PAGE_FIELD = "$page";

    /**
     * The doc-values field of a facet dimension: {@link #PAGE_DIMS} share one; every other
     * dimension has its own, so counting it does not read the values of the others.
     */
    static String facetField(String dim) {
        return PAGE_DIMS.contains(dim) ? PAGE_FIELD : "$" + dim;
    }

    static float weight(String field) {
        return WEIGHTS.getOrDefault(field, 1f);
    }

    /**
     * Longest keyword or facet value kept, in characters: Lucene refuses a term over 32,766 bytes
     * and would fail the whole batch; no real tag, city or skill comes near this.
     */
    static final int MAX_KEYWORD = 1000;

    static String keyword(@Nullable String value) {
        if (value == null) {
            return "";
        }
        String key = value.strip().toLowerCase(Locale.ROOT);
        return key.length() > MAX_KEYWORD ? key.substring(0, MAX_KEYWORD) : key;
    }

    /**
     * Bytes of a title kept in its key: enough to keep jobs of one title together; a cursor
     * carries the key, so it stays short.
     */
    static final int MAX_TITLE_KEY = 64;

    /** The lowercased title's first {@value #MAX_TITLE_KEY} UTF-8 bytes: it sorts as the index does. */
    static BytesRef titleKey(@Nullable String title) {
        byte[] bytes = keyword(title).getBytes(StandardCharsets.UTF_8);
        return new BytesRef(bytes, 0, Math.min(bytes.length, MAX_TITLE_KEY));
    }

    /** The {@link #PAIRS} term of two words side by side; words never hold a space. */
    static String pair(String first, String second) {
        return first + " " + second;
    }

    /** The {@link #PAIRS} term of two words with one word between them. */
    static String pairApart(String first, String second) {
        return first + "  " + second;
    }

    /** The id as 16 big-endian bytes: it sorts like the UUID and is the term updates replace by. */
    static BytesRef idBytes(UUID id) {
        ByteBuffer buffer = ByteBuffer.allocate(16);
        buffer.putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits());
        return new BytesRef(buffer.array());
    }

    static UUID idOf(BytesRef bytes) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes.bytes, bytes.offset, bytes.length);
        return new UUID(buffer.getLong(), buffer.getLong());
    }
}
