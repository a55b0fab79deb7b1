package org.hireloop.search.career;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * An immutable snapshot of the career graph, built from the counts the index keeps of the {@link
 * CareerTerms} dimensions over the published jobs. Roles are identified by their slug; every weight
 * is a number of job descriptions.
 */
public final class CareerGraph {

    /** Why an edge exists; in this order when two kinds have the same support. */
    public enum Kind {
        /** The source's description lists the target as an advancement. */
        ADVANCE,
        /** One of the two descriptions lists the other as a lateral move (edges go both ways). */
        LATERAL,
        /** The target's description lists the source as an entry point. */
        ENTRY;

        public String apiValue() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Optional<Kind> parse(String value) {
            for (Kind kind : values()) {
                if (kind.apiValue().equals(value)) {
                    return Optional.of(kind);
                }
            }
            return Optional.empty();
        }
    }

    /**
     * A role: its slug, its most common spelling, its abbreviations, and how many published jobs
     * carry it (zero for a role only named in career paths).
     */
    public record Role(String slug, String name, List<String> aliases, long jobs) {
        public Role {
            aliases = List.copyOf(aliases);
        }
    }

    /**
     * A move from one role to another, supported by {@code weight} descriptions; {@code kind} is
     * the kind most of them give it, {@code support} the count per kind.
     */
    public record Edge(Role from, Role to, long weight, Kind kind, Map<Kind, Long> support) {
        public Edge {
            support = Map.copyOf(support);
        }
    }

    /** A loopless path: its roles in order and the edges between them. */
    public record Path(List<Role> roles, List<Edge> steps) {
        public Path {
            roles = List.copyOf(roles);
            steps = List.copyOf(steps);
        }

        public int length() {
            return steps.size();
        }

        /** The support of the weakest step: how well-trodden the path is (0 for an empty path). */
        public long weakestSupport() {
            return steps.stream().mapToLong(Edge::weight).min().orElse(0);
        }
    }

    /** A skill a role requires: by how many of its jobs, and which share of them. */
    public record RequiredSkill(String skill, long jobs, double share) {}

    /**
     * The skills a target requires, split into those a person has and those they miss, each ranked
     * by how often the target requires them; the coverage is the share of the requirement the
     * person meets, each skill weighted by its share, to four decimals (null when the target names
     * no skills).
     */
    public record Gap(
            List<RequiredSkill> have,
            List<RequiredSkill> missing,
            @Nullable Double coverage) {
        public Gap {
            have = List.copyOf(have);
            missing = List.copyOf(missing);
        }

        public static Gap of(List<RequiredSkill> required, Collection<String> skills) {
            Set<String> held = skills.stream().map(CareerGraph::skillKey).collect(Collectors.toSet());
            List<RequiredSkill> have = new ArrayList<>();
            List<RequiredSkill> missing = new ArrayList<>();
            double total = 0;
            double covered = 0;
            for (RequiredSkill skill : required) {
                total += skill.share();
                if (held.contains(skillKey(skill.skill()))) {
                    have.add(skill);
                    covered += skill.share();
                } else {
                    missing.add(skill);
                }
            }
            return new Gap(have, missing, total > 0 ? round(covered / total) : null);
        }
    }

    /**
     * A role to move to: how much of it a person's skills cover, its median yearly salary, the
     * change from the current role's (null when either is unknown), the edge that leads there from
     * the current role (null without one), and the skills most often required that the person misses.
     */
    public record Move(
            Role role,
            @Nullable Double coverage,
            @Nullable Long salaryMedian,
            @Nullable Long salaryChange,
            @Nullable Edge edge,
            List<RequiredSkill> missing) {
        public Move {
            missing = List.copyOf(missing);
        }
    }

    static final int MISSING_SHOWN = 5;

    private final Map<String, Role> roles;
    private final Map<String, String> aliases;
    private final Map<String, List<Edge>> outgoing;
    private final Map<String, List<RequiredSkill>> skills;
    private final Map<String, Long> salaryMedians;

    CareerGraph(
            Map<String, Role> roles,
            Map<String, String> aliases,
            Map<String, List<Edge>> outgoing,
            Map<String, List<RequiredSkill>> skills,
            Map<String, Long> salaryMedians) {
        this.roles = Map.copyOf(roles);
        this.aliases = Map.copyOf(aliases);
        this.outgoing = Map.copyOf(outgoing);
        this.skills = Map.copyOf(skills);
        this.salaryMedians = Map.copyOf(salaryMedians);
    }

    public static final CareerGraph EMPTY = new CareerGraph(Map.of(), Map.of(), Map.of(), Map.of(), Map.of());

    /** The graph of these counts: dimension, value, number of jobs (as the index aggregates them). */
    public static CareerGraph of(Map<String, Map<String, Long>> counts) {
        return new CareerGraphBuilder(counts).build();
    }

    public int size() {
        return roles.size();
    }

    /** The role with this title, slug or abbreviation, case-insensitive. */
    public Optional<Role> find(String name) {
        String slug = RoleName.slugOf(name);
        Role role = roles.get(slug);
        if (role == null && aliases.containsKey(slug)) {
            role = roles.get(aliases.get(slug));
        }
        return Optional.ofNullable(role);
    }

    /**
     * Roles whose title or abbreviation matches the query, best first: the role it names, then
     * those starting with it, then those with a word starting with it, then any containing it;
     * within each, the roles with the most jobs. Every role when the query is blank.
     */
    public List<Role> roles(@Nullable String query, int limit) {
        String q = query == null ? "" : RoleName.slugOf(query);
        Map<Role, Integer> ranks = new HashMap<>();
        for (Role role : roles.values()) {
            int rank = q.isEmpty() ? 0 : rank(role, q);
            if (rank >= 0) {
                ranks.put(role, rank);
            }
        }
        return ranks.keySet().stream()
                .sorted(Comparator.<Role>comparingInt(ranks::get)
                        .thenComparing(Role::jobs, Comparator.reverseOrder())
                        .thenComparing(this::degree, Comparator.reverseOrder())
                        .thenComparing(Role::name)
                        .thenComparing(Role::slug))
                .limit(limit)
                .toList();
    }

    /** The moves out of a role, best supported first. */
    public List<Edge> next(Role role) {
        return outgoing.getOrDefault(role.slug(), List.of());
    }

    /**
     * Up to {@code k} shortest loopless paths from one role to another (Yen's algorithm): fewest
     * steps first, then the path whose weakest step is best supported. Empty when the target
     * cannot be reached; one empty path from a role to itself.
     */
    public List<Path> paths(Role from, Role to, int k) {
        if (from.slug().equals(to.slug())) {
            return List.of(new Path(List.of(from), List.of()));
        }
        return new KShortestPaths(outgoing)
                .find(from.slug(), to.slug(), k).stream().map(this::path).toList();
    }

    /** The skills the role's jobs require, by how many of them require each, most often first. */
    public List<RequiredSkill> requiredSkills(Role role) {
        return skills.getOrDefault(role.slug(), List.of());
    }

    /** The median yearly base salary of the role's jobs (centre of its bucket), or null when none states one. */
    public @Nullable Long salaryMedian(Role role) {
        return salaryMedians.get(role.slug());
    }

    public Gap gap(Collection<String> skills, Role role) {
        return Gap.of(requiredSkills(role), skills);
    }

    /**
     * The roles a person with these skills could move to: the roles {@code from} leads to, or every
     * role with jobs when it is null; ranked by coverage of the role's skills, then by the salary
     * change from {@code from} (or by salary without it), then by the support of the move.
     */
    public List<Move> moves(Collection<String> skills, @Nullable Role from, int limit) {
        List<Move> moves = new ArrayList<>();
        if (from != null) {
            for (Edge edge : next(from)) {
                moves.add(move(skills, edge.to(), from, edge));
            }
        } else {
            roles.values().stream()
                    .filter(role -> role.jobs() > 0)
                    .forEach(role -> moves.add(move(skills, role, null, null)));
        }
        Comparator<@Nullable Long> salaries = Comparator.nullsLast(Comparator.<Long>reverseOrder());
        return moves.stream()
                .sorted(Comparator.comparing(Move::coverage, Comparator.nullsLast(Comparator.<Double>reverseOrder()))
                        .thenComparing(m -> from == null ? m.salaryMedian() : m.salaryChange(), salaries)
                        .thenComparing(m -> m.edge() == null ? 0 : m.edge().weight(), Comparator.reverseOrder())
                        .thenComparing(m -> m.role().jobs(), Comparator.reverseOrder())
                        .thenComparing(m -> m.role().name()))
                .limit(limit)
                .toList();
    }

    private Move move(Collection<String> skills, Role role, @Nullable Role from, @Nullable Edge edge) {
        Gap gap = gap(skills, role);
        Long salary = salaryMedian(role);
        Long current = from == null ? null : salaryMedian(from);
        Long change = salary == null || current == null ? null : salary - current;
        List<RequiredSkill> missing =
                gap.missing().subList(0, Math.min(MISSING_SHOWN, gap.missing().size()));
        return new Move(role, gap.coverage(), salary, change, edge, missing);
    }

    private Path path(List<String> slugs) {
        List<Role> path = slugs.stream().map(roles::get).toList();
        List<Edge> steps = new ArrayList<>();
        for (int i = 0; i + 1 < slugs.size(); i++) {
            String to = slugs.get(i + 1);
            steps.add(outgoing.get(slugs.get(i)).stream()
                    .filter(edge -> edge.to().slug().equals(to))
                    .findFirst()
                    .orElseThrow());
        }
        return new Path(path, steps);
    }

    private int rank(Role role, String q) {
        List<String> names = new ArrayList<>();
        names.add(role.slug());
        role.aliases().forEach(alias -> names.add(RoleName.slugOf(alias)));
        int best = -1;
        for (String name : names) {
            int rank = name.equals(q)
                    ? 0
                    : name.startsWith(q) ? 1 : name.contains("-" + q) ? 2 : name.contains(q) ? 3 : -1;
            if (rank >= 0 && (best < 0 || rank < best)) {
                best = rank;
            }
        }
        return best;
    }

    private int degree(Role role) {
        return next(role).size();
    }

    /**
     * Four decimals: enough to show, and equal coverages compare equal (so the salary decides
     * between them, not a rounding error).
     */
    static double round(double ratio) {
        return Math.round(ratio * 10_000) / 10_000.0;
    }

    static String skillKey(String skill) {
        return RoleName.normalize(skill).toLowerCase(Locale.ROOT);
    }

    /** The support per kind of an edge, and the kind most of it gives (ties: advance, lateral, entry). */
    static Kind dominant(Map<Kind, Long> support) {
        Kind best = Kind.ADVANCE;
        long most = -1;
        for (Kind kind : Kind.values()) {
            long count = support.getOrDefault(kind, 0L);
            if (count > most) {
                best = kind;
                most = count;
            }
        }
        return best;
    }
}
