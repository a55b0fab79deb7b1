/**
 * Sign-in of people: password and OpenID Connect sign-in into server-side sessions stored in
 * PostgreSQL, two-factor authentication (TOTP and recovery codes), password changes and resets.
 * A session's caller is an {@link org.hireloop.identity.ApiPrincipal} without a token, so the
 * permission table applies to it unchanged. See docs/sign-in.md.
 */
@NullMarked
package org.hireloop.identity.signin;

import org.jspecify.annotations.NullMarked;
