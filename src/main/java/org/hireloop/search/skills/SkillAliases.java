package org.hireloop.search.skills;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.hireloop.platform.IdGenerator;
import org.hireloop.platform.OrgId;
import org.hireloop.platform.Page;
import org.hireloop.platform.PageRequest;
import org.hireloop.search.Skill;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An organization's own aliases of skills. An alias names one skill of the taxonomy, is unique in
 * the organization (in any case) and may not be the name or alias of another skill; it counts in
 * that organization's queries from the moment it is stored.
 */
@Service
public class SkillAliases {

    private final SkillAliasRepository repository;
    private final CuratedSkillTaxonomy taxonomy;
    private final OrganizationAliases overlays;
    private final IdGenerator ids;
    private final Clock clock;

    SkillAliases(
            SkillAliasRepository repository,
            CuratedSkillTaxonomy taxonomy,
            OrganizationAliases overlays,
            IdGenerator ids,
            Clock clock) {
        this.repository = repository;
        this.taxonomy = taxonomy;
        this.overlays = overlays;
        this.ids = ids;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<SkillAlias> list(OrgId org, PageRequest page) {
        List<SkillAlias> rows = repository.list(org, page.fetchSize(), page.after()).stream()
                .map(this::alias)
                .toList();
        return Page.of(rows, page, SkillAlias::id);
    }

    /** Adds the alias: 422 for a blank, too long or taken name or an unknown skill, 409 when the organization has it. */
    @Transactional
    public SkillAlias create(OrgId org, @Nullable String alias, @Nullable String skillName, @Nullable UUID createdBy) {
        String name = alias == null ? "" : alias.strip().replaceAll("\\s+", " ");
        if (name.isEmpty()) {
            throw SkillAliasRefused.blankAlias();
        }
        if (name.length() > SkillCatalog.MAX_NAME_LENGTH) {
            throw SkillAliasRefused.tooLong();
        }
        if (skillName == null || skillName.isBlank()) {
            throw SkillAliasRefused.blankSkill();
        }
        Skill skill = taxonomy.find(skillName, org).orElseThrow(() -> SkillAliasRefused.unknownSkill(skillName));
        taxonomy.find(name, null)
                .filter(named -> !named.slug().equals(skill.slug()))
                .ifPresent(other -> {
                    throw SkillAliasRefused.namesAnotherSkill(name, other.name());
                });
        SkillAliasRepository.Row row =
                new SkillAliasRepository.Row(ids.newId(), name, skill.slug(), clock.instant(), createdBy);
        if (!repository.insert(org, row)) {
            throw new SkillAliasTaken(name);
        }
        overlays.changed(org);
        return alias(row);
    }

    @Transactional
    public void delete(OrgId org, UUID id) {
        if (!repository.delete(org, id)) {
            throw new SkillAliasNotFound(id);
        }
        overlays.changed(org);
    }

    private SkillAlias alias(SkillAliasRepository.Row row) {
        Skill skill = overlays.skill(row.skillSlug());
        return new SkillAlias(
                row.id(),
                row.alias(),
                row.skillSlug(),
                skill == null ? row.skillSlug() : skill.name(),
                row.createdAt(),
                row.createdBy());
    }
}
