/**
 * The people API: members, invitations, the operator API for organizations, self-service sign-up
 * and accepting invitations. Thin adapters over the people services.
 */
@NullMarked
package org.hireloop.identity.people.web;

import org.jspecify.annotations.NullMarked;
