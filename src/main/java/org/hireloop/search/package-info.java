/**
 * Search and discovery: job search (public boards and members' private search), suggestions,
 * similar jobs, the skills taxonomy and the career graph. The index sits behind {@link
 * JobSearchEngine}; the embedded Lucene engine is the default, kept in step with PostgreSQL.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Search")
package org.hireloop.search;

import org.jspecify.annotations.NullMarked;
