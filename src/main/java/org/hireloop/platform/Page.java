package org.hireloop.platform;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** One page of a list, and the cursor of the next page ({@code null} on the last page). */
public record Page<T>(List<T> data, @Nullable String nextCursor) {

    public Page {
        data = List.copyOf(data);
    }

    /**
     * Cuts the rows fetched with {@link PageRequest#fetchSize()} to the page and makes the next
     * cursor from the id of its last row when more rows followed.
     */
    public static <T> Page<T> of(List<T> fetched, PageRequest request, Function<T, UUID> idOf) {
        if (fetched.size() <= request.limit()) {
            return new Page<>(fetched, null);
        }
        List<T> page = fetched.subList(0, request.limit());
        return new Page<>(page, PageRequest.encode(idOf.apply(page.get(page.size() - 1))));
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(data.stream().map(mapper).toList(), nextCursor);
    }
}
