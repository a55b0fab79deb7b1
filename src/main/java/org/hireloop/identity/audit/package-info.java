/**
 * The audit log: an append-only, per-organization hash chain of every change the platform
 * reports through {@link org.hireloop.platform.AuditRecorder}, read, exported and verified here.
 * Only ids and field names are kept, never the values of personal data.
 */
@NullMarked
package org.hireloop.identity.audit;

import org.jspecify.annotations.NullMarked;
