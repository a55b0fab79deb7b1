/**
 * The one PostgreSQL connection pool, to an external server or to the embedded one, so that
 * running Hireloop needs nothing installed but a JDK.
 */
@NullMarked
package org.hireloop.platform.database;

import org.jspecify.annotations.NullMarked;
