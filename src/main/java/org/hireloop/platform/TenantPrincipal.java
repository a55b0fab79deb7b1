package org.hireloop.platform;

/**
 * Who is calling, as far as the shared kernel needs to know: the organization whose data a
 * request may touch, and a stable name for the caller (scope of idempotency keys).
 */
public interface TenantPrincipal {

    OrgId orgId();

    /** Stable, non-personal name of the caller, for example "token:0190...". */
    String subject();
}
