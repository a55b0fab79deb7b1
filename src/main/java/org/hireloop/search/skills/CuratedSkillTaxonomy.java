package org.hireloop.search.skills;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hireloop.jobs.JobDescription;
import org.hireloop.platform.OrgId;
import org.hireloop.search.QuerySkill;
import org.hireloop.search.Skill;
import org.hireloop.search.SkillMention;
import org.hireloop.search.SkillTaxonomy;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The skills taxonomy of Hireloop: the curated list shipped in {@code search/skills.tsv}, the
 * skills discovered in published jobs (found and searched, after the curated ones) and each
 * organization's aliases (in its own queries and lookups). Recognition in job descriptions uses
 * the curated list only: a discovered skill is a competency name, not a word to look for.
 */
@Component
public class CuratedSkillTaxonomy implements SkillTaxonomy {

    private final SkillCatalog catalog;
    private final OrganizationAliases organizations;

    CuratedSkillTaxonomy(SkillCatalog catalog, OrganizationAliases organizations) {
        this.catalog = catalog;
        this.organizations = organizations;
    }

    /**
     * The atomic skills of the description: in its hard skills (name and description, the
     * competency being the skill's name), soft skills (likewise), primary and secondary
     * responsibilities and role definition (no competency); each skill once, with the first
     * competency naming it, in that order.
     */
    @Override
    public List<SkillMention> extract(JobDescription description) {
        Map<String, SkillMention> mentions = new LinkedHashMap<>();
        List<JobDescription.Skill> competencies =
                new ArrayList<>(description.skills().hard());
        competencies.addAll(description.skills().soft());
        for (JobDescription.Skill competency : competencies) {
            Found found = (skill, from, to) ->
                    mentions.putIfAbsent(skill.name(), new SkillMention(skill.name(), competency.name()));
            scan(competency.name(), OrganizationAliases.Overlay.NONE, false, found);
            if (competency.description() != null) {
                scan(competency.description(), OrganizationAliases.Overlay.NONE, false, found);
            }
        }
        Found uncategorized =
                (skill, from, to) -> mentions.putIfAbsent(skill.name(), new SkillMention(skill.name(), null));
        for (String responsibility : description.responsibilities().primary()) {
            scan(responsibility, OrganizationAliases.Overlay.NONE, false, uncategorized);
        }
        for (String responsibility : description.responsibilities().secondary()) {
            scan(responsibility, OrganizationAliases.Overlay.NONE, false, uncategorized);
        }
        if (description.roleDefinition() != null) {
            scan(description.roleDefinition(), OrganizationAliases.Overlay.NONE, false, uncategorized);
        }
        return List.copyOf(mentions.values());
    }

    /**
     * The skills named in the text, with the organization's aliases. Names that are also everyday
     * words ("Go", "React") count only in their written case, unless the text has no capital
     * letter at all: a query typed in lower case ("go developer") carries no case to go by.
     */
    @Override
    public List<Skill> recognize(String text, @Nullable OrgId org) {
        Set<Skill> skills = new LinkedHashSet<>();
        scan(text, organizations.of(org), anyCase(text), (skill, from, to) -> skills.add(skill));
        return List.copyOf(skills);
    }

    /** As {@link #recognize}, each skill with the words of the query that named it first. */
    @Override
    public List<QuerySkill> recognizeInQuery(String query, @Nullable OrgId org) {
        Map<String, QuerySkill> skills = new LinkedHashMap<>();
        scan(
                query,
                organizations.of(org),
                anyCase(query),
                (skill, from, to) ->
                        skills.putIfAbsent(skill.name(), new QuerySkill(skill.name(), query.substring(from, to))));
        return List.copyOf(skills.values());
    }

    /** A text without a capital letter carries no case to go by. */
    private static boolean anyCase(String text) {
        return text.chars().noneMatch(Character::isUpperCase);
    }

    @Override
    public Optional<Skill> find(String nameOrAlias, @Nullable OrgId org) {
        Skill curated = catalog.curated().find(nameOrAlias);
        if (curated != null) {
            return Optional.of(curated);
        }
        Skill own = organizations.of(org).byKey().get(AliasIndex.key(nameOrAlias));
        return Optional.ofNullable(own != null ? own : catalog.find(nameOrAlias));
    }

    @Override
    public List<Skill> search(String text, @Nullable OrgId org, int limit) {
        return catalog.search(text, organizations.of(org).byKey(), limit);
    }

    /**
     * Learns the hard-skill names of published jobs: those the curated list does not know become
     * discovered skills (or are counted again). One statement per call, so pass the names of a
     * batch of jobs at once; names longer than 100 characters or 8 words are not skills and are
     * left out.
     */
    @Override
    public void learn(Collection<String> competencyNames) {
        catalog.learn(competencyNames);
    }

    /** A skill found in a text, with the characters its name or alias takes there. */
    @FunctionalInterface
    private interface Found {
        void accept(Skill skill, int from, int to);
    }

    private void scan(String text, OrganizationAliases.Overlay overlay, boolean anyCase, Found found) {
        Tokens tokens = Tokens.of(text);
        AliasIndex curated = catalog.curated().index();
        int[] ids = curated.ids(tokens);
        int @Nullable [] ownIds =
                overlay.index().isEmpty() ? null : overlay.index().ids(tokens);
        for (int t = 0; t < tokens.size; ) {
            long base = curated.longest(tokens, ids, t, anyCase);
            long own = ownIds == null ? -1 : overlay.index().longest(tokens, ownIds, t, anyCase);
            boolean ownWins = own >= 0 && (base < 0 || (own >>> 32) >= (base >>> 32));
            long best = ownWins ? own : base;
            if (best < 0) {
                t++;
                continue;
            }
            int skill = (int) best;
            int length = (int) (best >>> 32);
            found.accept(
                    ownWins ? overlay.skills().get(skill) : catalog.curated().skill(skill),
                    tokens.start[t],
                    tokens.end[t + length - 1]);
            t += length;
        }
    }
}
