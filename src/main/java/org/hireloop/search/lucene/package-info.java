/**
 * The embedded Apache Lucene implementation of {@link org.hireloop.search.JobSearchEngine}: one
 * index directory, one writer, searchers refreshed on commit. Everything but the engine itself is
 * package-private, so the rest of the search module only sees the contract.
 */
@NullMarked
package org.hireloop.search.lucene;

import org.jspecify.annotations.NullMarked;
