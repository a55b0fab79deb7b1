package org.hireloop.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.hireloop.search.QuerySkill;
import org.jspecify.annotations.Nullable;

/**
 * The Lucene queries for a parsed query text: what must match ({@link #positive}, null when the
 * query names nothing, so every job in scope matches), what must not ({@link #excluded}), and the
 * query the snippet highlighter marks words by ({@link #highlight}, with {@link #typos} to expand
 * against the index once per search: a fuzzy query in the highlighter would build its automaton
 * again for every snippet).
 *
 * <p>A word is one term of {@link JobFields#WORDS}, which holds for each job the score of the
 * word's best field ({@link WordScores}): one word may match the title of one job and the
 * responsibilities of another. A quoted phrase needs its words there and the phrase in one field.
 * Typos and prefixes still search the short fields themselves. A skill the taxonomy recognized in
 * the query is a synonym of the words that named it: "k8s engineer" with the recognized skill
 * Kubernetes needs (k8s or skill Kubernetes) and engineer, so a Kubernetes engineer job matches
 * although its text never says "k8s", and the two add up where both match. When the words that
 * named a skill are not known (or are a phrase, or the query has more than three words, of which
 * three quarters are required), the skills are alternatives of their own that count like matched
 * words: two of {k8s, engineer, skill Kubernetes}. A skill named by an alias also searches its
 * canonical name as if typed, so "k8s" ranks jobs as "kubernetes" does. A skill named by words of
 * its canonical name ("python", "spark" for Apache Spark) matches no job those words do not match
 * (every job holds the canonical names of its skills among its words): the skill is then only an
 * optional clause beside the required words, which skips what cannot reach the page, where an
 * alternative of the words made a disjunction that scored every job holding the top score (3 to
 * 5 times slower at 1,000,000 jobs); and its canonical name is not searched again, as the words
 * typed are the name's ("spark" was also a phrase "apache spark", 3.4 times slower).
 *
 * <p>Neighbouring words of the query that stand together, as written, in a title add to the score
 * (never to what matches): "product manager" puts "Product Manager" before "Director of Product
 * Management". The bonus goes with the clause of one of the two words, as an alternative that
 * only a job holding that word can match: "senior backend engineer" is senior and (backend, plus
 * "senior backend") and (engineer, plus "backend engineer"). As optional clauses beside the
 * conjunction they made Lucene score every match. The job's city and country and its employment
 * type and workplace are searched fields too, so "berlin", "germany" or "internship" mean
 * something.
 */
record TextQuery(@Nullable Query positive, List<Query> excluded, Query highlight, List<Query> typos) {

    /** The field name the highlighter analyzes snippet text as; never indexed. */
    static final String SNIPPET = "snippet";

    static final int MAX_TOKENS = 32;
    static final int MAX_PHRASE_TOKENS = 8;
    static final int MAX_SKILLS = 16;
    /** Typos are forgiven for the first words only: each fuzzy word expands into many terms. */
    static final int MAX_FUZZY_WORDS = 10;

    static final int FUZZY_EXPANSIONS = 10;
    static final float FUZZY_FACTOR = 0.3f;
    static final float TIE_BREAKER = 0f;
    static final float SKILL_BOOST = 3f;
    static final float PROXIMITY_FACTOR = 0.5f;
    /** Neighbouring query words one word apart in a title count half (a phrase with a slop of one did so too). */
    static final float APART_FACTOR = 0.5f;

    static final int MAX_PROXIMITY_PAIRS = 8;

    static TextQuery build(QueryText text, List<QuerySkill> querySkills, Analyzer analyzer) {
        return build(text, querySkills, analyzer, true);
    }

    /**
     * @param forgiveTypos whether words also match titles and skills within an edit distance; the
     *     fuzzy automata cost more than the rest of a search, so searches try without them first
     */
    static TextQuery build(QueryText text, List<QuerySkill> querySkills, Analyzer analyzer, boolean forgiveTypos) {
        return new Builder(analyzer, forgiveTypos).build(text, querySkills);
    }

    /**
     * This query with the exclusions of {@code other} when they are the same: queries of one text
     * exclude the same jobs, whose sets ({@link AnyOfWords}) are then built once.
     */
    TextQuery excluding(TextQuery other) {
        return excluded.equals(other.excluded) ? new TextQuery(positive, other.excluded, highlight, typos) : this;
    }

    /** Whether the query has words a typo-tolerant search would also match approximately. */
    static boolean forgivable(QueryText text) {
        return text.parts().stream().anyMatch(part -> !part.excluded() && part.kind() == QueryText.Kind.WORD);
    }

    /**
     * The highlight query with the words the typo-tolerant parts matched in this index, as plain
     * terms of the snippet field.
     */
    Query highlight(IndexSearcher searcher) throws IOException {
        if (typos.isEmpty()) {
            return highlight;
        }
        BooleanQuery.Builder expanded = new BooleanQuery.Builder().add(highlight, Occur.SHOULD);
        Set<BytesRef> seen = new HashSet<>();
        for (Query typo : typos) {
            searcher.rewrite(typo).visit(new QueryVisitor() {
                @Override
                public void consumeTerms(Query query, Term... terms) {
                    for (Term term : terms) {
                        if (seen.size() < MAX_TOKENS && seen.add(term.bytes())) {
                            expanded.add(new TermQuery(new Term(SNIPPET, term.bytes())), Occur.SHOULD);
                        }
                    }
                }
            });
        }
        return expanded.build();
    }

    /** Minimum number of matched words: all of up to three, then three quarters. */
    static int required(int words) {
        return words <= 3 ? words : (int) Math.ceil(words * 0.75);
    }

    private static final class Builder {
        private final Analyzer analyzer;
        private final boolean forgiveTypos;
        private int tokens;
        private int fuzzyWords;
        private final BooleanQuery.Builder highlight = new BooleanQuery.Builder();
        private final List<Query> typos = new ArrayList<>();
        /** The analyzed (stemmed) words of the query. */
        private final List<String> typed = new ArrayList<>();
        /** The words of the query as written (lowercased, unstemmed) in order; null between words that are not neighbours. */
        private final List<@Nullable String> asWritten = new ArrayList<>();
        /** For each of {@link #asWritten}, the positive clause of a single word it is, or -1. */
        private final List<Integer> writtenWord = new ArrayList<>();
        /** The analyzed word of the part {@link #clause} built last, when it was a single word. */
        private @Nullable String singleToken;
        /** The analyzed words of the part {@link #clause} built last, side by side; null otherwise (a prefix). */
        private @Nullable List<String> partTokens;

        Builder(Analyzer analyzer, boolean forgiveTypos) {
            this.analyzer = analyzer;
            this.forgiveTypos = forgiveTypos;
        }

        TextQuery build(QueryText text, List<QuerySkill> querySkills) {
            List<Query> positives = new ArrayList<>();
            List<@Nullable String> positiveTokens = new ArrayList<>();
            List<@Nullable List<String>> positiveParts = new ArrayList<>();
            List<Query> excluded = new ArrayList<>();
            List<String> excludedWords = new ArrayList<>();
            for (QueryText.Part part : text.parts()) {
                singleToken = null;
                partTokens = null;
                Query query = part.excluded() ? exclusion(part, excludedWords) : clause(part);
                if (query != null) {
                    (part.excluded() ? excluded : positives).add(query);
                    if (!part.excluded()) {
                        positiveTokens.add(singleToken);
                        positiveParts.add(partTokens);
                    }
                }
                int word = query != null && !part.excluded() && singleToken != null ? positives.size() - 1 : -1;
                while (writtenWord.size() < asWritten.size()) {
                    writtenWord.add(word);
                }
                if (!part.excluded() && part.kind() == QueryText.Kind.PREFIX) {
                    asWritten.add(null); // words on either side of a prefix are not neighbours for proximity
                    writtenWord.add(-1);
                }
            }
            if (excludedWords.size() == 1) {
                excluded.add(new TermQuery(new Term(JobFields.WORDS, excludedWords.get(0))));
            } else if (excludedWords.size() > 1) {
                excluded.add(new AnyOfWords(JobFields.WORDS, excludedWords));
            }
            return new TextQuery(
                    positive(positives, positiveTokens, positiveParts, querySkills),
                    List.copyOf(excluded),
                    highlight.build(),
                    List.copyOf(typos));
        }

        /**
         * @param tokens the single analyzed word of each of {@code words}, null for a phrase or a
         *     prefix
         * @param parts the analyzed words of each of {@code words}, null for a prefix
         */
        private @Nullable Query positive(
                List<Query> words,
                List<@Nullable String> tokens,
                List<@Nullable List<String>> parts,
                List<QuerySkill> querySkills) {
            if (words.isEmpty()) {
                return null;
            }
            words = withProximity(words);
            Map<String, QuerySkill> byKey = new LinkedHashMap<>();
            for (QuerySkill skill : querySkills) {
                String key = JobFields.keyword(skill.name());
                if (!key.isEmpty() && byKey.size() < MAX_SKILLS) {
                    byKey.putIfAbsent(key, skill);
                }
            }
            Map<Span, List<String>> synonyms = required(words.size()) == words.size() ? synonyms(byKey, tokens) : null;
            BooleanQuery.Builder query = new BooleanQuery.Builder();
            if (synonyms != null) {
                // every word required: a conjunction, which skips what cannot reach the page (a
                // "should match all" disjunction would score every match). A skill goes with the
                // words that named it, which the skill or those words satisfy, and both add to
                // the score: "qa automation selenium" needs a job with Test Automation or both
                // words, and with Selenium or the word
                int word = 0;
                while (word < words.size()) {
                    Span span = spanAt(synonyms, word);
                    if (span == null) {
                        query.add(words.get(word++), Occur.MUST);
                        continue;
                    }
                    BooleanQuery.Builder named = new BooleanQuery.Builder();
                    words.subList(span.from(), span.to()).forEach(each -> named.add(each, Occur.MUST));
                    List<String> skills = synonyms.get(span);
                    query.add(orSkills(named.build(), tokens.subList(span.from(), span.to()), skills), Occur.MUST);
                    word = span.to();
                }
            } else if (words.size() == 1) {
                // one word or phrase, and skills that count like a word: one of them must match
                query.add(orSkills(words.get(0), parts.get(0), List.copyOf(byKey.keySet())), Occur.MUST);
            } else {
                words.forEach(word -> query.add(word, Occur.SHOULD));
                byKey.keySet().forEach(skill -> query.add(skill(skill), Occur.SHOULD));
                query.setMinimumNumberShouldMatch(required(words.size()));
            }
            return TightConjunction.of(query.build());
        }

        /**
         * The words, or any of the skills, both adding to the score. When the words are words of
         * every skill's canonical name, a job with the skill holds them ({@link
         * org.hireloop.search.JobDocument#skillText}): the skills are optional beside the words,
         * and are the skills alone, the words typed being their names.
         */
        private Query orSkills(Query named, @Nullable List<@Nullable String> namedWords, List<String> skills) {
            boolean implied = namedWords != null
                    && !namedWords.isEmpty()
                    && skills.stream().allMatch(skill -> inOrder(namedWords, analyzeFree(JobFields.TITLE, skill)));
            // several words: a conjunction beside the skills, which must bound its blocks' scores
            Query words = named instanceof BooleanQuery ? new BlockBounded(named) : named;
            BooleanQuery.Builder either = new BooleanQuery.Builder().add(words, implied ? Occur.MUST : Occur.SHOULD);
            skills.forEach(skill -> either.add(implied ? has(skill) : skill(skill), Occur.SHOULD));
            return either.build();
        }

        /** Whether {@code words} stand side by side, in this order, among the tokens of a name. */
        private static boolean inOrder(List<@Nullable String> words, List<Token> name) {
            return sideBySide(name) && Collections.indexOfSubList(texts(name), words) >= 0;
        }

        /** Whether tokens follow each other without a gap (a token too long to index leaves one). */
        private static boolean sideBySide(List<Token> tokens) {
            return tokens.isEmpty()
                    || tokens.get(tokens.size() - 1).position() - tokens.get(0).position() == tokens.size() - 1;
        }

        private static List<String> texts(List<Token> tokens) {
            return tokens.stream().map(Token::text).toList();
        }

        /** Words {@code from} (inclusive) to {@code to} (exclusive) of the query. */
        private record Span(int from, int to) {}

        private static @Nullable Span spanAt(Map<Span, List<String>> spans, int from) {
            return spans.keySet().stream()
                    .filter(span -> span.from() == from)
                    .findFirst()
                    .orElse(null);
        }

        /**
         * The skills' queries by the words that named each; null when the words of one skill are
         * unknown or not single words in a row of the query, or two skills share only some of
         * their words: then the skills count as words of their own.
         */
        private @Nullable Map<Span, List<String>> synonyms(
                Map<String, QuerySkill> skills, List<@Nullable String> tokens) {
            Map<Span, List<String>> spans = new LinkedHashMap<>();
            for (Map.Entry<String, QuerySkill> skill : skills.entrySet()) {
                String named = skill.getValue().named();
                Span span = named == null ? null : find(analyzeFree(JobFields.TITLE, named), tokens);
                if (span == null) {
                    return null;
                }
                for (Span other : spans.keySet()) {
                    if (!other.equals(span) && other.from() < span.to() && span.from() < other.to()) {
                        return null;
                    }
                }
                spans.computeIfAbsent(span, key -> new ArrayList<>()).add(skill.getKey());
            }
            return spans;
        }

        private static @Nullable Span find(List<Token> named, List<@Nullable String> tokens) {
            int from = named.isEmpty() ? -1 : Collections.indexOfSubList(tokens, texts(named));
            return from < 0 ? null : new Span(from, from + named.size());
        }

        private static Query has(String skill) {
            return new BoostQuery(new TermQuery(new Term(JobFields.SKILL_KW, skill)), SKILL_BOOST);
        }

        /**
         * A skill the taxonomy recognized: jobs that have it, and, when the query named it by an
         * alias ("k8s" for Kubernetes), the canonical name searched as if typed, so an alias
         * ranks the jobs like the skill's own name does rather than by the short lists of names
         * that hold the alias.
         */
        private Query skill(String skill) {
            Query has = has(skill);
            List<Token> name = analyzeFree(JobFields.TITLE, skill);
            boolean typedAsIs = !name.isEmpty() && name.stream().allMatch(token -> typed.contains(token.text()));
            if (name.isEmpty() || typedAsIs) {
                return has;
            }
            Query asTyped = name.size() == 1 ? word(name.get(0).text(), 0) : named(name, skill);
            return new BooleanQuery.Builder()
                    .add(has, Occur.SHOULD)
                    .add(asTyped, Occur.SHOULD)
                    .build();
        }

        /**
         * A skill's name of several words, as its words where they stand together in a title or
         * a skill name: each pair of neighbours is a term of {@link JobFields#PAIRS}, where the
         * phrase read the positions of every job with the skill ("qa automation selenium", which
         * searches the name of the skill Test Automation, took 15.4 ms at 1,000,000 jobs, 8.0
         * now). A job whose text names the skill elsewhere has it among its skills, which {@link
         * #has} matches.
         */
        private Query named(List<Token> name, String skill) {
            List<Token> written = analyzeFree(JobFields.SPELL, skill);
            if (written.size() < 2 || !sideBySide(written)) {
                return phrase(name);
            }
            List<Query> pairs = new ArrayList<>();
            for (int i = 0; i + 1 < written.size(); i++) {
                pairs.add(pairTerm(
                        JobFields.pair(written.get(i).text(), written.get(i + 1).text())));
            }
            return together(name, pairs);
        }

        /**
         * Neighbouring words of the query, as written, near each other in a title or skill name
         * ("product manager" in "Senior Product Manager", not in "Director of Product
         * Management"): the title says what the job is, and two words of the query that also
         * stand together there say more than the same words apart or merely sharing a stem. Side
         * by side count fully, one word apart half ({@link JobFields#PAIRS}). Each pair becomes
         * an alternative of the second word's clause (of the first's when the second is no
         * single word): a job with the pair has that word in its title or a skill name, so what
         * matches stays the same.
         */
        private List<Query> withProximity(List<Query> words) {
            List<Query> withPairs = new ArrayList<>(words);
            Map<Integer, BooleanQuery.Builder> bonuses = new LinkedHashMap<>();
            int pairs = 0;
            for (int i = 0; i + 1 < asWritten.size() && pairs < MAX_PROXIMITY_PAIRS; i++) {
                String first = asWritten.get(i);
                String second = asWritten.get(i + 1);
                int word = writtenWord.get(i + 1) >= 0 ? writtenWord.get(i + 1) : writtenWord.get(i);
                if (first == null || second == null || first.equals(second) || word < 0) {
                    continue;
                }
                float boost = JobFields.weight(JobFields.TITLE) * PROXIMITY_FACTOR;
                bonuses.computeIfAbsent(word, key -> new BooleanQuery.Builder().add(words.get(key), Occur.SHOULD))
                        .add(pairQuery(JobFields.pair(first, second), boost), Occur.SHOULD)
                        .add(pairQuery(JobFields.pairApart(first, second), boost * APART_FACTOR), Occur.SHOULD);
                pairs++;
            }
            bonuses.forEach((word, query) -> withPairs.set(word, query.build()));
            return withPairs;
        }

        private static Query pairQuery(String pair, float boost) {
            return new BoostQuery(pairTerm(pair), boost);
        }

        private static Query pairTerm(String pair) {
            return new TermQuery(new Term(JobFields.PAIRS, pair));
        }

        /** Tokens of a text outside the query's budget (names the engine adds, not the user's words). */
        private List<Token> analyzeFree(String field, String text) {
            List<Token> analyzed = new ArrayList<>();
            try (TokenStream stream = analyzer.tokenStream(field, text)) {
                CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
                PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
                stream.reset();
                int position = -1;
                while (stream.incrementToken() && analyzed.size() < MAX_PHRASE_TOKENS) {
                    position += increment.getPositionIncrement();
                    analyzed.add(new Token(term.toString(), position));
                }
                stream.end();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return analyzed;
        }

        private @Nullable Query clause(QueryText.Part part) {
            if (part.kind() == QueryText.Kind.PREFIX) {
                return prefix(part.text());
            }
            List<Token> analyzed = analyze(part.text());
            if (analyzed.isEmpty()) {
                return null;
            }
            analyzed.forEach(token -> typed.add(token.text()));
            // a phrase over a gap is no run of a name's words
            partTokens = sideBySide(analyzed) ? texts(analyzed) : null;
            for (Token token : analyzeFree(JobFields.SPELL, part.text())) {
                if (part.kind() == QueryText.Kind.PHRASE && !asWritten.isEmpty()) {
                    // the words of a quoted phrase stand together by definition: a proximity
                    // clause for them would only score the phrase's title match again, at the
                    // cost of a sloppy phrase over every match
                    asWritten.add(null);
                }
                asWritten.add(token.text());
            }
            if (analyzed.size() == 1) {
                singleToken =
                        part.kind() == QueryText.Kind.WORD ? analyzed.get(0).text() : null;
                boolean fuzzy = forgiveTypos && part.kind() == QueryText.Kind.WORD && fuzzyWords++ < MAX_FUZZY_WORDS;
                return word(
                        analyzed.get(0).text(),
                        fuzzy ? part.text().codePointCount(0, part.text().length()) : 0);
            }
            return phrase(analyzed);
        }

        /**
         * An excluded phrase's query; an excluded word goes to {@code words} instead, as a word of
         * any searched field is a term of the words field, and the words are excluded together
         * ({@link AnyOfWords}).
         */
        private @Nullable Query exclusion(QueryText.Part part, List<String> words) {
            List<Token> analyzed = analyze(part.text());
            if (analyzed.isEmpty()) {
                return null;
            }
            if (analyzed.size() == 1) {
                words.add(analyzed.get(0).text());
                return null;
            }
            return inAnyField(analyzed);
        }

        /** A word scored by its best field ({@link JobFields#WORDS}), with its typos when {@code typedLength} allows. */
        private Query word(String term, int typedLength) {
            Query exact = new TermQuery(new Term(JobFields.WORDS, term));
            highlight.add(new TermQuery(new Term(SNIPPET, term)), Occur.SHOULD);
            int edits = typedLength >= 8 ? 2 : typedLength >= 5 ? 1 : 0;
            // Long "words" are pasted ids or garbage; their automata cost more than they find.
            if (edits == 0 || term.length() > 24) {
                return exact;
            }
            List<Query> alternatives = new ArrayList<>();
            alternatives.add(exact);
            for (String field : JobFields.FUZZY) {
                FuzzyQuery fuzzy = new FuzzyQuery(new Term(field, term), edits, 1, FUZZY_EXPANSIONS, true);
                alternatives.add(boosted(fuzzy, JobFields.weight(field) * FUZZY_FACTOR));
                typos.add(fuzzy);
            }
            return new DisjunctionMaxQuery(alternatives, TIE_BREAKER);
        }

        private @Nullable Query prefix(String text) {
            BytesRef normalized = analyzer.normalize(JobFields.TITLE, text.toLowerCase(Locale.ROOT));
            if (normalized.length == 0 || tokens++ >= MAX_TOKENS) {
                return null;
            }
            List<Query> alternatives = new ArrayList<>();
            for (String field : JobFields.PREFIXED) {
                alternatives.add(boosted(new PrefixQuery(new Term(field, normalized)), JobFields.weight(field)));
            }
            highlight.add(new PrefixQuery(new Term(SNIPPET, BytesRef.deepCopyOf(normalized))), Occur.SHOULD);
            return new DisjunctionMaxQuery(alternatives, TIE_BREAKER);
        }

        /**
         * Words that stand together in one field, scored as the words ({@link JobFields#WORDS}):
         * the phrase decides what matches and is checked only where the words' scores can still
         * make the page, so the positions of most matches are never read.
         */
        private Query phrase(List<Token> analyzed) {
            return together(analyzed, List.of(inAnyField(analyzed)));
        }

        /**
         * Words scored as words ({@link JobFields#WORDS}) where {@code filters} say they stand
         * together, marked in snippets as a phrase.
         */
        private Query together(List<Token> analyzed, List<Query> filters) {
            BooleanQuery.Builder query = new BooleanQuery.Builder();
            analyzed.stream()
                    .map(Token::text)
                    .distinct()
                    .forEach(word -> query.add(new TermQuery(new Term(JobFields.WORDS, word)), Occur.MUST));
            filters.forEach(filter -> query.add(filter, Occur.FILTER));
            highlight.add(phraseOn(SNIPPET, analyzed), Occur.SHOULD);
            return TightConjunction.of(query.build());
        }

        /** The phrase in one of the searched fields, whichever. */
        private static Query inAnyField(List<Token> analyzed) {
            BooleanQuery.Builder anyField = new BooleanQuery.Builder();
            for (String field : JobFields.SEARCHED) {
                anyField.add(phraseOn(field, analyzed), Occur.SHOULD);
            }
            return anyField.build();
        }

        private static Query phraseOn(String field, List<Token> analyzed) {
            PhraseQuery.Builder phrase = new PhraseQuery.Builder();
            analyzed.forEach(token -> phrase.add(new Term(field, token.text()), token.position()));
            return phrase.build();
        }

        private static Query boosted(Query query, float boost) {
            return boost == 1f ? query : new BoostQuery(query, boost);
        }

        /** The part's tokens with their positions, within what is left of the token budget. */
        private List<Token> analyze(String text) {
            List<Token> analyzed = new ArrayList<>();
            try (TokenStream stream = analyzer.tokenStream(JobFields.TITLE, text)) {
                CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
                PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
                stream.reset();
                int position = -1;
                while (stream.incrementToken() && analyzed.size() < MAX_PHRASE_TOKENS && tokens < MAX_TOKENS) {
                    position += increment.getPositionIncrement();
                    analyzed.add(new Token(term.toString(), position));
                    tokens++;
                }
                stream.end();
            } catch (IOException e) {
                throw new UncheckedIOException(e); // analysis of a String does no I/O
            }
            return analyzed;
        }
    }

    private record Token(String text, int position) {}
}
