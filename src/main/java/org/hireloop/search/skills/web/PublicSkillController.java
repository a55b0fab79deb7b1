package org.hireloop.search.skills.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.hireloop.platform.Page;
import org.hireloop.platform.ProblemException;
import org.hireloop.search.Skill;
import org.hireloop.search.SkillTaxonomy;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The skills taxonomy for anyone: canonical names, categories and aliases. */
@RestController
@RequestMapping("/api/v1/public/skills")
@Tag(name = "Skills", description = "Anonymous: the skills taxonomy")
class PublicSkillController {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 200;
    static final int MAX_QUERY = 200;

    record SkillResponse(String name, String slug, String category, List<String> aliases, String source) {
        static SkillResponse of(Skill skill) {
            return new SkillResponse(skill.name(), skill.slug(), skill.category(), skill.aliases(), skill.source());
        }
    }

    private final SkillTaxonomy taxonomy;

    PublicSkillController(SkillTaxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    @GetMapping
    @Operation(
            summary = "Find skills by name or alias",
            description =
                    "Skills whose name or an alias starts with or contains q: curated skills before those discovered"
                            + " in job descriptions, each best first (exact names, then prefixes, then other"
                            + " matches). Without q, every skill. One page: next_cursor is always null.")
    Page<SkillResponse> search(
            @Parameter(description = "Part of a skill's name or alias, at most 200 characters")
                    @RequestParam(required = false)
                    @Nullable
                    String q,
            @Parameter(description = "At most this many skills, 1 to 200 (default 20)")
                    @RequestParam(required = false)
                    @Nullable
                    Integer limit) {
        if (q != null && q.length() > MAX_QUERY) {
            throw new ProblemException.InvalidRequest("q", "must be at most " + MAX_QUERY + " characters");
        }
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw new ProblemException.InvalidRequest("limit", "must be between 1 and " + MAX_LIMIT);
        }
        List<SkillResponse> skills = taxonomy.search(q == null ? "" : q, null, size).stream()
                .map(SkillResponse::of)
                .toList();
        return new Page<>(skills, null);
    }
}
