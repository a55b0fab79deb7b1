/** How identity works inside: bootstrap, token storage and checks, and the security rules. */
@NullMarked
package org.hireloop.identity.internal;

import org.jspecify.annotations.NullMarked;
