/**
 * The shared kernel every module builds on: tenancy, ids, the clock, errors as problems,
 * pagination, idempotency, entity tags and the web conventions of the API.
 */
@NullMarked
package org.hireloop.platform;

import org.jspecify.annotations.NullMarked;
