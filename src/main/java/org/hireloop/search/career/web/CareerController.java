package org.hireloop.search.career.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.hireloop.platform.Page;
import org.hireloop.platform.ProblemException;
import org.hireloop.search.career.CareerGraphs;
import org.hireloop.search.career.RoleName;
import org.hireloop.search.career.web.CareerResponses.GapResponse;
import org.hireloop.search.career.web.CareerResponses.MovesResponse;
import org.hireloop.search.career.web.CareerResponses.PathResponse;
import org.hireloop.search.career.web.CareerResponses.RoleResponse;
import org.hireloop.search.career.web.CareerResponses.StepResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The career graph of the published jobs of every organization, for anyone. A role is named by
 * its title or its slug, in any case, or by an abbreviation ("SRE").
 */
@RestController
@RequestMapping("/api/v1/public/career")
@Tag(name = "Career graph", description = "Anonymous: roles and the moves between them, from published jobs")
class CareerController {

    static final int MAX_SKILLS = 100;
    static final int MAX_SKILL_LENGTH = 100;
    static final int MAX_K = 10;
    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 200;

    private static final String ROLE_DOC = "A role's title, slug or abbreviation, case-insensitive";
    private static final String SKILLS_DOC =
            "Skills, comma-separated (names, slugs or aliases; at most 100); unknown ones are reported back";

    private final CareerGraphs graphs;

    CareerController(CareerGraphs graphs) {
        this.graphs = graphs;
    }

    @GetMapping("/roles")
    @Operation(summary = "Search roles by title or abbreviation, with their numbers of published jobs")
    Page<RoleResponse> roles(
            @Parameter(description = "Part of a title or an abbreviation; every role when absent")
                    @RequestParam(required = false)
                    @Nullable
                    String q,
            @RequestParam(required = false) @Nullable Integer limit) {
        checkLength("q", q, RoleName.MAX_LENGTH);
        return page(graphs.roles(q, limit(limit)).stream().map(RoleResponse::of).toList());
    }

    @GetMapping("/roles/{role}/next")
    @Operation(summary = "The moves out of a role (advancements, lateral moves), best supported first")
    Page<StepResponse> next(@Parameter(description = ROLE_DOC) @PathVariable String role) {
        checkLength("role", role, RoleName.MAX_LENGTH);
        return page(graphs.next(role).stream().map(StepResponse::of).toList());
    }

    @GetMapping("/paths")
    @Operation(
            summary = "Up to k shortest paths from one role to another",
            description = "Fewest steps first, then the path whose weakest step more descriptions support;"
                    + " an empty list when the target cannot be reached")
    Page<PathResponse> paths(
            @Parameter(description = ROLE_DOC) @RequestParam String from,
            @Parameter(description = ROLE_DOC) @RequestParam String to,
            @Parameter(description = "How many paths, 1 to 10") @RequestParam(defaultValue = "3") int k) {
        checkLength("from", from, RoleName.MAX_LENGTH);
        checkLength("to", to, RoleName.MAX_LENGTH);
        if (k < 1 || k > MAX_K) {
            throw new ProblemException.InvalidRequest("k", "must be between 1 and " + MAX_K);
        }
        return page(graphs.paths(from, to, k).stream().map(PathResponse::of).toList());
    }

    @GetMapping("/gap")
    @Operation(
            summary = "The skills gap to a published job or to a role",
            description = "Give exactly one of job and role. A role's skills are ranked by how many of its jobs"
                    + " require them.")
    GapResponse gap(
            @Parameter(description = SKILLS_DOC) @RequestParam(required = false) @Nullable List<String> skills,
            @Parameter(description = "A published job's id") @RequestParam(required = false) @Nullable UUID job,
            @Parameter(description = ROLE_DOC) @RequestParam(required = false) @Nullable String role) {
        List<String> given = skills(skills);
        if ((job == null) == (role == null)) {
            throw new ProblemException.InvalidRequest("job", "give exactly one of job and role");
        }
        if (role != null) {
            checkLength("role", role, RoleName.MAX_LENGTH);
            return GapResponse.of(graphs.gapToRole(given, role));
        }
        return GapResponse.of(graphs.gapToJob(given, Objects.requireNonNull(job)));
    }

    @GetMapping("/moves")
    @Operation(
            summary = "Roles a person with these skills could move to",
            description = "The roles `from` leads to, or every role with published jobs; ranked by skills coverage,"
                    + " then by the change of median salary from `from` (or by salary without it)")
    MovesResponse moves(
            @Parameter(description = SKILLS_DOC) @RequestParam(required = false) @Nullable List<String> skills,
            @Parameter(description = "The current role: " + ROLE_DOC) @RequestParam(required = false) @Nullable
                    String from,
            @RequestParam(required = false) @Nullable Integer limit) {
        List<String> given = skills(skills);
        checkLength("from", from, RoleName.MAX_LENGTH);
        return MovesResponse.of(graphs.moves(given, from, limit(limit)));
    }

    /** The skills of one parameter, given comma-separated or repeated, trimmed, without blanks. */
    private static List<String> skills(@Nullable List<String> values) {
        List<String> skills = new ArrayList<>();
        for (String value : values == null ? List.<String>of() : values) {
            for (String part : value.split(",", -1)) {
                String skill = part.strip();
                if (skill.length() > MAX_SKILL_LENGTH) {
                    throw new ProblemException.InvalidRequest(
                            "skills", "each skill has at most " + MAX_SKILL_LENGTH + " characters");
                }
                if (!skill.isEmpty()) {
                    skills.add(skill);
                }
                if (skills.size() > MAX_SKILLS) {
                    throw new ProblemException.InvalidRequest("skills", "at most " + MAX_SKILLS + " skills");
                }
            }
        }
        return skills;
    }

    private static int limit(@Nullable Integer limit) {
        if (limit == null) {
            return DEFAULT_LIMIT;
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new ProblemException.InvalidRequest("limit", "must be between 1 and " + MAX_LIMIT);
        }
        return limit;
    }

    private static void checkLength(String parameter, @Nullable String value, int max) {
        if (value != null && value.length() > max) {
            throw new ProblemException.InvalidRequest(parameter, "at most " + max + " characters");
        }
    }

    private static <T> Page<T> page(List<T> data) {
        return new Page<>(data, null);
    }
}
