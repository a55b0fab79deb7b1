package org.hireloop.search.skills.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.UUID;
import org.hireloop.identity.ApiPrincipal;
import org.hireloop.platform.Action;
import org.hireloop.platform.Page;
import org.hireloop.platform.PageRequest;
import org.hireloop.search.skills.SkillAlias;
import org.hireloop.search.skills.SkillAliases;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/skills/aliases")
@Tag(name = "Skill aliases", description = "The organization's own names for skills, recognized in its searches")
class SkillAliasController {

    /** The alias and the skill it names: its name, slug or one of its aliases. */
    record CreateRequest(@Nullable String alias, @Nullable String skill) {}

    record SkillAliasResponse(
            UUID id,
            String alias,
            String skill,
            String skillSlug,
            Instant createdAt,
            @Nullable UUID createdBy) {
        static SkillAliasResponse of(SkillAlias alias) {
            return new SkillAliasResponse(
                    alias.id(),
                    alias.alias(),
                    alias.skillName(),
                    alias.skillSlug(),
                    alias.createdAt(),
                    alias.createdBy());
        }
    }

    private final SkillAliases aliases;

    SkillAliasController(SkillAliases aliases) {
        this.aliases = aliases;
    }

    @Action("skills.aliases.list")
    @GetMapping
    @Operation(summary = "List the organization's skill aliases, newest first")
    Page<SkillAliasResponse> list(
            @AuthenticationPrincipal ApiPrincipal caller,
            @RequestParam(required = false) @Nullable Integer limit,
            @RequestParam(required = false) @Nullable String cursor) {
        return aliases.list(caller.orgId(), PageRequest.of(limit, cursor)).map(SkillAliasResponse::of);
    }

    @Action("skills.aliases.create")
    @PostMapping(consumes = "application/json")
    @Operation(
            summary = "Add an alias of a skill",
            description = "The skill is named by its name, slug or an alias (422 when no skill has it). The alias"
                    + " (at most 100 characters) may not name another skill (422); the organization has each"
                    + " alias once, in any case (409). It counts in the organization's searches at once on this"
                    + " server and within seconds on the others.")
    @ApiResponse(responseCode = "201", description = "Added; Location names it")
    ResponseEntity<SkillAliasResponse> create(
            @AuthenticationPrincipal ApiPrincipal caller, @RequestBody CreateRequest request) {
        SkillAlias alias = aliases.create(caller.orgId(), request.alias(), request.skill(), caller.userId());
        return ResponseEntity.created(URI.create("/api/v1/skills/aliases/" + alias.id()))
                .body(SkillAliasResponse.of(alias));
    }

    @Action("skills.aliases.delete")
    @DeleteMapping("/{id}")
    @Operation(summary = "Delete an alias; aliases are never changed, so they have no version and need no If-Match")
    @ApiResponse(responseCode = "204", description = "Deleted")
    ResponseEntity<Void> delete(@AuthenticationPrincipal ApiPrincipal caller, @PathVariable UUID id) {
        aliases.delete(caller.orgId(), id);
        return ResponseEntity.noContent().build();
    }
}
