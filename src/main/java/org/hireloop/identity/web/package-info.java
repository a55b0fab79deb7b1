/** The identity API: the caller's organization and its API tokens. */
@NullMarked
package org.hireloop.identity.web;

import org.jspecify.annotations.NullMarked;
