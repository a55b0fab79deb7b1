package org.hireloop.search;

import java.util.List;

/**
 * A canonical skill of the taxonomy: its name ("PostgreSQL"), a slug ("postgresql"), a category
 * ("Databases"), the other names it goes by ("Postgres", "psql"), and where it comes from:
 * {@code curated} (the list shipped with Hireloop) or {@code discovered} (named by imported job
 * descriptions).
 */
public record Skill(String name, String slug, String category, List<String> aliases, String source) {

    public Skill {
        aliases = List.copyOf(aliases);
    }
}
