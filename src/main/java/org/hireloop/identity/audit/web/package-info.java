/**
 * The audit log's HTTP API: list and read entries, export them as CSV, verify the chain. Only
 * owners and admins read it and only owners verify it, always within the caller's organization.
 */
@NullMarked
package org.hireloop.identity.audit.web;

import org.jspecify.annotations.NullMarked;
