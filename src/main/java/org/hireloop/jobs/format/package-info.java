/**
 * The job description text format: a lenient, linear-time parser for the files people paste in,
 * and renderers back to that text, to Markdown and to HTML, so one structured
 * {@link org.hireloop.jobs.JobDescription} can travel in and out of the platform.
 */
@NullMarked
package org.hireloop.jobs.format;

import org.jspecify.annotations.NullMarked;
