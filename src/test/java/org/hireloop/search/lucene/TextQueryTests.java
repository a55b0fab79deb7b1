package org.hireloop.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.hireloop.search.QuerySkill;
import org.junit.jupiter.api.Test;

/**
 * The queries of one text share what they exclude, so that its sets of jobs are built once; a
 * skill named by words of its own name is optional beside them.
 */
class TextQueryTests {

    private final Analyzer analyzer = TextAnalysis.stemmed();

    @Test
    void theForgivingQueryTakesTheExclusionsOfTheQueryAsTyped() {
        QueryText text = QueryText.parse("enginer -senior -lead -\"team lead\"");
        TextQuery asTyped = TextQuery.build(text, List.of(), analyzer, false);

        TextQuery forgiving = TextQuery.build(text, List.of(), analyzer, true).excluding(asTyped);

        assertThat(forgiving.excluded()).hasSize(2);
        for (int i = 0; i < forgiving.excluded().size(); i++) {
            assertThat(forgiving.excluded().get(i)).isSameAs(asTyped.excluded().get(i));
        }
        assertThat(forgiving.excluded()).anyMatch(AnyOfWords.class::isInstance);
        // the rest stays the forgiving query's own: its words forgive typos
        assertThat(forgiving.positive()).isNotEqualTo(asTyped.positive());
    }

    @Test
    void otherExclusionsAreNotTaken() {
        TextQuery asTyped = TextQuery.build(QueryText.parse("engineer -senior -lead"), List.of(), analyzer, false);
        TextQuery other = TextQuery.build(QueryText.parse("engineer -senior -staff"), List.of(), analyzer, true);

        assertThat(other.excluding(asTyped)).isSameAs(other);
    }

    @Test
    void aSkillNamedByWordsOfItsNameIsOptionalBesideTheWords() {
        assertThat(occurOfWordsBesideSkill("python", QuerySkill.typed("Python")))
                .isEqualTo(Occur.MUST);
        assertThat(occurOfWordsBesideSkill("spark", new QuerySkill("Apache Spark", "spark")))
                .isEqualTo(Occur.MUST);
        // and the words typed are the name's: the name is not searched as a phrase as well
        assertThat(skillClause("spark", new QuerySkill("Apache Spark", "spark")))
                .isEqualTo(new BoostQuery(new TermQuery(new Term(JobFields.SKILL_KW, "apache spark")), 3f));
        assertThat(occurOfWordsBesideSkill("\"machine learning\"", QuerySkill.typed("Machine Learning")))
                .isEqualTo(Occur.MUST);
    }

    @Test
    void aSkillNamedOtherwiseStaysAnAlternativeOfTheWords() {
        // a job with Kubernetes need not say "k8s", nor a job with Apache Spark "pyspark"
        assertThat(occurOfWordsBesideSkill("k8s", new QuerySkill("Kubernetes", "k8s")))
                .isEqualTo(Occur.SHOULD);
        assertThat(occurOfWordsBesideSkill("pyspark", new QuerySkill("Apache Spark", "pyspark")))
                .isEqualTo(Occur.SHOULD);
        // the words of a name, but not side by side there
        assertThat(occurOfWordsBesideSkill("\"learning machine\"", QuerySkill.typed("Machine Learning")))
                .isEqualTo(Occur.SHOULD);
    }

    private Query skillClause(String query, QuerySkill skill) {
        return wordsOrSkill(query, skill).clauses().get(1).getQuery();
    }

    /** The query's one clause: its words, and the skill. */
    private BooleanQuery wordsOrSkill(String query, QuerySkill skill) {
        Query positive = TextQuery.build(QueryText.parse(query), List.of(skill), analyzer, false)
                .positive();
        return (BooleanQuery) ((BooleanQuery) positive).clauses().get(0).getQuery();
    }

    /** How the clause of the query's words occurs beside the clause on the skill's keyword. */
    private Occur occurOfWordsBesideSkill(String query, QuerySkill skill) {
        BooleanQuery either = wordsOrSkill(query, skill);
        assertThat(either.clauses()).hasSize(2);
        BooleanClause words = either.clauses().get(0);
        BooleanClause skillClause = either.clauses().get(1);
        assertThat(skillClause.getOccur()).isEqualTo(Occur.SHOULD);
        assertThat(terms(skillClause.getQuery()))
                .contains(new Term(JobFields.SKILL_KW, JobFields.keyword(skill.name())));
        assertThat(terms(words.getQuery())).noneMatch(term -> term.field().equals(JobFields.SKILL_KW));
        return words.getOccur();
    }

    private static List<Term> terms(Query query) {
        List<Term> terms = new ArrayList<>();
        query.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query query, Term... found) {
                terms.addAll(List.of(found));
            }

            @Override
            public QueryVisitor getSubVisitor(Occur occur, Query parent) {
                return this;
            }
        });
        return terms;
    }
}
