/** The sign-in API: sessions, passwords and resets, two-factor enrolment. */
@NullMarked
package org.hireloop.identity.signin.web;

import org.jspecify.annotations.NullMarked;
