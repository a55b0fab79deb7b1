package org.hireloop.search.skills;

import java.util.UUID;
import org.hireloop.platform.ProblemException;

/** No alias with this id in the caller's organization. */
public final class SkillAliasNotFound extends ProblemException.ResourceNotFound {

    SkillAliasNotFound(UUID id) {
        super("no skill alias " + id);
    }
}
