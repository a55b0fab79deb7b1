package org.hireloop.search.career;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import org.hireloop.platform.ProblemException;
import org.hireloop.search.JobDocument;
import org.hireloop.search.JobSearchEngine;
import org.hireloop.search.SearchScope;
import org.hireloop.search.Skill;
import org.hireloop.search.SkillMention;
import org.hireloop.search.SkillTaxonomy;
import org.hireloop.search.career.CareerGraph.Edge;
import org.hireloop.search.career.CareerGraph.Gap;
import org.hireloop.search.career.CareerGraph.Move;
import org.hireloop.search.career.CareerGraph.Path;
import org.hireloop.search.career.CareerGraph.RequiredSkill;
import org.hireloop.search.career.CareerGraph.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The career graph of the published jobs, and the questions it answers with roles named as people
 * name them and skills resolved through the taxonomy. The graph is rebuilt from the index when a
 * commit changed it ({@link JobSearchEngine#generation()}), at most once every {@link
 * #REBUILD_INTERVAL}: meanwhile, and while one thread rebuilds, callers get the previous snapshot.
 * That staleness is fine: the graph counts descriptions, one job more or less changes little.
 */
@Component
public class CareerGraphs {

    static final Duration REBUILD_INTERVAL = Duration.ofSeconds(2);

    private final JobSearchEngine engine;
    private final SkillTaxonomy taxonomy;
    private final Clock clock;
    private final ReentrantLock rebuilding = new ReentrantLock();
    private volatile @Nullable Snapshot snapshot;

    // Lazy: commands never ask the graph, and must not open the index a running server holds.
    public CareerGraphs(@Lazy JobSearchEngine engine, SkillTaxonomy taxonomy, Clock clock) {
        this.engine = engine;
        this.taxonomy = taxonomy;
        this.clock = clock;
    }

    private record Snapshot(long generation, CareerGraph graph, Instant builtAt) {}

    /** No role has this title, slug or abbreviation. */
    public static final class UnknownRole extends ProblemException.ResourceNotFound {
        public UnknownRole(String name) {
            super("no role named '" + name + "' in the career graph");
        }
    }

    /** The job does not exist or is not published. */
    public static final class JobNotPublished extends ProblemException.ResourceNotFound {
        public JobNotPublished(UUID id) {
            super("no published job " + id);
        }
    }

    /** Skills as a person named them: those the taxonomy knows (canonical names) and the others. */
    public record ResolvedSkills(List<String> recognized, List<String> unrecognized) {
        public ResolvedSkills {
            recognized = List.copyOf(recognized);
            unrecognized = List.copyOf(unrecognized);
        }
    }

    /** What a gap is measured to: a role (id is its slug) or a job (id is its UUID). */
    public record Target(String type, String id, String name) {}

    public record SkillsGap(Target target, Gap gap, ResolvedSkills skills) {}

    public record Moves(@Nullable Role from, List<Move> moves, ResolvedSkills skills) {
        public Moves {
            moves = List.copyOf(moves);
        }
    }

    /** The current snapshot. */
    public CareerGraph graph() {
        Snapshot current = snapshot;
        long generation = engine.generation();
        if (current != null && (current.generation() == generation || tooSoon(current))) {
            return current.graph();
        }
        if (current != null && !rebuilding.tryLock()) {
            return current.graph();
        }
        if (current == null) {
            rebuilding.lock();
        }
        try {
            Snapshot latest = snapshot;
            if (latest != null && (latest.generation() == generation || tooSoon(latest))) {
                return latest.graph();
            }
            // the generation is read before the counts: a commit in between is seen by the next rebuild
            CareerGraph graph = CareerGraph.of(engine.aggregate(SearchScope.ALL_PUBLISHED, CareerTerms.DIMENSIONS));
            snapshot = new Snapshot(generation, graph, clock.instant());
            return graph;
        } finally {
            rebuilding.unlock();
        }
    }

    private boolean tooSoon(Snapshot built) {
        return clock.instant().isBefore(built.builtAt().plus(REBUILD_INTERVAL));
    }

    /** The role with this title, slug or abbreviation (case-insensitive). */
    public Role role(String name) {
        return graph().find(name).orElseThrow(() -> new UnknownRole(name));
    }

    public List<Role> roles(@Nullable String query, int limit) {
        return graph().roles(query, limit);
    }

    public List<Edge> next(String role) {
        CareerGraph graph = graph();
        return graph.next(find(graph, role));
    }

    public List<Path> paths(String from, String to, int k) {
        CareerGraph graph = graph();
        return graph.paths(find(graph, from), find(graph, to), k);
    }

    public SkillsGap gapToRole(List<String> skills, String role) {
        CareerGraph graph = graph();
        Role target = find(graph, role);
        ResolvedSkills resolved = resolve(skills);
        return new SkillsGap(
                new Target("role", target.slug(), target.name()), graph.gap(resolved.recognized(), target), resolved);
    }

    public SkillsGap gapToJob(List<String> skills, UUID jobId) {
        JobDocument job = engine.find(jobId, SearchScope.ALL_PUBLISHED).orElseThrow(() -> new JobNotPublished(jobId));
        if (!job.published()) {
            throw new JobNotPublished(jobId);
        }
        Map<String, RequiredSkill> required = new LinkedHashMap<>();
        for (SkillMention mention : job.skills()) {
            required.putIfAbsent(CareerGraph.skillKey(mention.skill()), new RequiredSkill(mention.skill(), 1, 1.0));
        }
        ResolvedSkills resolved = resolve(skills);
        return new SkillsGap(
                new Target("job", job.id().toString(), job.title()),
                Gap.of(List.copyOf(required.values()), resolved.recognized()),
                resolved);
    }

    public Moves moves(List<String> skills, @Nullable String from, int limit) {
        CareerGraph graph = graph();
        Role current = from == null ? null : find(graph, from);
        ResolvedSkills resolved = resolve(skills);
        return new Moves(current, graph.moves(resolved.recognized(), current, limit), resolved);
    }

    /**
     * The canonical skills these names, slugs or aliases stand for; a text that names none ("team
     * spirit") is reported back as unrecognized, and one that names several ("Go and Kafka") counts
     * for each.
     */
    public ResolvedSkills resolve(List<String> names) {
        Map<String, String> recognized = new LinkedHashMap<>();
        List<String> unrecognized = new ArrayList<>();
        for (String name : names) {
            List<Skill> found = taxonomy.find(name, null).map(List::of).orElseGet(() -> taxonomy.recognize(name, null));
            if (found.isEmpty()) {
                unrecognized.add(name);
            }
            found.forEach(skill -> recognized.putIfAbsent(CareerGraph.skillKey(skill.name()), skill.name()));
        }
        return new ResolvedSkills(List.copyOf(recognized.values()), unrecognized);
    }

    private static Role find(CareerGraph graph, String name) {
        return graph.find(name).orElseThrow(() -> new UnknownRole(name));
    }
}
