package org.hireloop.search;

import org.jspecify.annotations.Nullable;

/**
 * A skill the taxonomy recognized in a query, and the words of the query that named it.
 *
 * @param name the canonical name (the value jobs hold)
 * @param named the name or alias as the query has it ("k8s" for Kubernetes), so the engine can
 *     search the skill as a synonym of exactly those words; null when the engine cannot tell
 *     which words named it, and counts the skill as a word of its own
 */
public record QuerySkill(String name, @Nullable String named) {

    /** A skill the query named by its canonical name. */
    public static QuerySkill typed(String name) {
        return new QuerySkill(name, name);
    }
}
