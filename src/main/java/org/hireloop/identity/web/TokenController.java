package org.hireloop.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hireloop.identity.ApiPrincipal;
import org.hireloop.identity.Role;
import org.hireloop.identity.Scope;
import org.hireloop.identity.internal.ApiToken;
import org.hireloop.identity.internal.TokenService;
import org.hireloop.identity.internal.TokenService.CreatedToken;
import org.hireloop.identity.internal.TokenService.TokenRequest;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "API tokens", description = "Tokens for programs; the secret is shown once, at creation")
class TokenController {

    /** A token of your own: scopes default to those of the credential you call with. */
    record CreateTokenRequest(
            @NotBlank @Size(max = 100) String name,
            @Nullable List<String> scopes,
            @Nullable Instant expiresAt) {}

    /** A token of the organization: no person, a role no higher than yours, explicit scopes. */
    record CreateOrganizationTokenRequest(
            @NotBlank @Size(max = 100) String name,
            @NotBlank String role,
            @NotNull @Size(min = 1) List<String> scopes,
            @Nullable Instant expiresAt) {}

    private final TokenService tokens;

    TokenController(TokenService tokens) {
        this.tokens = tokens;
    }

    @Action("tokens.read")
    @GetMapping("/api/v1/tokens")
    @Operation(summary = "List the organization's API tokens (never their secrets)")
    Page<TokenResponse> list(
            @AuthenticationPrincipal ApiPrincipal caller,
            @RequestParam(required = false) @Nullable Integer limit,
            @RequestParam(required = false) @Nullable String cursor) {
        return tokens.list(caller.orgId(), PageRequest.of(limit, cursor)).map(t -> TokenResponse.of(t, null));
    }

    @Action("tokens.create")
    @PostMapping("/api/v1/tokens")
    @Operation(
            summary = "Create an API token for yourself; the answer holds its secret, shown this once",
            description = "Scopes (read, write, admin) default to those of the credential you call with"
                    + " and can only narrow them; expires_at is optional. The token acts with your role"
                    + " of the moment.")
    ResponseEntity<TokenResponse> create(
            @AuthenticationPrincipal ApiPrincipal caller, @Valid @RequestBody CreateTokenRequest request) {
        UUID self = caller.userId();
        if (self == null) {
            throw new ProblemException.StateConflict(
                    "no-person",
                    "an organization token acts for no person; make organization tokens with"
                            + " POST /api/v1/organization/tokens");
        }
        return created(tokens.createForPerson(
                caller,
                self,
                new TokenRequest(
                        request.name(),
                        request.scopes() == null ? null : Scope.parse("scopes", request.scopes()),
                        request.expiresAt())));
    }

    @Action("tokens.create_for_organization")
    @PostMapping("/api/v1/organization/tokens")
    @Operation(
            summary = "Create an API token of the organization itself, for a program rather than a person",
            description = "It has the role you choose (no higher than yours) and the scopes you name; it"
                    + " keeps working when the person who made it leaves. The answer holds its secret,"
                    + " shown this once.")
    ResponseEntity<TokenResponse> createForOrganization(
            @AuthenticationPrincipal ApiPrincipal caller, @Valid @RequestBody CreateOrganizationTokenRequest request) {
        return created(tokens.createForOrganization(
                caller,
                Role.parse("role", request.role()),
                new TokenRequest(request.name(), Scope.parse("scopes", request.scopes()), request.expiresAt())));
    }

    static ResponseEntity<TokenResponse> created(CreatedToken created) {
        return ResponseEntity.created(
                        URI.create("/api/v1/tokens/" + created.token().id()))
                .eTag(EntityTag.of(created.token().version()))
                .body(TokenResponse.of(created.token(), created.secret()));
    }

    @Action("tokens.read")
    @GetMapping("/api/v1/tokens/{id}")
    @Operation(summary = "Read one API token")
    ResponseEntity<TokenResponse> get(@AuthenticationPrincipal ApiPrincipal caller, @PathVariable UUID id) {
        ApiToken token = tokens.get(caller.orgId(), id);
        return ResponseEntity.ok().eTag(EntityTag.of(token.version())).body(TokenResponse.of(token, null));
    }

    @Action("tokens.revoke")
    @DeleteMapping("/api/v1/tokens/{id}")
    @Operation(summary = "Revoke an API token (If-Match required); it stops working at once")
    ResponseEntity<Void> revoke(
            @AuthenticationPrincipal ApiPrincipal caller,
            @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
        tokens.revoke(caller.orgId(), id, ifMatch);
        return ResponseEntity.noContent().build();
    }
}
