package org.hireloop.identity.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What to create when the database holds no organization.
 *
 * @param org slug of the bootstrap organization
 * @param orgName display name of the bootstrap organization
 * @param email email of the bootstrap owner
 * @param password password of the bootstrap owner (empty: none, password sign-in comes later)
 * @param token the owner's API token (at least 32 characters); empty: generated and printed once
 */
@ConfigurationProperties("hireloop.bootstrap")
record IdentitySettings(
        String org,
        String orgName,
        String email,
        @Nullable String password,
        @Nullable String token) {}
