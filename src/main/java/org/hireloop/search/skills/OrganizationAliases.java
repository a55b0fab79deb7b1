package org.hireloop.search.skills;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.hireloop.platform.OrgId;
import org.hireloop.platform.TenantContext;
import org.hireloop.search.Skill;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each organization's aliases as a recognizer, kept in memory. A change made on this replica
 * drops the organization's copy when its transaction commits; other replicas read the table again
 * when their copy is older than a few seconds, so there a new alias counts after at most that.
 */
@Component
class OrganizationAliases {

    /** An organization's aliases: a recognizer over them and their skills by alias. */
    record Overlay(AliasIndex index, List<Skill> skills, Map<String, Skill> byKey, long loadedAt) {
        static final Overlay NONE = new Overlay(AliasIndex.EMPTY, List.of(), Map.of(), 0);
    }

    private static final long REFRESH_NANOS = TimeUnit.SECONDS.toNanos(5);

    private final SkillAliasRepository repository;
    private final SkillCatalog catalog;
    private final TransactionTemplate joining;
    private final TransactionTemplate separate;
    private final Map<OrgId, Overlay> overlays = new ConcurrentHashMap<>();

    OrganizationAliases(
            SkillAliasRepository repository, SkillCatalog catalog, PlatformTransactionManager transactions) {
        this.repository = repository;
        this.catalog = catalog;
        this.joining = new TransactionTemplate(transactions);
        this.joining.setReadOnly(true);
        this.separate = new TransactionTemplate(transactions);
        this.separate.setReadOnly(true);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The organization's aliases; none without an organization. */
    Overlay of(@Nullable OrgId org) {
        if (org == null) {
            return Overlay.NONE;
        }
        Overlay overlay = overlays.get(org);
        if (overlay == null || System.nanoTime() - overlay.loadedAt() > REFRESH_NANOS) {
            overlay = load(org);
            overlays.put(org, overlay);
        }
        return overlay;
    }

    /** Drops the organization's copy now, or when the current transaction commits. */
    void changed(OrgId org) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    overlays.remove(org);
                }
            });
        } else {
            overlays.remove(org);
        }
    }

    /** The skill a stored alias names: by slug, among every skill there is. */
    @Nullable
    Skill skill(String slug) {
        return catalog.find(slug);
    }

    private Overlay load(OrgId org) {
        List<AliasIndex.Entry> entries = new ArrayList<>();
        List<Skill> skills = new ArrayList<>();
        Map<String, Skill> byKey = new HashMap<>();
        for (SkillAliasRepository.Row row : rows(org)) {
            Skill skill = skill(row.skillSlug());
            if (skill != null) {
                entries.add(new AliasIndex.Entry(row.alias(), false, skills.size()));
                skills.add(skill);
                byKey.putIfAbsent(AliasIndex.key(row.alias()), skill);
            }
        }
        return new Overlay(new AliasIndex(entries), List.copyOf(skills), Map.copyOf(byKey), System.nanoTime());
    }

    /**
     * Reads as the organization: in the caller's transaction when it works for the same
     * organization, else in a transaction of its own, leaving the caller's binding alone.
     */
    private List<SkillAliasRepository.Row> rows(OrgId org) {
        OrgId current = TenantContext.current();
        if (org.equals(current)) {
            return joining.execute(status -> repository.all(org));
        }
        TenantContext.set(org);
        try {
            return separate.execute(status -> repository.all(org));
        } finally {
            TenantContext.set(current);
        }
    }
}
