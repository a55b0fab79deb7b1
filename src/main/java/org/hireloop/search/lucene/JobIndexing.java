package org.hireloop.search.lucene;

import static org.hireloop.search.lucene.JobFields.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleDocValuesField;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.hireloop.search.JobDocument;
import org.hireloop.search.JobSearchRequest.Facet;
import org.hireloop.search.SkillMention;
import org.jspecify.annotations.Nullable;

/**
 * Turns a {@link JobDocument} into the Lucene document: searched text, filter keys, sort values,
 * facets. Thread-safe: the engine builds documents of one batch on several threads.
 */
final class JobIndexing {

    private final FacetsConfig facets;
    private final Set<String> registered = ConcurrentHashMap.newKeySet();

    /**
     * The encoded facet path of each value seen, per dimension: tags, places, organizations and
     * skills repeat from job to job, and labelling and encoding every one of them again cost 3% of a
     * rebuild (JFR). A dimension's table starts afresh when full (free-text values such as titles).
     * The index copies the bytes, so documents can share them.
     */
    private final Map<String, Map<String, BytesRef>> paths = new ConcurrentHashMap<>();

    private static final int MAX_PATHS = 10_000;

    /** The words of the spelling dictionary, as the pairs are made of the query's words. */
    private static final Analyzer PLAIN = TextAnalysis.plain();

    /** The searched fields' analysis: they are analyzed as they are added, for {@link JobFields#WORDS}. */
    private static final Analyzer STEMMED = TextAnalysis.stemmedForIndexing();

    /** The words each indexing thread has seen, as the analyzer's components are per thread. */
    private static final ThreadLocal<SearchedText.Vocabulary> VOCABULARY =
            ThreadLocal.withInitial(SearchedText.Vocabulary::new);

    /** Words of one title or skill name paired at most: longer ones are no title. */
    private static final int MAX_PAIRED_WORDS = 16;

    /**
     * One term per value, its frequency scored as BM25 does; no positions, and no length: the
     * field holds the pairs of every skill name too, and with its length in the score a job's
     * other skills lowered the bonus of its title's pair, so jobs of one title never tied.
     */
    private static final FieldType PAIR_TYPE = pairType();

    private static FieldType pairType() {
        FieldType type = new FieldType();
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        type.setTokenized(false);
        type.setOmitNorms(true);
        type.freeze();
        return type;
    }

    JobIndexing(FacetsConfig facets) {
        this.facets = facets;
    }

    /** The facets configuration every index and search of this engine shares. */
    static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        for (Facet facet : Facet.values()) {
            configure(config, facet.apiName());
        }
        for (Facet facet : List.of(Facet.TAG, Facet.LOCATION, Facet.SKILL)) {
            config.setMultiValued(facet.apiName(), true);
        }
        configure(config, TITLE_DIM);
        return config;
    }

    /**
     * Each dimension in its own field, without drill-down terms: filters use the keyword fields,
     * and a dozen extra indexed terms per job would only slow indexing down.
     */
    private static void configure(FacetsConfig config, String dim) {
        config.setIndexFieldName(dim, facetField(dim));
        config.setDrillDownTermsIndexing(dim, FacetsConfig.DrillDownTermsIndexing.NONE);
    }

    Document toDocument(JobDocument job) throws IOException {
        Document doc = new Document();
        doc.add(new StringField(ID, idBytes(job.id()), Field.Store.NO));
        doc.add(new SortedDocValuesField(ID, idBytes(job.id())));
        doc.add(new SortedDocValuesField(TITLE_KEY, titleKey(job.title())));
        doc.add(new StringField(ORG_ID, job.orgId().toString(), Field.Store.NO));
        doc.add(new StoredField(STORED, StoredJob.encode(job)));
        addText(doc, job);
        addKeywords(doc, job);
        addNumbers(doc, job);
        addFacets(doc, job);
        return doc;
    }

    private static void addText(Document doc, JobDocument job) throws IOException {
        SearchedText text = new SearchedText(STEMMED, VOCABULARY.get()).add(TITLE, job.title());
        doc.add(new TextField(SPELL, job.title(), Field.Store.NO));
        addPairs(doc, job.title());
        for (String tag : job.tags()) {
            text.add(TAGS, tag);
        }
        for (String skill : job.skillText()) {
            text.add(SKILL_TEXT, skill);
        }
        for (SkillMention mention : job.skills()) {
            text.add(SKILL_TEXT, mention.skill());
            doc.add(new TextField(SPELL, mention.skill(), Field.Store.NO));
            addPairs(doc, mention.skill());
        }
        text.add(BODY, job.roleDefinition());
        for (String responsibility : job.responsibilities()) {
            text.add(BODY, responsibility);
        }
        for (String competency : job.competencies()) {
            text.add(BODY, competency);
        }
        text.add(
                PLACE,
                Stream.of(job.city(), countryName(job.country()))
                        .filter(value -> value != null && !value.isBlank())
                        .collect(Collectors.joining(" ")));
        text.add(
                CONDITIONS,
                Stream.of(employmentWords(job.employmentType()), workplaceWords(job.workplace()))
                        .filter(value -> !value.isEmpty())
                        .collect(Collectors.joining(" ")));
        text.addTo(doc);
    }

    /** The {@link JobFields#PAIRS} of one title or skill name: never across two of them. */
    private static void addPairs(Document doc, String text) throws IOException {
        List<String> words = new ArrayList<>();
        try (TokenStream stream = PLAIN.tokenStream(SPELL, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken() && words.size() < MAX_PAIRED_WORDS) {
                words.add(term.toString());
            }
            stream.end();
        }
        for (int i = 0; i + 1 < words.size(); i++) {
            doc.add(new Field(PAIRS, pair(words.get(i), words.get(i + 1)), PAIR_TYPE));
            if (i + 2 < words.size()) {
                doc.add(new Field(PAIRS, pairApart(words.get(i), words.get(i + 2)), PAIR_TYPE));
            }
        }
    }

    /** The English name of an ISO country code ("DE": "Germany"), or the value as given when it is no code. */
    static @Nullable String countryName(@Nullable String country) {
        if (country == null || country.isBlank()) {
            return null;
        }
        String code = country.strip();
        if (code.length() == 2) {
            String name = new Locale("", code.toUpperCase(Locale.ROOT)).getDisplayCountry(Locale.ENGLISH);
            // an unknown code comes back as itself: a two-letter "word" would match "in", "de", ...
            return name.equalsIgnoreCase(code) ? null : name;
        }
        return code;
    }

    /** The employment type as people write it: FULL_TIME as "full time", INTERN also as "internship". */
    static String employmentWords(@Nullable String employmentType) {
        if (employmentType == null) {
            return "";
        }
        String words = employmentType.strip().toLowerCase(Locale.ROOT).replace('_', ' ');
        return switch (words) {
            case "intern" -> "intern internship";
            case "contractor" -> "contractor contract";
            case "temporary" -> "temporary temp";
            default -> words;
        };
    }

    static String workplaceWords(@Nullable String workplace) {
        if (workplace == null) {
            return "";
        }
        String words = workplace.strip().toLowerCase(Locale.ROOT).replace('_', ' ');
        return words.equals("on site") ? "on site onsite" : words;
    }

    private static void addKeywords(Document doc, JobDocument job) {
        keyword(doc, STATUS_KW, job.status());
        job.tags().forEach(tag -> keyword(doc, TAG_KW, tag));
        job.skills().forEach(mention -> keyword(doc, SKILL_KW, mention.skill()));
        keyword(doc, WORKPLACE_KW, job.workplace());
        keyword(doc, LOCATION_KW, job.country());
        keyword(doc, LOCATION_KW, job.city());
        keyword(doc, EMPLOYMENT_KW, job.employmentType());
        keyword(doc, ORG_KW, job.orgSlug());
        keyword(doc, DEPARTMENT_KW, job.department());
    }

    private static void keyword(Document doc, String field, @Nullable String value) {
        String key = JobFields.keyword(value);
        if (!key.isEmpty()) {
            doc.add(new StringField(field, key, Field.Store.NO));
        }
    }

    private static void addNumbers(Document doc, JobDocument job) {
        // A job with only one bound has a range of one point: it still overlaps a salary filter.
        Double min = job.salaryMinYearly() != null ? job.salaryMinYearly() : job.salaryMaxYearly();
        Double max = job.salaryMaxYearly() != null ? job.salaryMaxYearly() : job.salaryMinYearly();
        if (min != null && max != null) {
            doc.add(new DoublePoint(SALARY_MIN, min));
            doc.add(new DoublePoint(SALARY_MAX, max));
            doc.add(new DoubleDocValuesField(SORT_SALARY, max));
        }
        doc.add(new IntPoint(EXPERIENCE_MIN, job.experienceMin() == null ? Integer.MIN_VALUE : job.experienceMin()));
        if (job.publishedAt() != null) {
            doc.add(new LongPoint(PUBLISHED, job.publishedAt().toEpochMilli()));
        }
        long newest = (job.publishedAt() != null ? job.publishedAt() : job.updatedAt()).toEpochMilli();
        doc.add(new NumericDocValuesField(SORT_NEWEST, newest));
    }

    private void addFacets(Document doc, JobDocument job) {
        facet(doc, Facet.TAG, job.tags());
        facet(doc, Facet.REMOTE, job.workplace());
        facet(doc, Facet.EMPLOYMENT_TYPE, job.employmentType());
        facet(doc, Facet.LOCATION, job.country(), job.city());
        facet(doc, Facet.ORG, job.orgSlug());
        facet(doc, Facet.STATUS, job.status());
        facet(doc, Facet.DEPARTMENT, job.department());
        facet(doc, Facet.SKILL, job.skills().stream().map(SkillMention::skill).toList());
        if (job.experienceMin() != null) {
            facet(doc, Facet.EXPERIENCE, FacetBuckets.experience(job.experienceMin()));
        }
        Double salary = job.salaryMaxYearly() != null ? job.salaryMaxYearly() : job.salaryMinYearly();
        if (salary != null) {
            facet(doc, Facet.SALARY, FacetBuckets.salary(salary));
        }
        facetValues(doc, TITLE_DIM, List.of(job.title()));
        for (Map.Entry<String, List<String>> term : job.terms().entrySet()) {
            String dim = TERM_DIM_PREFIX + term.getKey();
            register(dim);
            facetValues(doc, dim, term.getValue());
        }
    }

    /**
     * Career graph dimensions are named by the documents, so each is configured on first sight;
     * under a lock, since documents are built on several threads and a half-configured dimension
     * would land in the wrong field.
     */
    private void register(String dim) {
        if (registered.contains(dim)) {
            return;
        }
        synchronized (registered) {
            if (!registered.contains(dim)) {
                configure(facets, dim);
                facets.setMultiValued(dim, true);
                registered.add(dim);
            }
        }
    }

    private void facet(Document doc, Facet facet, @Nullable String... values) {
        facetValues(doc, facet.apiName(), java.util.Arrays.asList(values));
    }

    private void facet(Document doc, Facet facet, List<String> values) {
        facetValues(doc, facet.apiName(), values);
    }

    /**
     * The doc values FacetsConfig#build would make of a SortedSetDocValuesFacetField: the path of
     * dimension and label in the dimension's field (drill-down terms are off). Adding them directly
     * spares the copy of the whole document that build makes, and it built each path twice: 6% of a
     * rebuild (JFR). A label holds no control character, so no delimiter.
     */
    private void facetValues(Document doc, String dim, List<@Nullable String> values) {
        String field = facetField(dim);
        Map<String, BytesRef> paths = this.paths.computeIfAbsent(dim, key -> new ConcurrentHashMap<>());
        List<BytesRef> added = new ArrayList<>(values.size());
        for (String value : values) {
            if (value == null) {
                continue;
            }
            BytesRef path = paths.get(value);
            if (path == null) {
                path = path(dim, value);
                if (paths.size() >= MAX_PATHS) {
                    paths.clear();
                }
                paths.put(value, path);
            }
            if (path.length > 0 && !added.contains(path)) {
                added.add(path);
                doc.add(new SortedSetDocValuesField(field, path));
            }
        }
    }

    /** The encoded path of a value's label in a dimension; empty for a value with no label. */
    private static BytesRef path(String dim, String value) {
        String label = FacetBuckets.label(value);
        return label.isEmpty() ? new BytesRef() : new BytesRef(FacetsConfig.pathToString(dim, label));
    }
}
