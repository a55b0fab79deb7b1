package org.hireloop.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.hireloop.search.JobSearchResult.FacetCount;

/**
 * Counts every value of a dimension over the documents a {@link FacetsCollector} recorded (suggestion
 * lists, aggregations); searches count their facets with {@link FacetCounter}.
 */
final class FacetCounting {

    private FacetCounting() {}

    /** Every value of a dimension with its count, for aggregations and suggestion lists. */
    static List<FacetCount> all(JobSearcher searcher, FacetsCollector hits, String dim) throws IOException {
        Optional<FacetField> field = searcher.facetField(dim);
        if (field.isEmpty()) {
            return List.of();
        }
        return values(new SortedSetDocValuesFacetCounts(field.get().state(), hits).getAllChildren(dim));
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
