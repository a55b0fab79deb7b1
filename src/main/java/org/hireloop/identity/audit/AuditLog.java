package org.hireloop.identity.audit;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.hireloop.platform.OrgId;
import org.hireloop.platform.Page;
import org.hireloop.platform.PageRequest;
import org.hireloop.platform.ProblemException;
import org.hireloop.platform.TenantContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the audit log of one organization: lists newest first with filters, the whole
 * filtered log for exports, and the verification of its hash chain. Entries are written only
 * through {@link org.hireloop.platform.AuditRecorder}.
 */
@Service
public class AuditLog {

    /** Rows read per query when a whole log is walked (export, verification). */
    static final int BATCH = 500;

    private final AuditRepository repository;

    AuditLog(AuditRepository repository) {
        this.repository = repository;
    }

    @Transactional(readOnly = true)
    public Page<AuditEntry> list(OrgId org, AuditFilter filter, PageRequest page) {
        return TenantContext.callAs(
                org, () -> Page.of(repository.list(org, filter, page.fetchSize(), page.after()), page, AuditEntry::id));
    }

    @Transactional(readOnly = true)
    public AuditEntry get(OrgId org, UUID id) {
        return TenantContext.callAs(org, () -> repository.find(org, id).orElseThrow(() -> new AuditEntryNotFound(id)));
    }

    /**
     * Hands every entry matching the filter to {@code sink}, newest first, reading a batch at a
     * time so an export of any size needs little memory. Entries appended meanwhile are newer than
     * the first one read, so the walk neither repeats nor misses one.
     */
    @Transactional(readOnly = true)
    public void forEach(OrgId org, AuditFilter filter, Consumer<AuditEntry> sink) {
        TenantContext.runAs(org, () -> walk(org, filter, sink));
    }

    private void walk(OrgId org, AuditFilter filter, Consumer<AuditEntry> sink) {
        UUID after = null;
        List<AuditEntry> batch;
        do {
            batch = repository.list(org, filter, BATCH, after);
            batch.forEach(sink);
            after = batch.isEmpty() ? null : batch.get(batch.size() - 1).id();
        } while (batch.size() == BATCH);
    }

    /**
     * Recomputes the organization's chain from its first entry, in seq order, and reports the
     * first entry that does not link: a missing seq, a prev_hash that is not the hash of the entry
     * before, or a hash that is not the hash of the entry's own content.
     */
    @Transactional(readOnly = true)
    public ChainVerification verify(OrgId org) {
        return TenantContext.callAs(org, () -> verifyChain(org));
    }

    private ChainVerification verifyChain(OrgId org) {
        long checked = 0;
        @Nullable AuditEntry last = null;
        List<AuditEntry> batch;
        do {
            batch = repository.chain(org, last == null ? 0 : last.seq(), BATCH);
            for (AuditEntry entry : batch) {
                checked++;
                if (!linksTo(entry, last)) {
                    return ChainVerification.brokenAt(checked, entry, last);
                }
                last = entry;
            }
        } while (batch.size() == BATCH);
        return ChainVerification.intact(checked, last);
    }

    private static boolean linksTo(AuditEntry entry, @Nullable AuditEntry previous) {
        long expectedSeq = previous == null ? 1 : previous.seq() + 1;
        AuditHash expectedPrev = previous == null ? AuditHash.GENESIS : previous.hash();
        return entry.seq() == expectedSeq && entry.prevHash().equals(expectedPrev) && entry.hashMatches(expectedPrev);
    }

    /** No audit entry with this id in the caller's organization (another's is not found either). */
    public static final class AuditEntryNotFound extends ProblemException.ResourceNotFound {
        AuditEntryNotFound(UUID id) {
            super("no audit entry " + id + " in this organization");
        }
    }
}
