/**
 * Who may do what: organizations, users, memberships with roles, API tokens and the bearer
 * authentication of the API. Other modules see organizations and the calling principal only.
 */
@NullMarked
package org.hireloop.identity;

import org.jspecify.annotations.NullMarked;
