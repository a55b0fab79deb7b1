package org.hireloop.search.skills;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An organization's own name for a skill ("Postgre SQL" for PostgreSQL), recognized in that
 * organization's queries only.
 *
 * @param skillName the canonical name of the skill, or its slug when the skill is no longer known
 * @param createdBy the member who added it; null for an organization's API token
 */
public record SkillAlias(
        UUID id,
        String alias,
        String skillSlug,
        String skillName,
        Instant createdAt,
        @Nullable UUID createdBy) {}
