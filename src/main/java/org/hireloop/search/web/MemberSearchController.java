package org.hireloop.search.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hireloop.identity.ApiPrincipal;
import org.hireloop.jobs.JobId;
import org.hireloop.jobs.JobMembers;
import org.hireloop.jobs.JobViewer;
import org.hireloop.platform.Action;
import org.hireloop.search.JobSearchService;
import org.hireloop.search.SearchScope;
import org.hireloop.search.indexing.CurrencyRates;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Members' search over the jobs of their organization they may see (see {@link JobViewer}: a
 * hiring manager only those assigned to them), in every status.
 */
@RestController
@Tag(name = "Jobs", description = "Job postings of the caller's organization")
class MemberSearchController {

    private final JobSearchService search;
    private final CurrencyRates rates;
    private final JobMembers members;

    MemberSearchController(JobSearchService search, CurrencyRates rates, JobMembers members) {
        this.search = search;
        this.rates = rates;
        this.members = members;
    }

    // Only with q: without it the list reads the database, newest first (jobs module).
    @Action("jobs.read")
    @GetMapping(value = "/api/v1/jobs", params = "q")
    @Operation(
            summary = "Search the organization's jobs in every status (with q)",
            description = "The same syntax, filters and facets as the public search, plus status and"
                    + " department; never another organization's jobs, and for a hiring manager only"
                    + " the jobs assigned to them (as the list).")
    SearchResponse search(@AuthenticationPrincipal ApiPrincipal caller, SearchParameters.Raw parameters) {
        return SearchResponse.of(search.search(SearchParameters.read(parameters, scopeOf(caller), rates)));
    }

    private SearchScope scopeOf(ApiPrincipal caller) {
        JobViewer viewer = JobViewer.of(caller);
        if (!viewer.assignedOnly()) {
            return new SearchScope.OrgPrivate(caller.orgId());
        }
        UUID userId = viewer.userId();
        Set<UUID> assigned = userId == null
                ? Set.of()
                : members.jobsAssignedTo(caller.orgId(), userId).stream()
                        .map(JobId::value)
                        .collect(Collectors.toSet());
        return new SearchScope.OrgAssigned(caller.orgId(), assigned);
    }
}
