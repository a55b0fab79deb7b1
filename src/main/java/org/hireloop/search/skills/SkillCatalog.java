package org.hireloop.search.skills;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hireloop.search.Skill;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Every skill there is for everyone: the curated list, then the discovered skills. Finds them by
 * name, slug or alias, ranks them for a search, and learns new ones from job descriptions.
 */
@Component
class SkillCatalog {

    /** Longer "skill names" are sentences, not skills. */
    static final int MAX_NAME_LENGTH = 100;

    private static final int MAX_NAME_WORDS = 8;

    private final CuratedSkills curated;
    private final DiscoveredSkills discovered;

    SkillCatalog(DiscoveredSkills discovered) {
        this.curated = CuratedSkills.load();
        this.discovered = discovered;
    }

    CuratedSkills curated() {
        return curated;
    }

    /** The curated skill with this name, slug or alias, else the discovered one with this name or slug. */
    @Nullable
    Skill find(String nameOrAlias) {
        Skill skill = curated.find(nameOrAlias);
        return skill != null ? skill : discovered.find(nameOrAlias);
    }

    /** Counts the names the curated list does not know as discovered skills. */
    void learn(Collection<String> competencyNames) {
        TreeMap<String, Map.Entry<String, Integer>> bySlug = new TreeMap<>();
        for (String written : competencyNames) {
            String name = written == null ? "" : AliasIndex.singleSpaced(written);
            if (name.isEmpty() || name.length() > MAX_NAME_LENGTH || name.split(" ").length > MAX_NAME_WORDS) {
                continue;
            }
            String slug = SkillSlug.of(name);
            if (slug.isEmpty() || curated.find(name) != null || curated.find(slug) != null) {
                continue;
            }
            bySlug.merge(slug, Map.entry(name, 1), (first, next) -> Map.entry(first.getKey(), first.getValue() + 1));
        }
        discovered.record(bySlug);
    }

    /**
     * Skills whose name or an alias (the organization's own too) starts with or contains the text:
     * curated skills before discovered ones; within each, exact names first, then names starting
     * with it, aliases starting with it, names with a word starting with it, then names and aliases
     * containing it; shorter names first, then the most named discovered first. Every skill when
     * the text is blank.
     */
    List<Skill> search(String text, Map<String, Skill> ownAliases, int limit) {
        String query = AliasIndex.key(text);
        List<Ranked> found = new ArrayList<>();
        int order = 0;
        for (Skill skill : curated.skills()) {
            add(found, skill, query, 0, order++);
        }
        for (DiscoveredSkills.Known known : discovered.ranked()) {
            add(found, known.skill(), query, 1, order++);
        }
        ownAliases.forEach((alias, skill) -> {
            if (!query.isEmpty() && alias.contains(query)) {
                found.add(new Ranked(skill, alias.equals(query) ? 0 : alias.startsWith(query) ? 2 : 5, 0, -1));
            }
        });
        Comparator<Ranked> best = Comparator.comparingInt(Ranked::source)
                .thenComparingInt(Ranked::rank)
                .thenComparingInt(
                        ranked -> query.isEmpty() ? 0 : ranked.skill().name().length())
                .thenComparingInt(Ranked::order);
        return found.stream()
                .sorted(best)
                .map(Ranked::skill)
                .distinct()
                .limit(limit)
                .toList();
    }

    private record Ranked(Skill skill, int rank, int source, int order) {}

    private static void add(List<Ranked> found, Skill skill, String query, int source, int order) {
        int rank = rank(skill, query);
        if (rank >= 0) {
            found.add(new Ranked(skill, rank, source, order));
        }
    }

    /** 0 exact, 1 name prefix, 2 alias prefix, 3 word prefix of the name, 4 name contains, 5 alias contains; -1 none. */
    private static int rank(Skill skill, String query) {
        if (query.isEmpty()) {
            return 0;
        }
        String name = AliasIndex.lower(skill.name());
        if (name.equals(query) || skill.slug().equals(query)) {
            return 0;
        }
        int best = name.startsWith(query) ? 1 : name.contains(" " + query) ? 3 : name.contains(query) ? 4 : -1;
        for (String written : skill.aliases()) {
            String alias = AliasIndex.lower(written);
            int rank = alias.equals(query) ? 0 : alias.startsWith(query) ? 2 : alias.contains(query) ? 5 : -1;
            if (rank >= 0 && (best < 0 || rank < best)) {
                best = rank;
            }
        }
        return best;
    }
}
