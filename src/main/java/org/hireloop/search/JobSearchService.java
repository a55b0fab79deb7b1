package org.hireloop.search;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
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
                : taxonomy.recognize(request.query(), orgOf(request.scope())).stream()
                        .map(skill -> new QuerySkill(skill.name(), named(skill, request.query())))
                        .distinct()
                        .toList();
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

    /**
     * The words of the query that named the skill: its name or the longest of its aliases that the
     * query holds as whole words (case-insensitive); null when neither (the taxonomy also knows
     * spellings that are not listed, and an organization's own aliases).
     */
    static @Nullable String named(Skill skill, String query) {
        String text = query.toLowerCase(Locale.ROOT);
        return Stream.concat(Stream.of(skill.name()), skill.aliases().stream())
                .sorted(Comparator.comparingInt(String::length).reversed())
                .filter(name -> containsWords(text, name.toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElse(null);
    }

    private static boolean containsWords(String text, String words) {
        if (words.isBlank()) {
            return false;
        }
        for (int at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
            int end = at + words.length();
            boolean startsWord = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            boolean endsWord = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (startsWord && endsWord) {
                return true;
            }
        }
        return false;
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
