/**
 * Rate limits: token buckets per limit name and key (Bucket4j), shared by every replica through
 * PostgreSQL or Redis. A filter limits the public API per client address and the rest of the API
 * per token; {@link org.hireloop.platform.ratelimit.RateLimiter} is the programmatic side for
 * limits such as sign-in attempts, with a lockout back-off. A named interface of the platform, so
 * other modules can use the limiter without reaching into its storage.
 */
@NullMarked
@NamedInterface("ratelimit")
package org.hireloop.platform.ratelimit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
