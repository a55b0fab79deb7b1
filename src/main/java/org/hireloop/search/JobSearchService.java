package org.hireloop.search;

import java.util.List;
import java.util.UUID;
import org.hireloop.platform.OrgId;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;

/**
 * Job search for the web layer and other modules: adds what the taxonomy recognizes in the query
 * (so "k8s" finds Kubernetes jobs, and an organization's own aliases work on its board) and runs
 * it on the engine.
 */
@Service
public class JobSearchService {

    private final JobSearchEngine engine;
    private final SkillTaxonomy taxonomy;

    // Lazy: commands such as import never search, and must not open the index a running server holds.
    JobSearchService(@Lazy JobSearchEngine engine, SkillTaxonomy taxonomy) {
        this.engine = engine;
        this.taxonomy = taxonomy;
    }

    /** The same search over another engine: an index of a test corpus, for instance. */
    public static JobSearchService over(JobSearchEngine engine, SkillTaxonomy taxonomy) {
        return new JobSearchService(engine, taxonomy);
    }

    public JobSearchResult search(JobSearchRequest request) {
        List<QuerySkill> skills = request.query().isBlank()
                ? List.of()
                : taxonomy.recognizeInQuery(request.query(), orgOf(request.scope()));
        return engine.search(new JobSearchRequest(
                request.scope(),
                request.query(),
                skills,
                request.filters(),
                request.sort(),
                request.limit(),
                request.cursor(),
                request.facets(),
                request.facetLimit()));
    }

    public List<Suggestion> suggest(String prefix, Suggestion.Kind kind, SearchScope scope, int limit) {
        return engine.suggest(prefix, kind, scope, limit);
    }

    public List<JobSearchResult.JobHit> similar(UUID jobId, SearchScope scope, int limit) {
        return engine.similar(jobId, scope, limit);
    }

    public boolean contains(UUID jobId, SearchScope scope) {
        return engine.find(jobId, scope).isPresent();
    }

    static @Nullable OrgId orgOf(SearchScope scope) {
        if (scope instanceof SearchScope.OrgPublished published) {
            return published.org();
        }
        if (scope instanceof SearchScope.OrgPrivate member) {
            return member.org();
        }
        if (scope instanceof SearchScope.OrgAssigned assigned) {
            return assigned.org();
        }
        return null;
    }
}
