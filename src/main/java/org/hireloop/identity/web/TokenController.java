package org.hireloop.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.UUID;
import org.hireloop.identity.ApiPrincipal;
import org.hireloop.identity.internal.ApiToken;
import org.hireloop.identity.internal.TokenService;
import org.hireloop.platform.Action;
import org.hireloop.platform.EntityTag;
import org.hireloop.platform.Page;
import org.hireloop.platform.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/tokens")
@Tag(name = "API tokens", description = "Tokens for programs; the secret is shown once, at creation")
class TokenController {

    record CreateTokenRequest(@NotBlank @Size(max = 100) String name) {}

    record TokenResponse(
            UUID id,
            UUID userId,
            String name,
            String prefix,
            Instant createdAt,
            @Nullable Instant lastUsedAt,
            @Nullable Instant revokedAt,
            @Nullable String token) {
        static TokenResponse of(ApiToken t, @Nullable String secret) {
            return new TokenResponse(
                    t.id(), t.userId(), t.name(), t.prefix(), t.createdAt(), t.lastUsedAt(), t.revokedAt(), secret);
        }
    }

    private final TokenService tokens;

    TokenController(TokenService tokens) {
        this.tokens = tokens;
    }

    @Action("tokens.read")
    @GetMapping
    @Operation(summary = "List the organization's API tokens (never their secrets)")
    Page<TokenResponse> list(
            @AuthenticationPrincipal ApiPrincipal caller,
            @RequestParam(required = false) @Nullable Integer limit,
            @RequestParam(required = false) @Nullable String cursor) {
        return tokens.list(caller.orgId(), PageRequest.of(limit, cursor)).map(t -> TokenResponse.of(t, null));
    }

    @Action("tokens.create")
    @PostMapping
    @Operation(summary = "Create an API token for yourself; the answer holds its secret, shown this once")
    ResponseEntity<TokenResponse> create(
            @AuthenticationPrincipal ApiPrincipal caller, @Valid @RequestBody CreateTokenRequest request) {
        var created = tokens.create(caller.orgId(), caller.userId(), request.name());
        return ResponseEntity.created(
                        URI.create("/api/v1/tokens/" + created.token().id()))
                .eTag(EntityTag.of(created.token().version()))
                .body(TokenResponse.of(created.token(), created.secret()));
    }

    @Action("tokens.read")
    @GetMapping("/{id}")
    @Operation(summary = "Read one API token")
    ResponseEntity<TokenResponse> get(@AuthenticationPrincipal ApiPrincipal caller, @PathVariable UUID id) {
        ApiToken token = tokens.get(caller.orgId(), id);
        return ResponseEntity.ok().eTag(EntityTag.of(token.version())).body(TokenResponse.of(token, null));
    }

    @Action("tokens.revoke")
    @DeleteMapping("/{id}")
    @Operation(summary = "Revoke an API token (If-Match required); it stops working at once")
    ResponseEntity<Void> revoke(
            @AuthenticationPrincipal ApiPrincipal caller,
            @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
        tokens.revoke(caller.orgId(), id, ifMatch);
        return ResponseEntity.noContent().build();
    }
}
