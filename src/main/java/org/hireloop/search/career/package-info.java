/**
 * The career graph: roles as nodes and the moves job descriptions name (entry points,
 * advancements, lateral moves) as weighted edges. It is derived from the search index's term
 * counts ({@link CareerTerms} writes them, {@link CareerGraph} reads them back), so every replica
 * computes the same graph without tables of its own.
 */
@NullMarked
package org.hireloop.search.career;

import org.jspecify.annotations.NullMarked;
