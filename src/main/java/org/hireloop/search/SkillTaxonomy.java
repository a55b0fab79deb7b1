package org.hireloop.search;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.hireloop.jobs.JobDescription;
import org.hireloop.platform.OrgId;
import org.jspecify.annotations.Nullable;

/**
 * Canonical skills with their aliases and categories. Recognizes the atomic skills a job
 * description mentions (in its competencies, responsibilities and role definition) and the skills
 * a query names; an organization's own aliases count for that organization only.
 */
public interface SkillTaxonomy {

    /** The atomic skills this description mentions, each once, with the first competency naming it. */
    List<SkillMention> extract(JobDescription description);

    /** The canonical skills named in free text (a query, a list of skills), in order of appearance. */
    List<Skill> recognize(String text, @Nullable OrgId org);

    /**
     * The skills a search query names, in order of appearance, each once with the words of the
     * query that named it first ("k8s" for Kubernetes in "k8s engineer"): the search takes the
     * skill as a synonym of those words.
     */
    List<QuerySkill> recognizeInQuery(String query, @Nullable OrgId org);

    /** The skill with this name, slug or alias (case-insensitive). */
    Optional<Skill> find(String nameOrAlias, @Nullable OrgId org);

    /**
     * Learns the hard-skill names of published jobs: those the taxonomy does not know become
     * discovered skills. Pass the names of a batch of jobs at once.
     */
    void learn(Collection<String> competencyNames);

    /** Skills whose name or an alias starts with or contains the text, best first; all when blank. */
    List<Skill> search(String text, @Nullable OrgId org, int limit);
}
