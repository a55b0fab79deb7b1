/** The jobs API: private jobs of an organization, imports, exports and the public board. */
@NullMarked
package org.hireloop.jobs.web;

import org.jspecify.annotations.NullMarked;
