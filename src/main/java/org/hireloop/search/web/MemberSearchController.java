package org.hireloop.search.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.hireloop.identity.ApiPrincipal;
import org.hireloop.platform.Action;
import org.hireloop.search.JobSearchService;
import org.hireloop.search.SearchScope;
import org.hireloop.search.indexing.CurrencyRates;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Members' search over every job of their organization, in every status. */
@RestController
@Tag(name = "Jobs", description = "Job postings of the caller's organization")
class MemberSearchController {

    private final JobSearchService search;
    private final CurrencyRates rates;

    MemberSearchController(JobSearchService search, CurrencyRates rates) {
        this.search = search;
        this.rates = rates;
    }

    // Only with q: without it the list reads the database, newest first (jobs module).
    @Action("jobs.read")
    @GetMapping(value = "/api/v1/jobs", params = "q")
    @Operation(
            summary = "Search the organization's jobs in every status (with q)",
            description = "The same syntax, filters and facets as the public search, plus status and"
                    + " department; never another organization's jobs.")
    SearchResponse search(@AuthenticationPrincipal ApiPrincipal caller, SearchParameters.Raw parameters) {
        SearchScope scope = new SearchScope.OrgPrivate(caller.orgId());
        return SearchResponse.of(search.search(SearchParameters.read(parameters, scope, rates)));
    }
}
