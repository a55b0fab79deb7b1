/** The skills API: the public taxonomy and an organization's own aliases. */
@NullMarked
package org.hireloop.search.skills.web;

import org.jspecify.annotations.NullMarked;
