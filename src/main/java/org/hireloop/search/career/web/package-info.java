/** The public, anonymous career graph API: roles, next steps, paths, skills gaps and moves. */
@NullMarked
package org.hireloop.search.career.web;

import org.jspecify.annotations.NullMarked;
