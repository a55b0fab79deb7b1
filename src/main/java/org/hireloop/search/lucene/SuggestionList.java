package org.hireloop.search.lucene;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.apache.lucene.util.automaton.Automata;
import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.CharacterRunAutomaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;
import org.apache.lucene.util.automaton.Operations;
import org.hireloop.search.JobSearchResult.FacetCount;
import org.hireloop.search.Suggestion;

/**
 * The titles (or skills) of one scope and generation, ready for prefix lookups: every text is
 * reachable from each of its words ("eng" finds "Data Engineer"), through a sorted array of keys
 * (the text from each word start on, lowercased) searched by binary search. Entries are ranked by
 * how many jobs carry them, so the best matches of a prefix are its smallest entry numbers.
 */
final class SuggestionList {

    /** Typos are forgiven from this many typed characters on; shorter prefixes match too much. */
    static final int FUZZY_FROM = 4;

    static final int MAX_PREFIX = 200;

    private final Suggestion.Kind kind;
    private final FacetCount[] entries;
    private final String[] keys;
    private final int[] owners;

    SuggestionList(Suggestion.Kind kind, List<FacetCount> counts) {
        this.kind = kind;
        this.entries = counts.stream()
                .sorted(Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value))
                .toArray(FacetCount[]::new);
        List<Key> all = new ArrayList<>();
        for (int i = 0; i < entries.length; i++) {
            String text = entries[i].value().toLowerCase(Locale.ROOT);
            for (int start = 0; start < text.length(); start++) {
                boolean wordStart = Character.isLetterOrDigit(text.charAt(start))
                        && (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)));
                if (wordStart) {
                    all.add(new Key(text.substring(start), i));
                }
            }
        }
        all.sort(Comparator.comparing(Key::text).thenComparingInt(Key::owner));
        keys = all.stream().map(Key::text).toArray(String[]::new);
        owners = all.stream().mapToInt(Key::owner).toArray();
    }

    List<Suggestion> suggest(String prefix, int limit) {
        String typed = prefix.strip().toLowerCase(Locale.ROOT);
        if (typed.length() > MAX_PREFIX) {
            return List.of(); // no title or skill is that long
        }
        TreeSet<Integer> best = new TreeSet<>();
        if (typed.isEmpty()) {
            for (int i = 0; i < Math.min(limit, entries.length); i++) {
                best.add(i);
            }
            return suggestions(best);
        }
        int from = lowerBound(typed);
        for (int i = from; i < keys.length && keys[i].startsWith(typed); i++) {
            offer(best, owners[i], limit);
        }
        if (best.size() < limit && !typed.isEmpty() && typed.codePointCount(0, typed.length()) >= FUZZY_FROM) {
            fuzzy(typed, best, limit);
        }
        return suggestions(best);
    }

    private List<Suggestion> suggestions(TreeSet<Integer> best) {
        return best.stream()
                .map(i -> new Suggestion(entries[i].value(), kind.apiValue(), entries[i].count()))
                .toList();
    }

    /**
     * Keys within one edit of the prefix followed by anything. Only keys sharing the first
     * character are tried: people rarely mistype the first letter, and it keeps the scan small.
     */
    private void fuzzy(String typed, TreeSet<Integer> best, int limit) {
        Automaton within = new LevenshteinAutomata(typed, true).toAutomaton(1);
        Automaton prefixed = Operations.concatenate(within, Automata.makeAnyString());
        CharacterRunAutomaton matcher =
                new CharacterRunAutomaton(Operations.determinize(prefixed, Operations.DEFAULT_DETERMINIZE_WORK_LIMIT));
        String first = typed.substring(0, Character.charCount(typed.codePointAt(0)));
        for (int i = lowerBound(first); i < keys.length && keys[i].startsWith(first); i++) {
            if (matcher.run(keys[i])) {
                offer(best, owners[i], limit);
            }
        }
    }

    /** Keeps the {@code limit} best (smallest) entry numbers seen. */
    private static void offer(TreeSet<Integer> best, int owner, int limit) {
        if (best.size() < limit) {
            best.add(owner);
        } else if (owner < best.last() && best.add(owner)) {
            best.pollLast();
        }
    }

    private int lowerBound(String prefix) {
        int found = Arrays.binarySearch(keys, prefix);
        if (found >= 0) {
            while (found > 0 && keys[found - 1].equals(prefix)) {
                found--;
            }
            return found;
        }
        return -found - 1;
    }

    private record Key(String text, int owner) {}
}
