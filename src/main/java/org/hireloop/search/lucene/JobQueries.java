package org.hireloop.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.util.BytesRef;
import org.hireloop.search.JobDocument;
import org.hireloop.search.JobSearchRequest;
import org.hireloop.search.JobSearchResult;
import org.hireloop.search.JobSearchResult.FacetCount;
import org.hireloop.search.JobSearchResult.JobHit;
import org.hireloop.search.QuerySkill;
import org.hireloop.search.SearchScope;
import org.hireloop.search.SkillMention;
import org.jspecify.annotations.Nullable;

/** Runs searches, similar-job lookups and finds on one searcher. */
final class JobQueries {

    /** Hits a top-docs collector counts exactly before it may skip; the total comes from the summary. */
    private static final int TOTAL_THRESHOLD = 1000;

    private static final int SIMILAR_TERMS = 25;

    private final Analyzer analyzer;
    private final Snippets snippets;
    private final Spelling spelling = new Spelling();

    private final boolean summaryCache;
    private final int exactCount;
    private final int sampleDocs;

    /**
     * @param exactCount matches a search counts exactly; a search matching more estimates its
     *     total and facets from a sample of about {@code sampleDocs} documents of the index
     */
    JobQueries(Analyzer analyzer, boolean summaryCache, int exactCount, int sampleDocs) {
        this.analyzer = analyzer;
        this.summaryCache = summaryCache;
        this.exactCount = exactCount;
        this.sampleDocs = sampleDocs;
        this.snippets = new Snippets(analyzer);
    }

    /**
     * Typos are forgiven only when the words as typed match fewer jobs than this: most queries are
     * spelled right, and the fuzzy automata would cost them more than the rest of the search.
     */
    static final int TYPO_FALLBACK = 10;

    /** A search's page; after the position of the request's cursor ({@link SearchCursor#read}), when it has one. */
    JobSearchResult search(JobSearcher searcher, JobSearchRequest request, @Nullable FieldDoc after)
            throws IOException {
        QueryText text = QueryText.parse(request.query());
        TextQuery asTyped = TextQuery.build(text, request.querySkills(), analyzer, false);
        JobSearchResult exact = search(searcher, request, after, text, asTyped, false);
        if (exact.total() >= TYPO_FALLBACK || !TextQuery.forgivable(text)) {
            return exact;
        }
        // the same exclusions, whose sets of jobs the search as typed has built already
        TextQuery forgiving =
                TextQuery.build(text, request.querySkills(), analyzer, true).excluding(asTyped);
        JobSearchResult tolerant = search(searcher, request, after, text, forgiving, true);
        // a few exact matches beat no approximate ones; with none at all, the tolerant search's
        // answer carries the did-you-mean
        return tolerant.total() == 0 && exact.total() > 0 ? exact : tolerant;
    }

    private JobSearchResult search(
            JobSearcher searcher,
            JobSearchRequest request,
            @Nullable FieldDoc after,
            QueryText text,
            TextQuery textQuery,
            boolean typos)
            throws IOException {
        // rewritten once for the count, the sample and the page: each search would rewrite it
        // again, and a typo-tolerant word builds its Levenshtein automata at every rewrite
        // (half the time of a long misspelt query at 1,000,000 jobs)
        Query query = searcher.rewrite(compose(textQuery, request.scope(), request.filters()));
        // without words every match scores the same, and relevance order is index order
        boolean scored = textQuery.positive() != null;
        int limit = Math.max(1, Math.min(request.limit(), JobSearchRequest.MAX_LIMIT));
        int facetLimit = Math.max(1, Math.min(request.facetLimit(), JobSearchRequest.MAX_FACET_LIMIT));

        // The total and the facets do not depend on the page: the next pages of a search (and the
        // same search by others) reuse them, and their top-docs collector may skip what cannot
        // compete instead of counting every match.
        SummaryKey key = new SummaryKey(
                request.scope(), text, typos, request.querySkills(), request.filters(), request.facets(), facetLimit);
        Summary known = summaryCache ? searcher.recalled(key) : null;
        Counted counted;
        if (known != null) {
            counted = new Counted(page(searcher, query, scored, request.sort(), limit, after), known);
        } else {
            counted = count(searcher, query, scored, request.sort(), limit, after, request.facets(), facetLimit);
            if (summaryCache) {
                searcher.remember(key, counted.summary());
            }
        }
        TopFieldDocs top = counted.top();
        Summary summary = counted.summary();

        List<JobHit> hits = hits(searcher, top, limit, request.sort(), textQuery);
        String next = top.scoreDocs.length > limit
                ? SearchCursor.encode(request.sort(), (FieldDoc) top.scoreDocs[limit - 1], indexVersion(searcher))
                : null;
        String didYouMean = summary.total() == 0
                        && (typos || !TextQuery.forgivable(text))
                        && textQuery.positive() != null
                        && after == null
                ? didYouMean(searcher, text, request)
                : null;
        return new JobSearchResult(hits, summary.total(), summary.exact(), next, summary.facets(), didYouMean);
    }

    /** The version of the index state the searcher reads, which its cursors name (0 when it reads no directory). */
    static long indexVersion(IndexSearcher searcher) {
        return searcher.getIndexReader() instanceof DirectoryReader reader ? reader.getVersion() : 0;
    }

    /** What a search finds regardless of its page and order; kept per generation. */
    private record Summary(long total, boolean exact, Map<String, List<FacetCount>> facets) {}

    private record SummaryKey(
            SearchScope scope,
            QueryText query,
            boolean typos,
            List<QuerySkill> querySkills,
            JobSearchRequest.Filters filters,
            Set<JobSearchRequest.Facet> facets,
            int facetLimit) {}

    private record Counted(TopFieldDocs top, Summary summary) {}

    /**
     * The page without counting every match: the best by relevance skip what cannot compete
     * ({@link RelevanceTopDocs}); the other sorts read their doc values for every match.
     */
    private static TopFieldDocs page(
            JobSearcher searcher,
            Query query,
            boolean scored,
            JobSearchRequest.Sort sort,
            int limit,
            @Nullable FieldDoc after)
            throws IOException {
        if (sort == JobSearchRequest.Sort.RELEVANCE) {
            return searcher.search(query, new RelevanceTopDocs(limit + 1, after, scored));
        }
        return searcher.search(query, topDocs(SearchCursor.sort(sort), limit, after, TOTAL_THRESHOLD));
    }

    /** One page more than asked for: its presence says whether there is a next page. */
    private static TopFieldCollectorManager topDocs(Sort sort, int limit, @Nullable FieldDoc after, int threshold) {
        return new TopFieldCollectorManager(sort, limit + 1, after, threshold);
    }

    /**
     * The page with the total and the facets. On an index larger than the sample, a first pass
     * counts the matches and facet values in a sample of it ({@link IndexSample}, about one
     * document in ten at a million jobs); when they stand for more than {@code exactCount} matches,
     * the estimate is the answer (flagged as such). Otherwise, and on smaller indexes, everything
     * is counted exactly. Counting reads no scores; a relevance page then comes from a search that
     * skips what cannot reach it ({@link RelevanceTopDocs}), which measured faster than scoring
     * every match in the counting pass (at 100,000 jobs, 12 against 27 ms for "engineer"). The
     * cost of a broad search stops growing with the index: it is the sample's, not the matches'.
     */
    private Counted count(
            JobSearcher searcher,
            Query query,
            boolean scored,
            JobSearchRequest.Sort sort,
            int limit,
            @Nullable FieldDoc after,
            Set<JobSearchRequest.Facet> facets,
            int facetLimit)
            throws IOException {
        FacetCounter counter = new FacetCounter(searcher, facetDims(facets));
        int stride = IndexSample.strideFor(searcher.getIndexReader().maxDoc(), sampleDocs);
        if (stride > 1) {
            IndexSample sample = new IndexSample(stride);
            Query sampled = new BooleanQuery.Builder()
                    .add(query, Occur.MUST)
                    .add(sample, Occur.FILTER)
                    .build();
            FacetCounter.Counts counts = searcher.search(sampled, counter);
            double scale = sample.scale(searcher.getIndexReader().leaves());
            if (Math.round(counts.total() * scale) > exactCount) {
                return new Counted(
                        page(searcher, query, scored, sort, limit, after), summary(counts, scale, facetLimit));
            }
        }
        if (sort != JobSearchRequest.Sort.RELEVANCE) {
            return countEverything(searcher, query, SearchCursor.sort(sort), limit, after, facets, facetLimit);
        }
        FacetCounter.Counts counts = searcher.search(query, counter);
        return new Counted(page(searcher, query, scored, sort, limit, after), summary(counts, 1, facetLimit));
    }

    /** The total and top facet values of counted matches, each standing for {@code scale} matches (exact at 1). */
    private static Summary summary(FacetCounter.Counts counts, double scale, int facetLimit) throws IOException {
        return new Summary(Math.round(counts.total() * scale), scale == 1, counts.top(facetLimit, scale));
    }

    private static List<String> facetDims(Set<JobSearchRequest.Facet> facets) {
        return facets.stream().map(JobSearchRequest.Facet::apiName).toList();
    }

    /**
     * The page with the exact total and, when asked for, the facets, in one pass over the matches:
     * the facet values are counted from the doc values of each match as it is collected ({@link
     * FacetCounter}), each slice of the index on its own thread: for the sorts by newest and by
     * salary, which read every match's sort value anyway: a second pass would cost them what the
     * first does.
     */
    private static Counted countEverything(
            JobSearcher searcher,
            Query query,
            Sort sort,
            int limit,
            @Nullable FieldDoc after,
            Set<JobSearchRequest.Facet> facets,
            int facetLimit)
            throws IOException {
        TopFieldCollectorManager topDocs = topDocs(sort, limit, after, Integer.MAX_VALUE);
        if (facets.isEmpty()) {
            TopFieldDocs top = searcher.search(query, topDocs);
            return new Counted(top, new Summary(top.totalHits.value, true, Map.of()));
        }
        Object[] results = searcher.search(
                query, new MultiCollectorManager(topDocs, new FacetCounter(searcher, facetDims(facets))));
        FacetCounter.Counts counts = (FacetCounter.Counts) results[1];
        return new Counted((TopFieldDocs) results[0], summary(counts, 1, facetLimit));
    }

    private static Query compose(TextQuery text, SearchScope scope, JobSearchRequest.Filters filters) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        if (text.positive() != null) {
            query.add(text.positive(), Occur.MUST);
        }
        ScopeFilters.addTo(query, scope, filters);
        text.excluded().forEach(excluded -> query.add(excluded, Occur.MUST_NOT));
        return query.build();
    }

    private List<JobHit> hits(JobSearcher searcher, TopDocs top, int limit, JobSearchRequest.Sort sort, TextQuery text)
            throws IOException {
        StoredFields stored = searcher.storedFields();
        List<JobHit> hits = new ArrayList<>();
        Query highlight = text.positive() == null || top.scoreDocs.length == 0 ? null : text.highlight(searcher);
        for (int i = 0; i < Math.min(limit, top.scoreDocs.length); i++) {
            ScoreDoc doc = top.scoreDocs[i];
            float score = sort == JobSearchRequest.Sort.RELEVANCE ? (Float) ((FieldDoc) doc).fields[0] : 0f;
            JobDocument job = load(stored, doc.doc);
            hits.add(hit(job, snippets.of(job, highlight), score));
        }
        return hits;
    }

    /** A correction of the query, offered only when the corrected query finds jobs in the same scope and filters. */
    private @Nullable String didYouMean(JobSearcher searcher, QueryText text, JobSearchRequest request)
            throws IOException {
        String corrected = spelling.correct(text, searcher.getIndexReader());
        if (corrected == null) {
            return null;
        }
        TextQuery correctedQuery = TextQuery.build(QueryText.parse(corrected), request.querySkills(), analyzer);
        return searcher.count(compose(correctedQuery, request.scope(), request.filters())) > 0 ? corrected : null;
    }

    Optional<JobDocument> find(JobSearcher searcher, UUID jobId, SearchScope scope) throws IOException {
        Optional<Integer> doc = docOf(searcher, jobId, scope);
        return doc.isEmpty() ? Optional.empty() : Optional.of(load(searcher.storedFields(), doc.get()));
    }

    List<JobHit> similar(JobSearcher searcher, UUID jobId, SearchScope scope, int limit) throws IOException {
        Optional<JobDocument> source = find(searcher, jobId, scope);
        if (source.isEmpty()) {
            return List.of();
        }
        Query like = likeQuery(searcher, source.get());
        Query query = new BooleanQuery.Builder()
                .add(like, Occur.MUST)
                .add(ScopeFilters.scope(scope), Occur.FILTER)
                .add(new TermQuery(new Term(JobFields.ID, JobFields.idBytes(jobId))), Occur.MUST_NOT)
                .build();
        TopDocs top = searcher.search(query, Math.min(limit, JobSearchRequest.MAX_LIMIT));
        StoredFields stored = searcher.storedFields();
        List<JobHit> hits = new ArrayList<>();
        for (ScoreDoc doc : top.scoreDocs) {
            JobDocument job = load(stored, doc.doc);
            hits.add(hit(job, snippets.of(job, null), doc.score));
        }
        return hits;
    }

    /** The source job's most distinctive terms (tf-idf) of its title, skills, tags and responsibilities. */
    private Query likeQuery(JobSearcher searcher, JobDocument job) throws IOException {
        MoreLikeThis moreLikeThis = new MoreLikeThis(searcher.getIndexReader());
        moreLikeThis.setAnalyzer(analyzer);
        moreLikeThis.setFieldNames(
                new String[] {JobFields.TITLE, JobFields.SKILL_TEXT, JobFields.TAGS, JobFields.BODY});
        moreLikeThis.setMinTermFreq(1);
        moreLikeThis.setMinDocFreq(1);
        moreLikeThis.setMinWordLen(2);
        moreLikeThis.setMaxQueryTerms(SIMILAR_TERMS);
        moreLikeThis.setStopWords(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        moreLikeThis.setBoost(true);
        List<Object> skills = new ArrayList<>(job.skillText());
        job.skills().stream().map(SkillMention::skill).forEach(skills::add);
        Map<String, Collection<Object>> fields = new LinkedHashMap<>();
        fields.put(JobFields.TITLE, List.of(job.title()));
        fields.put(JobFields.SKILL_TEXT, skills);
        fields.put(JobFields.TAGS, List.copyOf(job.tags()));
        fields.put(JobFields.BODY, List.copyOf(job.responsibilities()));
        return moreLikeThis.like(fields);
    }

    private static Optional<Integer> docOf(JobSearcher searcher, UUID jobId, SearchScope scope) throws IOException {
        Query query = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(JobFields.ID, JobFields.idBytes(jobId))), Occur.FILTER)
                .add(ScopeFilters.scope(scope), Occur.FILTER)
                .build();
        TopDocs top = searcher.search(query, 1);
        return top.scoreDocs.length == 0 ? Optional.empty() : Optional.of(top.scoreDocs[0].doc);
    }

    private static JobDocument load(StoredFields stored, int doc) throws IOException {
        Document document = stored.document(doc, Set.of(JobFields.STORED));
        BytesRef bytes = document.getBinaryValue(JobFields.STORED);
        return StoredJob.decode(bytes.bytes, bytes.offset, bytes.length);
    }

    private static JobHit hit(JobDocument job, @Nullable String snippet, float score) {
        return new JobHit(
                job.id(),
                job.orgId(),
                job.orgSlug(),
                job.orgName(),
                job.title(),
                job.status(),
                job.tags(),
                job.salaryMin(),
                job.salaryMax(),
                job.salaryCurrency(),
                job.salaryPeriod(),
                job.workplace(),
                job.country(),
                job.city(),
                job.employmentType(),
                job.publishedAt(),
                snippet,
                score);
    }
}
