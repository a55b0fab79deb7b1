/** Jobs in PostgreSQL: SQL next to its row mapping. */
@NullMarked
package org.hireloop.jobs.persistence;

import org.jspecify.annotations.NullMarked;
