/**
 * The skills taxonomy: the curated list shipped in {@code search/skills.tsv}, the skills learned
 * from published jobs, and each organization's own aliases. Recognition tokenizes a text once and
 * walks a token trie for the longest alias at each token, so it costs the same with 400 skills as
 * with 40, and never runs one regular expression per skill.
 */
@NullMarked
package org.hireloop.search.skills;

import org.jspecify.annotations.NullMarked;
