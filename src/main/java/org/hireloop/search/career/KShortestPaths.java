package org.hireloop.search.career;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeSet;
import org.hireloop.search.career.CareerGraph.Edge;
import org.jspecify.annotations.Nullable;

/**
 * Yen's algorithm for the k shortest loopless paths, over role slugs. A path's cost is its number
 * of steps, ties broken by its weakest step (the better supported first), then by its total
 * support, then by its roles' slugs so every replica answers the same. Extending a path keeps that
 * order (it is isotone), so Dijkstra finds the best spur paths.
 */
final class KShortestPaths {

    private final Map<String, List<Edge>> outgoing;

    KShortestPaths(Map<String, List<Edge>> outgoing) {
        this.outgoing = outgoing;
    }

    List<List<String>> find(String from, String to, int k) {
        List<List<String>> found = new ArrayList<>();
        List<String> first = shortest(from, to, Set.of(), Set.of());
        if (first == null) {
            return found;
        }
        found.add(first);
        TreeSet<Candidate> candidates = new TreeSet<>(Candidate.ORDER);
        Set<List<String>> seen = new HashSet<>(found);
        while (found.size() < k) {
            List<String> previous = found.get(found.size() - 1);
            for (int i = 0; i + 1 < previous.size(); i++) {
                List<String> root = previous.subList(0, i + 1);
                Set<String> blockedEdges = new HashSet<>();
                for (List<String> path : found) {
                    if (path.size() > i + 1 && path.subList(0, i + 1).equals(root)) {
                        blockedEdges.add(path.get(i) + CareerTerms.SEPARATOR + path.get(i + 1));
                    }
                }
                Set<String> blockedNodes = new HashSet<>(root.subList(0, i));
                List<String> spur = shortest(previous.get(i), to, blockedNodes, blockedEdges);
                if (spur != null) {
                    List<String> path = new ArrayList<>(root.subList(0, i));
                    path.addAll(spur);
                    if (seen.add(path)) {
                        candidates.add(candidate(path));
                    }
                }
            }
            if (candidates.isEmpty()) {
                break;
            }
            found.add(candidates.pollFirst().path());
        }
        return found;
    }

    private record Candidate(List<String> path, long weakest, long total) {
        static final Comparator<Candidate> ORDER = Comparator.<Candidate>comparingInt(
                        c -> c.path().size())
                .thenComparing(Candidate::weakest, Comparator.reverseOrder())
                .thenComparing(Candidate::total, Comparator.reverseOrder())
                .thenComparing(c -> String.join(CareerTerms.SEPARATOR, c.path()));
    }

    private Candidate candidate(List<String> path) {
        long weakest = Long.MAX_VALUE;
        long total = 0;
        for (int i = 0; i + 1 < path.size(); i++) {
            long weight = weight(path.get(i), path.get(i + 1));
            weakest = Math.min(weakest, weight);
            total += weight;
        }
        return new Candidate(List.copyOf(path), weakest, total);
    }

    private long weight(String from, String to) {
        return outgoing.getOrDefault(from, List.of()).stream()
                .filter(edge -> edge.to().slug().equals(to))
                .mapToLong(Edge::weight)
                .findFirst()
                .orElseThrow();
    }

    private record Label(String node, int steps, long weakest) {
        static final Comparator<Label> ORDER = Comparator.comparingInt(Label::steps)
                .thenComparing(Label::weakest, Comparator.reverseOrder())
                .thenComparing(Label::node);
    }

    /** The best path avoiding these nodes and edges ("from␟to"), or null when there is none. */
    private @Nullable List<String> shortest(
            String from, String to, Set<String> blockedNodes, Set<String> blockedEdges) {
        Map<String, Label> best = new HashMap<>();
        Map<String, String> previous = new HashMap<>();
        Set<String> settled = new HashSet<>();
        PriorityQueue<Label> queue = new PriorityQueue<>(Label.ORDER);
        Label start = new Label(from, 0, Long.MAX_VALUE);
        best.put(from, start);
        queue.add(start);
        while (!queue.isEmpty()) {
            Label label = queue.poll();
            if (!settled.add(label.node())) {
                continue;
            }
            if (label.node().equals(to)) {
                return trace(previous, from, to);
            }
            for (Edge edge : outgoing.getOrDefault(label.node(), List.of())) {
                String next = edge.to().slug();
                if (settled.contains(next)
                        || blockedNodes.contains(next)
                        || blockedEdges.contains(label.node() + CareerTerms.SEPARATOR + next)) {
                    continue;
                }
                Label candidate = new Label(next, label.steps() + 1, Math.min(label.weakest(), edge.weight()));
                Label known = best.get(next);
                if (known == null || Label.ORDER.compare(candidate, known) < 0) {
                    best.put(next, candidate);
                    previous.put(next, label.node());
                    queue.add(candidate);
                }
            }
        }
        return null;
    }

    private static List<String> trace(Map<String, String> previous, String from, String to) {
        List<String> path = new ArrayList<>();
        for (String node = to; ; node = previous.get(node)) {
            path.add(0, node);
            if (node.equals(from)) {
                return path;
            }
        }
    }
}
