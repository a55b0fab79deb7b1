package org.hireloop.platform;

/**
 * Where the platform hands every successful change for the audit log. The web layer records
 * one entry per write request, inside the request's transaction, so an entry exists exactly when
 * the change was committed. Implemented by the identity module.
 */
public interface AuditRecorder {

    void record(AuditEvent event);
}
