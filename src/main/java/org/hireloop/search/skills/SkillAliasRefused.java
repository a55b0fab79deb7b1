package org.hireloop.search.skills;

import java.util.List;
import org.hireloop.platform.FieldError;
import org.hireloop.platform.ProblemException;

/** An alias that cannot be added as asked: 422 naming the field and what to change. */
public final class SkillAliasRefused extends ProblemException.UnprocessableContent {

    private SkillAliasRefused(String field, String message) {
        super("skill-alias-invalid", field + ": " + message, List.of(new FieldError(field, message)));
    }

    static SkillAliasRefused blankAlias() {
        return new SkillAliasRefused("alias", "is required: the name your organization uses for the skill");
    }

    static SkillAliasRefused tooLong() {
        return new SkillAliasRefused("alias", "must be at most " + SkillCatalog.MAX_NAME_LENGTH + " characters");
    }

    static SkillAliasRefused namesAnotherSkill(String alias, String other) {
        return new SkillAliasRefused("alias", "'" + alias + "' already names the skill " + other);
    }

    static SkillAliasRefused blankSkill() {
        return new SkillAliasRefused("skill", "is required: the name, slug or an alias of a skill");
    }

    static SkillAliasRefused unknownSkill(String skill) {
        return new SkillAliasRefused(
                "skill", "no skill is named '" + skill + "'; see GET /api/v1/public/skills?q= for the names");
    }
}
