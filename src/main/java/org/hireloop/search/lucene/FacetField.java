package org.hireloop.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.jspecify.annotations.Nullable;

/**
 * One doc-values field of facet values in one index generation: its reader state, the ordinal map
 * over the generation's segments, and the labels of the global ordinals that searches have named.
 * Kept per generation ({@link JobSearcher#facetField}): the ordinal map and each label were read
 * through the field's doc values over every segment, and making those opened each segment's terms
 * dictionary, once for the map and once per dimension for the labels; some hundred dictionaries
 * per search at 1,000,000 jobs in 14 segments, against a dozen at 100,000 in two.
 */
final class FacetField {

    private final SortedSetDocValuesReaderState state;
    private final @Nullable OrdinalMap ordinalMap;
    /** Filled as searches name the ordinals; a label is computed at most a few times, never wrongly. */
    private final AtomicReferenceArray<String> labels;

    FacetField(SortedSetDocValuesReaderState state) throws IOException {
        this.state = state;
        SortedSetDocValues values = state.getDocValues();
        this.ordinalMap = values instanceof MultiDocValues.MultiSortedSetDocValues multi ? multi.mapping : null;
        this.labels = new AtomicReferenceArray<>(state.getSize());
    }

    SortedSetDocValuesReaderState state() {
        return state;
    }

    /** The map from each segment's ordinals to the generation's; null when it has one segment only. */
    @Nullable
    OrdinalMap ordinalMap() {
        return ordinalMap;
    }

    /** The field's distinct values in the generation. */
    int size() {
        return state.getSize();
    }

    /** The values of the global ordinals, each the last component of its facet path. */
    List<String> labels(List<Integer> ords) throws IOException {
        List<String> named = new ArrayList<>(ords.size());
        SortedSetDocValues values = null;
        for (int ord : ords) {
            String label = labels.get(ord);
            if (label == null) {
                if (values == null) {
                    values = state.getDocValues();
                }
                String[] path = FacetsConfig.stringToPath(values.lookupOrd(ord).utf8ToString());
                label = path[path.length - 1];
                labels.set(ord, label);
            }
            named.add(label);
        }
        return named;
    }
}
