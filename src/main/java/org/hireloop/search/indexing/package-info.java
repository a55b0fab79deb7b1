@NullMarked
package org.hireloop.search.indexing;

import org.jspecify.annotations.NullMarked;
