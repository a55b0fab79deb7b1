/**
 * OpenID Connect sign-in through Spring Security's OAuth2 client, on when the deployment names an
 * issuer; people are matched to existing users by verified email only.
 */
@NullMarked
package org.hireloop.identity.signin.oidc;

import org.jspecify.annotations.NullMarked;
