package org.hireloop.search.lucene;

import static org.hireloop.search.lucene.JobFields.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.hireloop.search.JobSearchRequest.Filters;
import org.hireloop.search.SearchScope;

/** The non-scoring clauses: the scope every query starts from, and the request's filters. */
final class ScopeFilters {

    private static final Query PUBLISHED_ONLY = new TermQuery(new Term(STATUS_KW, "published"));

    private ScopeFilters() {}

    /** The jobs a scope may see; every query the engine runs carries this as a filter. */
    static Query scope(SearchScope scope) {
        if (scope instanceof SearchScope.OrgPublished org) {
            return new BooleanQuery.Builder()
                    .add(orgQuery(org.org().toString()), Occur.FILTER)
                    .add(PUBLISHED_ONLY, Occur.FILTER)
                    .build();
        }
        if (scope instanceof SearchScope.OrgPrivate org) {
            return orgQuery(org.org().toString());
        }
        if (scope instanceof SearchScope.OrgAssigned assigned) {
            if (assigned.jobs().isEmpty()) {
                return new MatchNoDocsQuery("assigned to no job");
            }
            List<BytesRef> ids =
                    assigned.jobs().stream().map(JobFields::idBytes).toList();
            return new BooleanQuery.Builder()
                    .add(orgQuery(assigned.org().toString()), Occur.FILTER)
                    .add(new TermInSetQuery(ID, ids), Occur.FILTER)
                    .build();
        }
        return PUBLISHED_ONLY;
    }

    private static Query orgQuery(String orgId) {
        return new TermQuery(new Term(ORG_ID, orgId));
    }

    /** The scope and every filter of the request, all as FILTER clauses onto the builder. */
    static void addTo(BooleanQuery.Builder query, SearchScope scope, Filters filters) {
        query.add(scope(scope), Occur.FILTER);
        for (Query filter : filters(filters)) {
            query.add(filter, Occur.FILTER);
        }
    }

    static List<Query> filters(Filters filters) {
        List<Query> queries = new ArrayList<>();
        anyOf(queries, TAG_KW, filters.tags());
        anyOf(queries, WORKPLACE_KW, filters.workplaces());
        anyOf(queries, LOCATION_KW, filters.locations());
        anyOf(queries, EMPLOYMENT_KW, filters.employmentTypes());
        anyOf(queries, ORG_KW, filters.orgSlugs());
        anyOf(queries, STATUS_KW, filters.statuses());
        anyOf(queries, DEPARTMENT_KW, filters.departments());
        anyOf(queries, SKILL_KW, filters.skills());
        if (filters.salaryMinYearly() != null || filters.salaryMaxYearly() != null) {
            double min = Objects.requireNonNullElse(filters.salaryMinYearly(), Double.NEGATIVE_INFINITY);
            double max = Objects.requireNonNullElse(filters.salaryMaxYearly(), Double.POSITIVE_INFINITY);
            // Overlap of [job min, job max] with [min, max]; jobs without a salary have neither point.
            queries.add(DoublePoint.newRangeQuery(SALARY_MIN, Double.NEGATIVE_INFINITY, max));
            queries.add(DoublePoint.newRangeQuery(SALARY_MAX, min, Double.POSITIVE_INFINITY));
        }
        if (filters.experienceMax() != null) {
            queries.add(IntPoint.newRangeQuery(EXPERIENCE_MIN, Integer.MIN_VALUE, filters.experienceMax()));
        }
        if (filters.postedSince() != null) {
            queries.add(LongPoint.newRangeQuery(PUBLISHED, filters.postedSince().toEpochMilli(), Long.MAX_VALUE));
        }
        return queries;
    }

    private static void anyOf(List<Query> queries, String field, List<String> values) {
        List<BytesRef> terms = values.stream()
                .map(JobFields::keyword)
                .filter(value -> !value.isEmpty())
                .distinct()
                .map(BytesRef::new)
                .toList();
        if (!terms.isEmpty()) {
            queries.add(new TermInSetQuery(field, terms));
        }
    }
}
