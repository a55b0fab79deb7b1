package org.hireloop.search.skills;

import org.hireloop.platform.ProblemException;

/** The organization has this alias already (compared without case): 409. */
public final class SkillAliasTaken extends ProblemException.StateConflict {

    SkillAliasTaken(String alias) {
        super(
                "skill-alias-exists",
                "the organization already has the alias '" + alias + "'; delete it first to change it");
    }
}
