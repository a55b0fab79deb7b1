package org.hireloop.search.lucene;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hireloop.search.JobSearchEngine;
import org.hireloop.search.JobSearchRequest;
import org.hireloop.search.JobSearchRequest.Facet;
import org.hireloop.search.JobSearchRequest.Filters;
import org.hireloop.search.JobSearchResult;
import org.hireloop.search.JobSearchResult.FacetCount;
import org.hireloop.search.SearchScope;

/**
 * Searches the index the way the board does before a server takes traffic. A server that had
 * just opened an index of 1,000,000 jobs answered its first minute of searches at a p95 of 34 to
 * 82 ms and a p99 of 0.3 to 0.6 s, against 8 to 10 ms once warm (docs/performance.md): the JIT had
 * not compiled the search yet, the index's files were not in the page cache, and no filter was in
 * the query cache. In a rolling restart a replica serves that minute to real visitors.
 *
 * <p>The searches come from the index itself: the board's blank search with its facets, then its
 * most common skills and tags as words, with and without the most common workplace filter, and
 * the title of each skill's best job as a quoted phrase. They run round after round until the
 * rounds or the time allowed are used up.
 */
public final class SearchWarmUp {

    /** Rounds of the searches at most: enough for the JIT to compile what a search runs. */
    static final int ROUNDS = 25;

    private static final int TOP_VALUES = 6;
    private static final Set<Facet> FACETS =
            Set.of(Facet.TAG, Facet.REMOTE, Facet.EMPLOYMENT_TYPE, Facet.LOCATION, Facet.SALARY);

    private final JobSearchEngine engine;
    private final Clock clock;

    public SearchWarmUp(JobSearchEngine engine, Clock clock) {
        this.engine = engine;
        this.clock = clock;
    }

    /** What a warm-up did: searches run and rounds completed. */
    public record Result(int searches, int rounds) {}

    /** Runs the searches for at most {@code budget}; nothing when the index holds no published job. */
    public Result run(Duration budget) {
        if (budget.isZero() || budget.isNegative()) {
            return new Result(0, 0);
        }
        Instant deadline = clock.instant().plus(budget);
        List<JobSearchRequest> searches = searches();
        int done = 0;
        int rounds = 0;
        while (!searches.isEmpty() && rounds < ROUNDS) {
            for (JobSearchRequest search : searches) {
                if (!clock.instant().isBefore(deadline)) {
                    return new Result(done, rounds);
                }
                engine.search(search);
                done++;
            }
            rounds++;
        }
        return new Result(done, rounds);
    }

    /** The searches of a round, made of the index's most common values; empty for an index without published jobs. */
    List<JobSearchRequest> searches() {
        Set<Facet> facets = new LinkedHashSet<>(FACETS);
        facets.add(Facet.SKILL);
        JobSearchResult board = engine.search(request("", Filters.NONE, facets));
        if (board.total() == 0) {
            return List.of();
        }
        List<JobSearchRequest> searches = new ArrayList<>();
        searches.add(request("", Filters.NONE, FACETS));
        List<String> workplaces = top(board, Facet.REMOTE, 1);
        Filters workplace = workplaces.isEmpty() ? Filters.NONE : withWorkplaces(workplaces);
        for (String skill : top(board, Facet.SKILL, TOP_VALUES)) {
            String word = asWords(skill);
            searches.add(request(word, Filters.NONE, FACETS));
            searches.add(request(word, workplace, FACETS));
            JobSearchResult best = engine.search(request(word, Filters.NONE, Set.of()));
            if (!best.hits().isEmpty()) {
                searches.add(request(quoted(best.hits().get(0).title()), Filters.NONE, FACETS));
            }
        }
        for (String tag : top(board, Facet.TAG, TOP_VALUES)) {
            searches.add(request(asWords(tag), Filters.NONE, FACETS));
        }
        return List.copyOf(searches);
    }

    private static List<String> top(JobSearchResult result, Facet facet, int count) {
        return result.facets().getOrDefault(facet.apiName(), List.of()).stream()
                .limit(count)
                .map(FacetCount::value)
                .toList();
    }

    /** A value as the words of a query, or as one phrase when it holds characters the query syntax reads ("C++"). */
    private static String asWords(String value) {
        return value.matches("[\\p{L}\\p{N} ]+") ? value : quoted(value);
    }

    /** A value as one phrase. */
    private static String quoted(String value) {
        return "\"" + value.replace("\"", " ") + "\"";
    }

    private static Filters withWorkplaces(List<String> workplaces) {
        Filters none = Filters.NONE;
        return new Filters(
                none.tags(),
                none.salaryMinYearly(),
                none.salaryMaxYearly(),
                none.experienceMax(),
                workplaces,
                none.locations(),
                none.employmentTypes(),
                none.orgSlugs(),
                none.postedSince(),
                none.statuses(),
                none.departments(),
                none.skills());
    }

    private static JobSearchRequest request(String query, Filters filters, Set<Facet> facets) {
        return new JobSearchRequest(
                SearchScope.ALL_PUBLISHED,
                query,
                List.of(),
                filters,
                JobSearchRequest.Sort.RELEVANCE,
                20,
                null,
                facets,
                10);
    }
}
