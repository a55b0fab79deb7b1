package org.hireloop.search.skills;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Every alias of a set of skills as a trie over tokens, for the longest alias starting at a token.
 * Tokens are looked up in a dictionary of the words aliases use (an open-addressing table compared
 * case-insensitively against the text, without making strings); a word no alias uses ends the
 * walk at once, which is the common case.
 *
 * <p>An alias marked exact-case ("=Go") matches only with that case, and not where the word is
 * plainly used otherwise: joined to a dash or an ampersand ("go-to", "R&amp;D", "C-level"), after
 * words like "Series" ("Series C") or at the start of a sentence before words like "at" or "to"
 * ("Excel at", "React to").
 */
final class AliasIndex {

    /** An alias of the skill numbered {@code skill} by the caller; exact: matched case-sensitively. */
    record Entry(String alias, boolean exactCase, int skill) {}

    static final AliasIndex EMPTY = new AliasIndex(List.of());

    private static final Set<String> VERB_FOLLOWERS = Set.of(
            "at", "to", "in", "on", "into", "for", "with", "of", "quickly", "fast", "beyond", "above", "from", "out",
            "up", "the", "a", "an", "your", "our", "their", "ahead", "through");
    private static final Set<String> NOT_AFTER =
            Set.of("series", "plan", "type", "class", "grade", "vitamin", "level", "tier", "round", "option", "part");
    private static final int NONE = -1;

    private final String[] keys;
    private final int[] keyIds;
    private final int[] keyHashes;
    private final int mask;
    private final int[] rootChildren;
    private final int[][] childTokens;
    private final int[][] childNodes;
    private final int[] anyCaseSkill;
    private final String[][][] exactTokens;
    private final int[][] exactSkills;

    AliasIndex(List<Entry> entries) {
        Map<String, Integer> dictionary = new HashMap<>();
        List<Map<Integer, Integer>> children = new ArrayList<>();
        List<Integer> anyCase = new ArrayList<>();
        List<List<String[]>> exact = new ArrayList<>();
        List<List<Integer>> exactSkill = new ArrayList<>();
        children.add(new HashMap<>());
        anyCase.add(NONE);
        exact.add(new ArrayList<>());
        exactSkill.add(new ArrayList<>());
        for (Entry entry : entries) {
            Tokens tokens = Tokens.of(entry.alias());
            if (tokens.size == 0) {
                continue;
            }
            int node = 0;
            String[] original = new String[tokens.size];
            for (int t = 0; t < tokens.size; t++) {
                original[t] = tokens.token(t);
                int id = dictionary.computeIfAbsent(lower(original[t]), key -> dictionary.size());
                Integer next = children.get(node).get(id);
                if (next == null) {
                    next = children.size();
                    children.get(node).put(id, next);
                    children.add(new HashMap<>());
                    anyCase.add(NONE);
                    exact.add(new ArrayList<>());
                    exactSkill.add(new ArrayList<>());
                }
                node = next;
            }
            if (entry.exactCase()) {
                exact.get(node).add(original);
                exactSkill.get(node).add(entry.skill());
            } else if (anyCase.get(node) == NONE) {
                anyCase.set(node, entry.skill());
            }
        }
        int capacity = Integer.highestOneBit(Math.max(16, dictionary.size() * 3)) << 1;
        keys = new String[capacity];
        keyIds = new int[capacity];
        keyHashes = new int[capacity];
        java.util.Arrays.fill(keyIds, NONE);
        mask = capacity - 1;
        dictionary.forEach((key, id) -> {
            int hash = Tokens.hash(key);
            int slot = slot(hash);
            while (keys[slot] != null) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = key;
            keyIds[slot] = id;
            keyHashes[slot] = hash;
        });
        int nodes = children.size();
        rootChildren = new int[dictionary.size()];
        java.util.Arrays.fill(rootChildren, NONE);
        children.get(0).forEach((id, child) -> rootChildren[id] = child);
        childTokens = new int[nodes][];
        childNodes = new int[nodes][];
        anyCaseSkill = new int[nodes];
        exactTokens = new String[nodes][][];
        exactSkills = new int[nodes][];
        for (int n = 0; n < nodes; n++) {
            Map<Integer, Integer> edges = children.get(n);
            childTokens[n] = edges.keySet().stream().mapToInt(Integer::intValue).toArray();
            childNodes[n] =
                    java.util.Arrays.stream(childTokens[n]).map(edges::get).toArray();
            anyCaseSkill[n] = anyCase.get(n);
            exactTokens[n] = exact.get(n).toArray(new String[0][]);
            exactSkills[n] =
                    exactSkill.get(n).stream().mapToInt(Integer::intValue).toArray();
        }
    }

    boolean isEmpty() {
        return rootChildren.length == 0;
    }

    /** The dictionary id of every token of the text, or -1 for words no alias uses. */
    int[] ids(Tokens tokens) {
        int[] ids = new int[tokens.size];
        for (int t = 0; t < tokens.size; t++) {
            ids[t] = id(tokens, t);
        }
        return ids;
    }

    /**
     * The longest alias starting at token {@code from}: its length in tokens in the high half, the
     * skill in the low half; -1 when none. With {@code anyCase}, exact-case aliases match in any
     * case too (for text typed in lower case), still not where the word is plainly used otherwise.
     */
    long longest(Tokens tokens, int[] ids, int from, boolean anyCase) {
        int id = ids[from];
        if (id < 0) {
            return NONE;
        }
        int node = rootChildren[id];
        if (node == NONE) {
            return NONE; // a word that only continues aliases ("stack" of "ELK stack")
        }
        long best = NONE;
        for (int to = from + 1; ; to++) {
            int skill = skillAt(node, tokens, from, to, anyCase);
            if (skill != NONE) {
                best = ((long) (to - from) << 32) | skill;
            }
            if (to >= tokens.size || ids[to] < 0) {
                return best;
            }
            node = child(node, ids[to]);
            if (node == NONE) {
                return best;
            }
        }
    }

    private int skillAt(int node, Tokens tokens, int from, int to, boolean anyCase) {
        if (anyCaseSkill[node] != NONE) {
            return anyCaseSkill[node];
        }
        String[][] candidates = exactTokens[node];
        for (int c = 0; c < candidates.length; c++) {
            if ((anyCase || sameCase(candidates[c], tokens, from)) && plainlyMeant(tokens, from, to)) {
                return exactSkills[node][c];
            }
        }
        return NONE;
    }

    private int child(int node, int id) {
        int[] edges = childTokens[node];
        for (int e = 0; e < edges.length; e++) {
            if (edges[e] == id) {
                return childNodes[node][e];
            }
        }
        return NONE;
    }

    private static boolean sameCase(String[] alias, Tokens tokens, int from) {
        for (int t = 0; t < alias.length; t++) {
            String word = alias[t];
            int at = tokens.start[from + t];
            if (!tokens.text.regionMatches(at, word, 0, word.length())) {
                return false;
            }
        }
        return true;
    }

    /** Whether an exact-case alias at tokens [from, to) names the skill rather than the word. */
    private static boolean plainlyMeant(Tokens tokens, int from, int to) {
        if (to + 1 < tokens.size && !tokens.spaced[to] && !tokens.spaced[to + 1] && joiner(tokens, to)) {
            return false;
        }
        if (from >= 2 && !tokens.spaced[from] && !tokens.spaced[from - 1] && joiner(tokens, from - 1)) {
            return false;
        }
        if (from >= 1 && NOT_AFTER.contains(lower(tokens.token(from - 1)))) {
            return false;
        }
        boolean sentenceStart = from == 0 || sentenceEnd(tokens, from - 1);
        return !(sentenceStart
                && to < tokens.size
                && tokens.isLowerCaseWord(to)
                && VERB_FOLLOWERS.contains(tokens.token(to)));
    }

    private static boolean joiner(Tokens tokens, int token) {
        return tokens.is(token, '-') || tokens.is(token, '&');
    }

    private static boolean sentenceEnd(Tokens tokens, int token) {
        if (tokens.length(token) != 1) {
            return false;
        }
        return switch (tokens.charAt(token, 0)) {
            case '.', '!', '?', ':', ';', '•', '*', '(', '"' -> true;
            default -> false;
        };
    }

    private int id(Tokens tokens, int token) {
        int length = tokens.length(token);
        int start = tokens.start[token];
        String text = tokens.text;
        int hash = tokens.hash[token];
        for (int slot = slot(hash); keyIds[slot] != NONE; slot = (slot + 1) & mask) {
            if (keyHashes[slot] == hash) {
                String key = keys[slot];
                if (key.length() == length && equalsLowerCased(key, text, start)) {
                    return keyIds[slot];
                }
            }
        }
        return NONE;
    }

    private static boolean equalsLowerCased(String key, String text, int start) {
        for (int i = 0; i < key.length(); i++) {
            if (key.charAt(i) != Tokens.lower(text.charAt(start + i))) {
                return false;
            }
        }
        return true;
    }

    private int slot(int hash) {
        return (hash ^ (hash >>> 16)) * 0x9E3779B1 >>> 7 & mask;
    }

    /** Lower case char by char, as lookups compare ({@link String#toLowerCase} may change lengths). */
    static String lower(String text) {
        StringBuilder lower = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            lower.append(Tokens.lower(text.charAt(i)));
        }
        return lower.toString();
    }

    /** How names are compared when looked up: lower case, spaces collapsed. */
    static String key(String text) {
        return lower(singleSpaced(text));
    }

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /**
     * Trimmed, every run of whitespace one space. Names are looked up for every skill of every job
     * indexed and nearly all are spaced already: those skip the pattern, which would change nothing.
     */
    static String singleSpaced(String text) {
        String line = text.strip();
        return isSingleSpaced(line) ? line : WHITESPACE.matcher(line).replaceAll(" ");
    }

    /** No whitespace but single spaces ({@code \s} is space, tab, line feed, vertical tab, form feed, return). */
    private static boolean isSingleSpaced(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ' ' ? i + 1 < line.length() && line.charAt(i + 1) == ' ' : c >= '\t' && c <= '\r') {
                return false;
            }
        }
        return true;
    }
}
