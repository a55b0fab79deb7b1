package org.hireloop.search.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.hireloop.identity.Organization;
import org.hireloop.identity.Organizations;
import org.hireloop.platform.Page;
import org.hireloop.platform.ProblemException;
import org.hireloop.search.JobSearchService;
import org.hireloop.search.SearchScope;
import org.hireloop.search.Suggestion;
import org.hireloop.search.indexing.CurrencyRates;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Anonymous search: the cross-organization board, one organization's board, suggestions, similar jobs. */
@RestController
@Tag(name = "Public job search", description = "Anonymous: published jobs only")
class PublicSearchController {

    static final int MAX_SUGGEST_LENGTH = 100;

    private final JobSearchService search;
    private final Organizations organizations;
    private final CurrencyRates rates;

    PublicSearchController(JobSearchService search, Organizations organizations, CurrencyRates rates) {
        this.search = search;
        this.organizations = organizations;
        this.rates = rates;
    }

    @GetMapping("/api/v1/public/jobs")
    @Operation(
            summary = "Search the published jobs of every organization",
            description = "Relevance first by default; facets count every match; did_you_mean suggests a"
                    + " corrected query when nothing matched.")
    SearchResponse searchAll(SearchParameters.Raw parameters) {
        return SearchResponse.of(search.search(SearchParameters.read(parameters, SearchScope.ALL_PUBLISHED, rates)));
    }

    // Only with q: without it the board lists from the database, newest first (jobs module).
    @GetMapping(value = "/api/v1/public/orgs/{orgSlug}/jobs", params = "q")
    @Operation(summary = "Search one organization's published jobs (with q; its aliases of skills apply)")
    SearchResponse searchBoard(@PathVariable("orgSlug") String orgSlug, SearchParameters.Raw parameters) {
        Organization organization = organizations
                .findBySlug(orgSlug)
                .orElseThrow(() -> new ProblemException.ResourceNotFound("no job board " + orgSlug));
        SearchScope scope = new SearchScope.OrgPublished(organization.id());
        return SearchResponse.of(search.search(SearchParameters.read(parameters, scope, rates)));
    }

    @GetMapping("/api/v1/public/suggest")
    @Operation(summary = "Autocomplete job titles or skills: prefix and typo tolerant, most common first")
    Page<Suggestion> suggest(
            @Parameter(description = "The beginning of a title or skill, 1 to 100 characters") @RequestParam String q,
            @Parameter(schema = @Schema(allowableValues = {"title", "skill"})) @RequestParam(required = false) @Nullable
                    String kind,
            @Parameter(description = "1 to 50, 10 by default") @RequestParam(required = false) @Nullable
                    Integer limit) {
        String prefix = q.strip();
        if (prefix.isEmpty() || prefix.length() > MAX_SUGGEST_LENGTH) {
            throw new ProblemException.InvalidRequest("q", "must be 1 to " + MAX_SUGGEST_LENGTH + " characters");
        }
        if (prefix.codePoints().anyMatch(Character::isISOControl)) {
            throw new ProblemException.InvalidRequest("q", "must not contain control characters");
        }
        Suggestion.Kind which = kind(kind);
        int size = limit(limit, 10, 50);
        return new Page<>(search.suggest(prefix, which, SearchScope.ALL_PUBLISHED, size), null);
    }

    @GetMapping("/api/v1/public/jobs/{id}/similar")
    @Operation(summary = "Published jobs like this one, most similar first")
    Page<SearchResponse.Hit> similar(
            @PathVariable UUID id,
            @Parameter(description = "1 to 50, 10 by default") @RequestParam(required = false) @Nullable
                    Integer limit) {
        int size = limit(limit, 10, 50);
        if (!search.contains(id, SearchScope.ALL_PUBLISHED)) {
            throw new ProblemException.ResourceNotFound("no published job " + id);
        }
        List<SearchResponse.Hit> hits = search.similar(id, SearchScope.ALL_PUBLISHED, size).stream()
                .map(SearchResponse.Hit::of)
                .toList();
        return new Page<>(hits, null);
    }

    private static Suggestion.Kind kind(@Nullable String kind) {
        if (kind == null || kind.isBlank()) {
            return Suggestion.Kind.TITLE;
        }
        try {
            return Suggestion.Kind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ProblemException.InvalidRequest("kind", "must be title or skill");
        }
    }

    static int limit(@Nullable Integer limit, int byDefault, int max) {
        if (limit == null) {
            return byDefault;
        }
        if (limit < 1 || limit > max) {
            throw new ProblemException.InvalidRequest("limit", "must be between 1 and " + max);
        }
        return limit;
    }
}
