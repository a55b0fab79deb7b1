package org.hireloop.search.career.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hireloop.search.career.CareerGraph.Edge;
import org.hireloop.search.career.CareerGraph.Kind;
import org.hireloop.search.career.CareerGraph.Move;
import org.hireloop.search.career.CareerGraph.Path;
import org.hireloop.search.career.CareerGraph.RequiredSkill;
import org.hireloop.search.career.CareerGraph.Role;
import org.hireloop.search.career.CareerGraphs;
import org.jspecify.annotations.Nullable;

/** The career graph as the API answers it (snake_case by the application's JSON settings). */
final class CareerResponses {

    private CareerResponses() {}

    /** A role named in a step or a path: its slug (usable in addresses) and its display name. */
    record RoleRef(String slug, String name) {
        static RoleRef of(Role role) {
            return new RoleRef(role.slug(), role.name());
        }
    }

    @Schema(description = "A role: its slug, its most common spelling, its abbreviations, its published jobs")
    record RoleResponse(String slug, String name, List<String> aliases, long jobs) {
        static RoleResponse of(Role role) {
            return new RoleResponse(role.slug(), role.name(), role.aliases(), role.jobs());
        }
    }

    @Schema(
            description = "A move between two roles, supported by `weight` job descriptions; `kind` is what most of"
                    + " them call it (advance, lateral, entry), `support` the count per kind")
    record StepResponse(RoleRef from, RoleRef to, String kind, long weight, Map<String, Long> support) {
        static StepResponse of(Edge edge) {
            Map<String, Long> support = new LinkedHashMap<>();
            for (Kind kind : Kind.values()) {
                if (edge.support().containsKey(kind)) {
                    support.put(kind.apiValue(), edge.support().get(kind));
                }
            }
            return new StepResponse(
                    RoleRef.of(edge.from()), RoleRef.of(edge.to()), edge.kind().apiValue(), edge.weight(), support);
        }
    }

    @Schema(description = "A loopless path: its roles in order, its steps, and the support of its weakest step")
    record PathResponse(List<RoleRef> roles, List<StepResponse> steps, int length, long weakestSupport) {
        static PathResponse of(Path path) {
            return new PathResponse(
                    path.roles().stream().map(RoleRef::of).toList(),
                    path.steps().stream().map(StepResponse::of).toList(),
                    path.length(),
                    path.weakestSupport());
        }
    }

    @Schema(description = "A skill the target requires: in how many of its jobs, and which share of them")
    record SkillResponse(String skill, long jobs, double share) {
        static SkillResponse of(RequiredSkill skill) {
            return new SkillResponse(skill.skill(), skill.jobs(), skill.share());
        }

        static List<SkillResponse> of(List<RequiredSkill> skills) {
            return skills.stream().map(SkillResponse::of).toList();
        }
    }

    record TargetResponse(String type, String id, String name) {}

    @Schema(
            description = "The skills a role or job requires, split into those given and those missing, most often"
                    + " required first; coverage weighs each skill by its share (null when the target names none)")
    record GapResponse(
            TargetResponse target,
            @Nullable Double coverage,
            List<SkillResponse> have,
            List<SkillResponse> missing,
            List<String> recognizedSkills,
            List<String> unrecognizedSkills) {
        static GapResponse of(CareerGraphs.SkillsGap gap) {
            var target = gap.target();
            return new GapResponse(
                    new TargetResponse(target.type(), target.id(), target.name()),
                    gap.gap().coverage(),
                    SkillResponse.of(gap.gap().have()),
                    SkillResponse.of(gap.gap().missing()),
                    gap.skills().recognized(),
                    gap.skills().unrecognized());
        }
    }

    @Schema(
            description = "A role to move to: the skills coverage, its median yearly base salary, the change from the"
                    + " current role's, the step that leads there, the missing skills most often required")
    record MoveResponse(
            RoleResponse role,
            @Nullable Double coverage,
            @Nullable Long salaryMedianYearly,
            @Nullable Long salaryChange,
            @Nullable StepResponse step,
            List<SkillResponse> missingSkills) {
        static MoveResponse of(Move move) {
            return new MoveResponse(
                    RoleResponse.of(move.role()),
                    move.coverage(),
                    move.salaryMedian(),
                    move.salaryChange(),
                    move.edge() == null ? null : StepResponse.of(move.edge()),
                    SkillResponse.of(move.missing()));
        }
    }

    @Schema(description = "A list of moves, with the current role and the skills the taxonomy did not recognize")
    record MovesResponse(
            List<MoveResponse> data,
            @Nullable String nextCursor,
            @Nullable RoleRef from,
            List<String> recognizedSkills,
            List<String> unrecognizedSkills) {
        static MovesResponse of(CareerGraphs.Moves moves) {
            return new MovesResponse(
                    moves.moves().stream().map(MoveResponse::of).toList(),
                    null,
                    moves.from() == null ? null : RoleRef.of(moves.from()),
                    moves.skills().recognized(),
                    moves.skills().unrecognized());
        }
    }
}
