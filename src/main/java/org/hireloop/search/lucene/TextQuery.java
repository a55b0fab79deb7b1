package org.hireloop.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
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
import org.jspecify.annotations.Nullable;

/**
 * The Lucene queries for a parsed query text: what must match ({@link #positive}, null when the
 * query names nothing, so every job in scope matches), what must not ({@link #excluded}), and the
 * query the snippet highlighter marks words by ({@link #highlight}, with {@link #typos} to expand
 * against the index once per search: a fuzzy query in the highlighter would build its automaton
 * again for every snippet).
 *
 * <p>Each part is a disjunction over the searched fields, so one word may match the title of one
 * job and the responsibilities of another, and the best field decides its score. Skills the
 * taxonomy recognized in the query are extra alternatives at the top level that count like a
 * matched word: "k8s engineer" with the recognized skill Kubernetes needs two of {k8s, engineer,
 * skill Kubernetes}, so a Kubernetes engineer job matches although its text never says "k8s".
 * The engine cannot tell which word named the skill, so with several recognized skills the rule
 * is a little looser than "every word"; it is the simple, predictable choice. A skill named by an
 * alias also searches its canonical name as if typed, so "k8s" ranks jobs as "kubernetes" does.
 *
 * <p>Neighbouring words of the query that stand together, as written, in a title add to the score
 * (never to what matches): "product manager" puts "Product Manager" before "Director of Product
 * Management". The job's city and country and its employment type and workplace are searched
 * fields too, so "berlin", "germany" or "internship" mean something.
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
    /** Neighbouring query words may be this many positions further apart in a title. */
    static final int PROXIMITY_SLOP = 1;

    static final float PROXIMITY_FACTOR = 0.5f;
    static final int MAX_PROXIMITY_PAIRS = 8;

    static TextQuery build(QueryText text, List<String> querySkills, Analyzer analyzer) {
        return build(text, querySkills, analyzer, true);
    }

    /**
     * @param forgiveTypos whether words also match titles and skills within an edit distance; the
     *     fuzzy automata cost more than the rest of a search, so searches try without them first
     */
    static TextQuery build(QueryText text, List<String> querySkills, Analyzer analyzer, boolean forgiveTypos) {
        return new Builder(analyzer, forgiveTypos).build(text, querySkills);
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

        Builder(Analyzer analyzer, boolean forgiveTypos) {
            this.analyzer = analyzer;
            this.forgiveTypos = forgiveTypos;
        }

        TextQuery build(QueryText text, List<String> querySkills) {
            List<Query> positives = new ArrayList<>();
            List<Query> excluded = new ArrayList<>();
            for (QueryText.Part part : text.parts()) {
                Query query = part.excluded() ? exclusion(part) : clause(part);
                if (query != null) {
                    (part.excluded() ? excluded : positives).add(query);
                }
                if (!part.excluded() && part.kind() == QueryText.Kind.PREFIX) {
                    asWritten.add(null); // words on either side of a prefix are not neighbours for proximity
                }
            }
            return new TextQuery(
                    positive(positives, querySkills), List.copyOf(excluded), highlight.build(), List.copyOf(typos));
        }

        private @Nullable Query positive(List<Query> words, List<String> querySkills) {
            if (words.isEmpty()) {
                return null;
            }
            List<Query> skills = querySkills.stream()
                    .map(JobFields::keyword)
                    .filter(skill -> !skill.isEmpty())
                    .distinct()
                    .limit(MAX_SKILLS)
                    .map(this::skill)
                    .toList();
            BooleanQuery.Builder query = new BooleanQuery.Builder();
            if (skills.isEmpty() && required(words.size()) == words.size()) {
                // every word required: a conjunction, which skips what cannot reach the page (a
                // "should match all" disjunction would score every match)
                words.forEach(word -> query.add(word, Occur.MUST));
            } else {
                words.forEach(word -> query.add(word, Occur.SHOULD));
                skills.forEach(skill -> query.add(skill, Occur.SHOULD));
                query.setMinimumNumberShouldMatch(required(words.size()));
            }
            Query core = query.build();
            List<Query> proximity = proximity();
            if (proximity.isEmpty()) {
                return core;
            }
            BooleanQuery.Builder boosted = new BooleanQuery.Builder().add(core, Occur.MUST);
            proximity.forEach(pair -> boosted.add(pair, Occur.SHOULD));
            return boosted.build();
        }

        /**
         * A skill the taxonomy recognized: jobs that have it, and, when the query named it by an
         * alias ("k8s" for Kubernetes), the canonical name searched as if typed, so an alias
         * ranks the jobs like the skill's own name does rather than by the short lists of names
         * that hold the alias.
         */
        private Query skill(String skill) {
            Query has = new BoostQuery(new TermQuery(new Term(JobFields.SKILL_KW, skill)), SKILL_BOOST);
            List<Token> name = analyzeFree(JobFields.TITLE, skill);
            boolean typedAsIs = !name.isEmpty() && name.stream().allMatch(token -> typed.contains(token.text()));
            if (name.isEmpty() || typedAsIs) {
                return has;
            }
            Query asTyped = name.size() == 1 ? word(name.get(0).text(), 0) : phrase(name);
            return new BooleanQuery.Builder()
                    .add(has, Occur.SHOULD)
                    .add(asTyped, Occur.SHOULD)
                    .build();
        }

        /**
         * Neighbouring words of the query, as written, near each other in a title or skill name
         * ("product manager" in "Senior Product Manager", not in "Director of Product
         * Management"): the title says what the job is, and two words of the query that also
         * stand together there say more than the same words apart or merely sharing a stem.
         */
        private List<Query> proximity() {
            List<Query> pairs = new ArrayList<>();
            for (int i = 0; i + 1 < asWritten.size() && pairs.size() < MAX_PROXIMITY_PAIRS; i++) {
                String first = asWritten.get(i);
                String second = asWritten.get(i + 1);
                if (first != null && second != null && !first.equals(second)) {
                    Query pair = new PhraseQuery(PROXIMITY_SLOP, JobFields.SPELL, first, second);
                    pairs.add(new BoostQuery(pair, JobFields.weight(JobFields.TITLE) * PROXIMITY_FACTOR));
                }
            }
            return pairs;
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
                boolean fuzzy = forgiveTypos && part.kind() == QueryText.Kind.WORD && fuzzyWords++ < MAX_FUZZY_WORDS;
                return word(
                        analyzed.get(0).text(),
                        fuzzy ? part.text().codePointCount(0, part.text().length()) : 0);
            }
            return phrase(analyzed);
        }

        private @Nullable Query exclusion(QueryText.Part part) {
            List<Token> analyzed = analyze(part.text());
            if (analyzed.isEmpty()) {
                return null;
            }
            List<Query> alternatives = new ArrayList<>();
            for (String field : JobFields.SEARCHED) {
                alternatives.add(
                        analyzed.size() == 1
                                ? new TermQuery(new Term(field, analyzed.get(0).text()))
                                : phraseOn(field, analyzed));
            }
            return new DisjunctionMaxQuery(alternatives, 0f);
        }

        private Query word(String term, int typedLength) {
            List<Query> alternatives = new ArrayList<>();
            for (String field : JobFields.SEARCHED) {
                alternatives.add(boosted(new TermQuery(new Term(field, term)), JobFields.weight(field)));
            }
            highlight.add(new TermQuery(new Term(SNIPPET, term)), Occur.SHOULD);
            int edits = typedLength >= 8 ? 2 : typedLength >= 5 ? 1 : 0;
            // Long "words" are pasted ids or garbage; their automata cost more than they find.
            if (edits > 0 && term.length() <= 24) {
                for (String field : JobFields.FUZZY) {
                    FuzzyQuery fuzzy = new FuzzyQuery(new Term(field, term), edits, 1, FUZZY_EXPANSIONS, true);
                    alternatives.add(boosted(fuzzy, JobFields.weight(field) * FUZZY_FACTOR));
                    typos.add(fuzzy);
                }
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

        private Query phrase(List<Token> analyzed) {
            List<Query> alternatives = new ArrayList<>();
            for (String field : JobFields.SEARCHED) {
                alternatives.add(boosted(phraseOn(field, analyzed), JobFields.weight(field)));
            }
            highlight.add(phraseOn(SNIPPET, analyzed), Occur.SHOULD);
            return new DisjunctionMaxQuery(alternatives, TIE_BREAKER);
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
