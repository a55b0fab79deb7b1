package org.hireloop.identity.audit;

import java.util.UUID;
import org.hireloop.platform.AuditEvent;
import org.hireloop.platform.AuditRecorder;
import org.hireloop.platform.IdGenerator;
import org.hireloop.platform.TenantContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends each event to its organization's chain in the caller's transaction: locks the chain
 * (so appends of several replicas take turns), reads its head, and inserts the entry with the
 * next seq and the hash linking it to the head. The lock lasts until the caller commits, so
 * recording should be the caller's last statement. It logs nothing: the entry is the record.
 */
@Component
class JdbcAuditRecorder implements AuditRecorder {

    private final AuditRepository repository;
    private final IdGenerator ids;

    JdbcAuditRecorder(AuditRepository repository, IdGenerator ids) {
        this.repository = repository;
        this.ids = ids;
    }

    @Override
    @Transactional
    public void record(AuditEvent event) {
        TenantContext.runAs(event.orgId(), () -> append(event));
    }

    private void append(AuditEvent event) {
        AuditEvent storable = CanonicalEncoding.storable(event);
        repository.lockChain(storable.orgId());
        AuditRepository.ChainHead head = repository.head(storable.orgId());
        long seq = head.seq() + 1;
        UUID id = ids.newId();
        AuditHash hash = CanonicalEncoding.hash(head.hash(), seq, id, storable);
        repository.insert(new AuditEntry(id, seq, storable, head.hash(), hash));
    }
}
