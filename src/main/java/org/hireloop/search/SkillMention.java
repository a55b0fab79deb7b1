package org.hireloop.search;

import org.jspecify.annotations.Nullable;

/**
 * An atomic skill of the taxonomy recognized in a job description ("Kubernetes"), with the
 * competency it came from ("Containerization & Orchestration"), or null when it came from a
 * responsibility or the role definition.
 */
public record SkillMention(String skill, @Nullable String competency) {}
