package org.hireloop.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.hireloop.search.JobSearchRequest.Facet;
import org.hireloop.search.JobSearchResult.FacetCount;

/** Counts facet values over the documents a search collected, from the searcher's ordinal maps. */
final class FacetCounting {

    private FacetCounting() {}

    /** The top values of each facet by count (ties by value), every requested facet present. */
    static Map<String, List<FacetCount>> top(
            JobSearcher searcher, FacetsCollector hits, Iterable<Facet> facets, int limit) throws IOException {
        Map<String, List<FacetCount>> counts = new LinkedHashMap<>();
        for (Facet facet : facets) {
            counts.put(facet.apiName(), top(searcher, hits, facet.apiName(), limit));
        }
        return counts;
    }

    static List<FacetCount> top(JobSearcher searcher, FacetsCollector hits, String dim, int limit) throws IOException {
        Optional<SortedSetDocValuesReaderState> state = searcher.facetState(dim);
        if (state.isEmpty()) {
            return List.of();
        }
        FacetResult result = new SortedSetDocValuesFacetCounts(state.get(), hits).getTopChildren(limit, dim);
        return values(result);
    }

    /** Every value of a dimension with its count, for aggregations and suggestion lists. */
    static List<FacetCount> all(JobSearcher searcher, FacetsCollector hits, String dim) throws IOException {
        Optional<SortedSetDocValuesReaderState> state = searcher.facetState(dim);
        if (state.isEmpty()) {
            return List.of();
        }
        return values(new SortedSetDocValuesFacetCounts(state.get(), hits).getAllChildren(dim));
    }

    private static List<FacetCount> values(FacetResult result) {
        if (result == null) {
            return List.of();
        }
        List<FacetCount> values = new ArrayList<>(result.labelValues.length);
        for (LabelAndValue value : result.labelValues) {
            if (value.value.longValue() > 0) {
                values.add(new FacetCount(value.label, value.value.longValue()));
            }
        }
        return values;
    }
}
