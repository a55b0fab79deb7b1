@NullMarked
package org.hireloop.search.internal;

import org.jspecify.annotations.NullMarked;
