package org.hireloop.search.career;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hireloop.jobs.JobDescription;
import org.hireloop.jobs.JobDescription.CareerEntry;
import org.hireloop.jobs.JobDescription.CareerRole;
import org.hireloop.search.JobDocument;
import org.hireloop.search.SkillMention;
import org.jspecify.annotations.Nullable;

/**
 * What one job description adds to the career graph, as {@link JobDocument#terms} dimensions.
 * The index counts each value over the published jobs, and {@link CareerGraph} reads the counts
 * back: a value counts once per description, so every count is a number of descriptions.
 *
 * <ul>
 *   <li>{@value #ROLE}: the job's own roles, its title normalized ("Staff Engineer / Principal
 *       Engineer" is two)
 *   <li>{@value #ALIAS}: "title␟abbreviation" for every abbreviation the description gives a role
 *       (in its title, its role definition or its career paths)
 *   <li>{@value #EDGE}: "from␟to␟kind", kind {@code entry} (an entry point leads to the job's role),
 *       {@code advance} (the role leads to an advancement) or {@code lateral} (both ways); one value
 *       per pair of roles even when the description names it twice
 *   <li>{@value #ROLE_SKILL}: "role␟skill" for each canonical skill the job requires
 *   <li>{@value #ROLE_SALARY}: "role␟bucket", the yearly base salary midpoint rounded down to
 *       {@value #SALARY_BUCKET}
 * </ul>
 *
 * (␟ is U+241F, the symbol for the unit separator, which {@link RoleName#normalize} removes from
 * titles and skills so that none contains it. Not the unit separator U+001F itself: the index
 * keeps no control character in a facet label, and Lucene's facets reserve U+001F as their own
 * path delimiter; values joined by it reached the index run together and the graph lost every
 * edge, alias, skill and salary.)
 */
public final class CareerTerms {

    public static final String ROLE = "career.role";
    public static final String ALIAS = "career.alias";
    public static final String EDGE = "career.edge";
    public static final String ROLE_SKILL = "career.role_skill";
    public static final String ROLE_SALARY = "career.role_salary";
    public static final Set<String> DIMENSIONS = Set.of(ROLE, ALIAS, EDGE, ROLE_SKILL, ROLE_SALARY);

    public static final String SEPARATOR = "\u241f";
    public static final int SALARY_BUCKET = 10_000;

    private CareerTerms() {}

    /**
     * The career dimensions of one job: its description, the canonical skills recognized in it and
     * its yearly salary midpoint in the base currency (null without a salary).
     */
    public static Map<String, List<String>> of(
            JobDescription description, List<SkillMention> skills, @Nullable Double salaryMidYearly) {
        List<Role> own = ownRoles(description);
        JobDescription.CareerProgression career = description.career();
        Progression paths = new Progression(
                roles(career.entryPoints()), roles(career.advancements()), roles(career.lateralMoves()));
        Map<String, List<String>> terms = new LinkedHashMap<>();
        put(terms, ROLE, own.stream().map(role -> role.name().title()).toList());
        put(terms, ALIAS, aliases(own, paths));
        put(terms, EDGE, edges(own, paths));
        put(terms, ROLE_SKILL, roleSkills(own, skills));
        put(terms, ROLE_SALARY, roleSalaries(own, salaryMidYearly));
        return Map.copyOf(terms);
    }

    /**
     * A role with its slug worked out once: edges compare the slugs of every pair of roles, and the
     * indexer makes the terms of every job.
     */
    private record Role(RoleName name, String slug) {

        Role(RoleName name) {
            this(name, name.slug());
        }
    }

    /** The roles of a description's career paths, each read once for all the dimensions. */
    private record Progression(List<Role> entryPoints, List<Role> advancements, List<Role> lateralMoves) {}

    static String join(String... parts) {
        return String.join(SEPARATOR, parts);
    }

    /** The roles the title names, with the abbreviation the role definition may give them ("... Staff (MTS)"). */
    private static List<Role> ownRoles(JobDescription description) {
        List<Role> roles = new ArrayList<>();
        for (RoleName role : RoleName.parse(description.title())) {
            String abbreviation = role.abbreviation();
            if (abbreviation == null && description.roleDefinition() != null) {
                abbreviation = abbreviationIn(description.roleDefinition(), role.title());
            }
            roles.add(new Role(new RoleName(role.title(), abbreviation)));
        }
        return roles;
    }

    private static @Nullable String abbreviationIn(String text, String title) {
        if (text.indexOf('(') < 0) {
            return null; // no abbreviation without parentheses: spares compiling a pattern per job
        }
        Matcher matcher = Pattern.compile(
                        Pattern.quote(title) + "\\s*\\(([^()]{1,20})\\)",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                .matcher(text);
        while (matcher.find()) {
            String candidate = RoleName.normalize(matcher.group(1));
            if (CareerRole.isAbbreviation(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static List<String> aliases(List<Role> own, Progression paths) {
        Set<String> aliases = new LinkedHashSet<>();
        List<Role> named = new ArrayList<>(own);
        named.addAll(paths.entryPoints());
        named.addAll(paths.advancements());
        named.addAll(paths.lateralMoves());
        for (Role role : named) {
            if (role.name().abbreviation() != null) {
                aliases.add(join(role.name().title(), role.name().abbreviation()));
            }
        }
        return List.copyOf(aliases);
    }

    private static List<String> edges(List<Role> own, Progression paths) {
        // one value per ordered pair of roles: when a description names a pair twice (as an entry
        // point and as a lateral move), the first kind below wins
        Map<String, String> edges = new LinkedHashMap<>();
        for (Role role : own) {
            for (Role next : paths.advancements()) {
                edge(edges, role, next, CareerGraph.Kind.ADVANCE);
            }
        }
        for (Role role : own) {
            for (Role previous : paths.entryPoints()) {
                edge(edges, previous, role, CareerGraph.Kind.ENTRY);
            }
            for (Role beside : paths.lateralMoves()) {
                edge(edges, role, beside, CareerGraph.Kind.LATERAL);
                edge(edges, beside, role, CareerGraph.Kind.LATERAL);
            }
        }
        return List.copyOf(edges.values());
    }

    private static void edge(Map<String, String> edges, Role from, Role to, CareerGraph.Kind kind) {
        if (!from.slug().equals(to.slug())) {
            edges.putIfAbsent(
                    from.slug() + SEPARATOR + to.slug(),
                    join(from.name().title(), to.name().title(), kind.apiValue()));
        }
    }

    private static List<String> roleSkills(List<Role> own, List<SkillMention> skills) {
        Map<String, String> distinct = new LinkedHashMap<>();
        for (SkillMention mention : skills) {
            String skill = RoleName.normalize(mention.skill());
            if (!skill.isEmpty()) {
                distinct.putIfAbsent(skill.toLowerCase(Locale.ROOT), skill);
            }
        }
        List<String> values = new ArrayList<>();
        for (Role role : own) {
            distinct.values().forEach(skill -> values.add(join(role.name().title(), skill)));
        }
        return values;
    }

    private static List<String> roleSalaries(List<Role> own, @Nullable Double salaryMidYearly) {
        if (salaryMidYearly == null || !Double.isFinite(salaryMidYearly) || salaryMidYearly <= 0) {
            return List.of();
        }
        long bucket = (long) Math.floor(salaryMidYearly / SALARY_BUCKET) * SALARY_BUCKET;
        return own.stream()
                .map(role -> join(role.name().title(), Long.toString(bucket)))
                .toList();
    }

    private static List<Role> roles(List<CareerEntry> entries) {
        List<Role> roles = new ArrayList<>();
        for (CareerEntry entry : entries) {
            for (CareerRole role : entry.alternatives()) {
                if (!RoleName.slugOf(role.title()).isEmpty()) {
                    roles.add(new Role(RoleName.of(role)));
                }
            }
        }
        return roles;
    }

    private static void put(Map<String, List<String>> terms, String dimension, List<String> values) {
        if (!values.isEmpty()) {
            terms.put(dimension, List.copyOf(values));
        }
    }
}
