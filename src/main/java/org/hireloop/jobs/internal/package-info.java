/** Jobs inside: settings, sample data and the operators' import command. */
@NullMarked
package org.hireloop.jobs.internal;

import org.jspecify.annotations.NullMarked;
