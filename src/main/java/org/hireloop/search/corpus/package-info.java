/**
 * A synthetic corpus of organizations and job descriptions in the text format, deterministic for
 * a seed, with the ground truth of every job, so tests and benchmarks can load realistic data at
 * any size and judge search quality without reading the texts back; plus the judged query set and
 * its metrics (nDCG@10, recall@50).
 */
@NullMarked
package org.hireloop.search.corpus;

import org.jspecify.annotations.NullMarked;
