/**
 * Job postings: the structured job description, its text format, import and export, and the
 * job board life cycle (draft, published, closed, archived).
 */
@NullMarked
package org.hireloop.jobs;

import org.jspecify.annotations.NullMarked;
