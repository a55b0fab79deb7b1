/**
 * The API conventions, implemented once for every module: problems, trace ids, body limits,
 * idempotency keys and the OpenAPI document.
 */
@NullMarked
package org.hireloop.platform.web;

import org.jspecify.annotations.NullMarked;
