package org.hireloop.search.career;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.hireloop.search.career.CareerGraph.Edge;
import org.hireloop.search.career.CareerGraph.Kind;
import org.hireloop.search.career.CareerGraph.RequiredSkill;
import org.hireloop.search.career.CareerGraph.Role;

/**
 * Reads the counts of the {@link CareerTerms} dimensions back into a {@link CareerGraph}. Values it
 * cannot read (from another version of the terms) are skipped, never fatal: the graph is advice.
 */
final class CareerGraphBuilder {

    private final Map<String, Map<String, Long>> counts;
    /** Per role slug: its spellings as the jobs' titles write them, with their number of jobs. */
    private final Map<String, Map<String, Long>> titles = new HashMap<>();
    /** Per role slug: its spellings in career paths and abbreviations, for roles no job carries. */
    private final Map<String, Map<String, Long>> mentions = new HashMap<>();
    /** Per abbreviation slug: the roles it abbreviates and how often, and its spellings. */
    private final Map<String, Map<String, Long>> abbreviated = new HashMap<>();

    private final Map<String, Map<String, Long>> abbreviations = new HashMap<>();
    /** Per edge "from␟to" of slugs: support per kind. */
    private final Map<String, Map<Kind, Long>> edges = new TreeMap<>();
    /** Per role slug, per skill key: the spellings of the skill and their counts. */
    private final Map<String, Map<String, Map<String, Long>>> skills = new HashMap<>();

    private final Map<String, TreeMap<Long, Long>> salaries = new HashMap<>();

    CareerGraphBuilder(Map<String, Map<String, Long>> counts) {
        this.counts = counts;
    }

    CareerGraph build() {
        read(CareerTerms.ROLE, 1, (parts, count) -> tally(titles, parts[0], count));
        read(CareerTerms.ALIAS, 2, this::alias);
        read(CareerTerms.EDGE, 3, this::edge);
        read(CareerTerms.ROLE_SKILL, 2, this::skill);
        read(CareerTerms.ROLE_SALARY, 2, this::salary);
        Map<String, Role> roles = roles();
        return new CareerGraph(roles, aliasTargets(), outgoing(roles), requiredSkills(roles), medians(roles));
    }

    private interface Reader {
        void read(String[] parts, long count);
    }

    private void read(String dimension, int arity, Reader reader) {
        counts.getOrDefault(dimension, Map.of()).forEach((value, count) -> {
            String[] parts = value.split(CareerTerms.SEPARATOR, -1);
            if (parts.length == arity
                    && count != null
                    && count > 0
                    && !RoleName.slugOf(parts[0]).isEmpty()) {
                reader.read(parts, count);
            }
        });
    }

    private void alias(String[] parts, long count) {
        String role = tally(mentions, parts[0], count);
        String abbreviation = RoleName.slugOf(parts[1]);
        if (!abbreviation.isEmpty()) {
            abbreviated.computeIfAbsent(abbreviation, k -> new HashMap<>()).merge(role, count, Long::sum);
            abbreviations
                    .computeIfAbsent(abbreviation, k -> new HashMap<>())
                    .merge(RoleName.normalize(parts[1]), count, Long::sum);
        }
    }

    private void edge(String[] parts, long count) {
        var kind = Kind.parse(parts[2]);
        if (kind.isEmpty() || RoleName.slugOf(parts[1]).isEmpty()) {
            return;
        }
        String from = tally(mentions, parts[0], count);
        String to = tally(mentions, parts[1], count);
        if (!from.equals(to)) {
            edges.computeIfAbsent(from + CareerTerms.SEPARATOR + to, k -> new EnumMap<>(Kind.class))
                    .merge(kind.get(), count, Long::sum);
        }
    }

    private void skill(String[] parts, long count) {
        String skill = RoleName.normalize(parts[1]);
        if (!skill.isEmpty()) {
            skills.computeIfAbsent(RoleName.slugOf(parts[0]), k -> new HashMap<>())
                    .computeIfAbsent(CareerGraph.skillKey(skill), k -> new HashMap<>())
                    .merge(skill, count, Long::sum);
        }
    }

    private void salary(String[] parts, long count) {
        try {
            long bucket = Long.parseLong(parts[1].strip());
            if (bucket >= 0) {
                salaries.computeIfAbsent(RoleName.slugOf(parts[0]), k -> new TreeMap<>())
                        .merge(bucket, count, Long::sum);
            }
        } catch (NumberFormatException e) {
            // a value of another version of the terms: not part of this graph
        }
    }

    private Map<String, Role> roles() {
        Map<String, List<String>> aliasesOf = new HashMap<>();
        aliasTargets()
                .forEach((abbreviation, role) -> aliasesOf
                        .computeIfAbsent(role, k -> new ArrayList<>())
                        .add(mostCommon(abbreviations.get(abbreviation))));
        Map<String, Role> roles = new HashMap<>();
        for (String slug : union(titles, mentions)) {
            Map<String, Long> own = titles.getOrDefault(slug, Map.of());
            String name = mostCommon(own.isEmpty() ? mentions.get(slug) : own);
            long jobs = own.values().stream().mapToLong(Long::longValue).sum();
            List<String> aliases =
                    aliasesOf.getOrDefault(slug, List.of()).stream().sorted().toList();
            roles.put(slug, new Role(slug, name, aliases, jobs));
        }
        return roles;
    }

    /** Each abbreviation names the role it most often abbreviates, unless it is a role's own slug. */
    private Map<String, String> aliasTargets() {
        Map<String, String> targets = new HashMap<>();
        abbreviated.forEach((abbreviation, roles) -> {
            if (!titles.containsKey(abbreviation) && !mentions.containsKey(abbreviation)) {
                targets.put(abbreviation, mostCommon(roles));
            }
        });
        return targets;
    }

    private Map<String, List<Edge>> outgoing(Map<String, Role> roles) {
        Map<String, List<Edge>> outgoing = new HashMap<>();
        edges.forEach((key, support) -> {
            String[] slugs = key.split(CareerTerms.SEPARATOR, -1);
            long weight = support.values().stream().mapToLong(Long::longValue).sum();
            Edge edge =
                    new Edge(roles.get(slugs[0]), roles.get(slugs[1]), weight, CareerGraph.dominant(support), support);
            outgoing.computeIfAbsent(slugs[0], k -> new ArrayList<>()).add(edge);
        });
        outgoing.replaceAll((slug, list) -> list.stream()
                .sorted(Comparator.comparingLong(Edge::weight)
                        .reversed()
                        .thenComparing(edge -> edge.kind().ordinal())
                        .thenComparing(edge -> edge.to().name())
                        .thenComparing(edge -> edge.to().slug()))
                .toList());
        return outgoing;
    }

    private Map<String, List<RequiredSkill>> requiredSkills(Map<String, Role> roles) {
        Map<String, List<RequiredSkill>> required = new HashMap<>();
        skills.forEach((slug, bySkill) -> {
            Role role = roles.get(slug);
            if (role == null || role.jobs() == 0) {
                return;
            }
            List<RequiredSkill> list = new ArrayList<>();
            bySkill.values().forEach(spellings -> {
                long jobs = Math.min(
                        role.jobs(),
                        spellings.values().stream().mapToLong(Long::longValue).sum());
                list.add(
                        new RequiredSkill(mostCommon(spellings), jobs, CareerGraph.round((double) jobs / role.jobs())));
            });
            list.sort(Comparator.comparingLong(RequiredSkill::jobs)
                    .reversed()
                    .thenComparing(RequiredSkill::skill, String.CASE_INSENSITIVE_ORDER));
            required.put(slug, List.copyOf(list));
        });
        return required;
    }

    /** The median of the jobs' salary buckets, as the centre of its bucket (the mean of two middle ones). */
    private Map<String, Long> medians(Map<String, Role> roles) {
        Map<String, Long> medians = new HashMap<>();
        salaries.forEach((slug, buckets) -> {
            if (!roles.containsKey(slug)) {
                return;
            }
            long total = buckets.values().stream().mapToLong(Long::longValue).sum();
            long lower = nth(buckets, (total - 1) / 2);
            long upper = nth(buckets, total / 2);
            medians.put(slug, (lower + upper) / 2 + CareerTerms.SALARY_BUCKET / 2);
        });
        return medians;
    }

    private static long nth(TreeMap<Long, Long> buckets, long index) {
        long seen = 0;
        for (var bucket : buckets.entrySet()) {
            seen += bucket.getValue();
            if (index < seen) {
                return bucket.getKey();
            }
        }
        return buckets.lastKey();
    }

    /** Adds a spelling of a role to a tally and returns the role's slug. */
    private static String tally(Map<String, Map<String, Long>> tally, String title, long count) {
        String spelling = RoleName.normalize(title);
        String slug = RoleName.slugOf(spelling);
        tally.computeIfAbsent(slug, k -> new HashMap<>()).merge(spelling, count, Long::sum);
        return slug;
    }

    /** The most common key; ties go to the first in alphabetical order, so every replica agrees. */
    private static String mostCommon(Map<String, Long> tally) {
        return tally.entrySet().stream()
                .max(Comparator.<Map.Entry<String, Long>>comparingLong(Map.Entry::getValue)
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .orElseThrow()
                .getKey();
    }

    private static Set<String> union(Map<String, ?> a, Map<String, ?> b) {
        Set<String> keys = new TreeSet<>(a.keySet());
        keys.addAll(b.keySet());
        return keys;
    }
}
