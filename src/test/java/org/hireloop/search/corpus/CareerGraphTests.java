package org.hireloop.search.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.hireloop.jobs.JobDescription;
import org.hireloop.jobs.JobDescription.CareerEntry;
import org.hireloop.jobs.JobDescription.CareerRole;
import org.hireloop.jobs.format.JobDescriptionParser;
import org.junit.jupiter.api.Test;

/** The career paths the corpus writes form one connected graph over every role of every ladder. */
class CareerGraphTests {

    private final Map<String, Set<String>> edges = new HashMap<>();

    @Test
    void everyRoleReachesEveryOtherThroughTheCareerPathsTheTextsWrite() {
        JobDescriptionParser parser = new JobDescriptionParser();
        new CorpusGenerator(20261129, 20).jobs(4_000).forEach(job -> {
            JobDescription d = parser.parse(job.text());
            node(d.title());
            for (var list : java.util.List.of(
                    d.career().entryPoints(),
                    d.career().advancements(),
                    d.career().lateralMoves())) {
                for (CareerEntry entry : list) {
                    for (CareerRole role : entry.alternatives()) {
                        link(d.title(), role.title());
                    }
                }
            }
        });

        Set<String> ladderTitles = new HashSet<>();
        Families.ALL.forEach(f -> f.titles().forEach(ladderTitles::addAll));
        assertThat(edges.keySet()).containsAll(ladderTitles);
        assertThat(reachable(ladderTitles.iterator().next())).isEqualTo(edges.keySet());
    }

    @Test
    void writesAbbreviationsAndAlternativesInCareerPaths() {
        JobDescriptionParser parser = new JobDescriptionParser();
        var roles = new CorpusGenerator(4, 3)
                .jobs(2_000)
                .map(job -> parser.parse(job.text()).career())
                .flatMap(c -> java.util.stream.Stream.of(c.entryPoints(), c.advancements(), c.lateralMoves()))
                .flatMap(java.util.List::stream)
                .toList();
        assertThat(roles).anyMatch(e -> e.alternatives().size() == 2);
        assertThat(roles)
                .flatMap(CareerEntry::alternatives)
                .contains(new CareerRole("Site Reliability Engineer", "SRE"))
                .contains(new CareerRole("Quality Assurance Engineer", "QA"));
    }

    @Test
    void aLadderWithoutLateralMovesWouldBeAnIslandOfItsOwn() {
        // the check above can fail: the ladders alone, without lateral moves, are not connected
        Map<String, Set<String>> ladders = new HashMap<>();
        for (RoleFamily family : Families.ALL) {
            for (int level = 0; level + 1 < family.titles().size(); level++) {
                for (String a : family.titles().get(level)) {
                    for (String b : family.titles().get(level + 1)) {
                        ladders.computeIfAbsent(a, k -> new HashSet<>()).add(b);
                        ladders.computeIfAbsent(b, k -> new HashSet<>()).add(a);
                    }
                }
            }
        }
        edges.putAll(ladders);
        assertThat(reachable("Backend Engineer")).hasSizeLessThan(ladders.size());
    }

    private void node(String title) {
        edges.computeIfAbsent(title, k -> new HashSet<>());
    }

    private void link(String a, String b) {
        edges.computeIfAbsent(a, k -> new HashSet<>()).add(b);
        edges.computeIfAbsent(b, k -> new HashSet<>()).add(a);
    }

    private Set<String> reachable(String start) {
        Set<String> seen = new HashSet<>(Set.of(start));
        Deque<String> todo = new ArrayDeque<>(seen);
        while (!todo.isEmpty()) {
            for (String next : edges.getOrDefault(todo.pop(), Set.of())) {
                if (seen.add(next)) {
                    todo.push(next);
                }
            }
        }
        return seen;
    }
}
