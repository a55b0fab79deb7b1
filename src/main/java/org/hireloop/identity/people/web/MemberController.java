package org.hireloop.identity.people.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hireloop.identity.ApiPrincipal;
import org.hireloop.identity.Role;
import org.hireloop.identity.Scope;
import org.hireloop.identity.internal.TokenService.CreatedToken;
import org.hireloop.identity.internal.TokenService.TokenRequest;
import org.hireloop.identity.people.Member;
import org.hireloop.identity.people.MemberService;
import org.hireloop.identity.people.NewPerson;
import org.hireloop.identity.people.web.PeopleResponses.MemberBody;
import org.hireloop.identity.web.TokenResponse;
import org.hireloop.platform.Action;
import org.hireloop.platform.EntityTag;
import org.hireloop.platform.Page;
import org.hireloop.platform.PageRequest;
import org.hireloop.platform.ProblemException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/members")
@Tag(name = "Members", description = "The organization's people and their roles")
class MemberController {

    static final String MERGE_PATCH = "application/merge-patch+json";

    record CreateMemberRequest(
            @Nullable String email,
            @Nullable String name,
            @Nullable String role,
            @Nullable String timeZone,
            @Nullable String locale) {}

    record CreateMemberTokenRequest(
            @Nullable String name,
            @Nullable List<String> scopes,
            @Nullable Instant expiresAt) {}

    private final MemberService members;

    MemberController(MemberService members) {
        this.members = members;
    }

    @Action("members.read")
    @GetMapping
    @Operation(summary = "List the organization's members")
    Page<MemberBody> list(
            @AuthenticationPrincipal ApiPrincipal caller,
            @RequestParam(required = false) @Nullable Integer limit,
            @RequestParam(required = false) @Nullable String cursor) {
        return members.list(caller.orgId(), PageRequest.of(limit, cursor)).map(MemberBody::of);
    }

    @Action("members.create")
    @PostMapping
    @Operation(
            summary = "Add a member directly with a role (for provisioning from an identity provider)",
            description = "A person whose email already has a user joins with it; otherwise a user is"
                    + " created without a password. Only owners add owners.")
    ResponseEntity<MemberBody> create(
            @AuthenticationPrincipal ApiPrincipal caller, @RequestBody CreateMemberRequest request) {
        Member member = members.create(
                caller,
                new NewPerson(
                        request.email() == null ? "" : request.email(),
                        request.name() == null ? "" : request.name(),
                        request.timeZone(),
                        request.locale()),
                Role.parse("role", request.role() == null ? "" : request.role()));
        return ResponseEntity.created(URI.create("/api/v1/members/" + member.id()))
                .eTag(EntityTag.of(member.version()))
                .body(MemberBody.of(member));
    }

    @Action("members.read")
    @GetMapping("/{id}")
    @Operation(summary = "Read one member")
    ResponseEntity<MemberBody> get(@AuthenticationPrincipal ApiPrincipal caller, @PathVariable UUID id) {
        return ok(members.get(caller.orgId(), id));
    }

    @Action("members.update")
    @PatchMapping(value = "/{id}", consumes = MERGE_PATCH)
    @Operation(
            summary = "Change a member's role with a JSON merge patch {\"role\": ...}; If-Match required",
            description = "Only owners make owners or change owners; the last owner cannot be demoted (409).")
    ResponseEntity<MemberBody> patch(
            @AuthenticationPrincipal ApiPrincipal caller,
            @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @RequestBody Map<String, @Nullable Object> patch) {
        members.get(caller.orgId(), id); // 404 before anything else
        Role role = null;
        for (var field : patch.entrySet()) {
            if (!field.getKey().equals("role")) {
                throw new ProblemException.InvalidRequest(field.getKey(), "is not something to change; use role");
            }
            if (!(field.getValue() instanceof String value)) {
                throw new ProblemException.InvalidRequest("role", "must be a role");
            }
            role = Role.parse("role", value);
        }
        return ok(members.changeRole(caller, id, ifMatch, role));
    }

    @Action("members.delete")
    @DeleteMapping("/{id}")
    @Operation(
            summary = "Remove a member from the organization (If-Match required); their API tokens here stop working",
            description = "Only owners remove owners; the last owner cannot be removed (409).")
    ResponseEntity<Void> delete(
            @AuthenticationPrincipal ApiPrincipal caller,
            @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
        members.remove(caller, id, ifMatch);
        return ResponseEntity.noContent().build();
    }

    @Action("members.create_token")
    @PostMapping("/{id}/tokens")
    @Operation(
            summary = "Create an API token for a member; the answer holds its secret, shown this once",
            description = "The token acts with the member's role, never above yours; scopes default to"
                    + " those of your credential and can only narrow them.")
    ResponseEntity<TokenResponse> createToken(
            @AuthenticationPrincipal ApiPrincipal caller,
            @PathVariable UUID id,
            @RequestBody CreateMemberTokenRequest request) {
        CreatedToken created = members.createToken(
                caller,
                id,
                new TokenRequest(
                        request.name() == null ? "" : request.name(),
                        request.scopes() == null ? null : Scope.parse("scopes", request.scopes()),
                        request.expiresAt()));
        return ResponseEntity.created(
                        URI.create("/api/v1/tokens/" + created.token().id()))
                .eTag(EntityTag.of(created.token().version()))
                .body(TokenResponse.of(created.token(), created.secret()));
    }

    private static ResponseEntity<MemberBody> ok(Member member) {
        return ResponseEntity.ok().eTag(EntityTag.of(member.version())).body(MemberBody.of(member));
    }
}
