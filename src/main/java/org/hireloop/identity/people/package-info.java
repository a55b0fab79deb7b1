/**
 * People and organizations: creating and deleting organizations (operators, the command line,
 * self-service sign-up), their settings, members and roles, invitations by email, and the rules
 * that keep every organization with an owner. Internal to the identity module.
 */
@NullMarked
package org.hireloop.identity.people;

import org.jspecify.annotations.NullMarked;
