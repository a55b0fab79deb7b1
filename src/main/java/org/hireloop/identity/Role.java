package org.hireloop.identity;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.hireloop.platform.ProblemException;

/** The role a member holds in one organization. */
public enum Role {
    OWNER,
    ADMIN,
    RECRUITER,
    HIRING_MANAGER,
    INTERVIEWER;

    /**
     * Whether this role holds no more power than the other. Roles rank owner, admin, recruiter,
     * hiring_manager, interviewer: a token or a grant made by someone never ranks above them.
     */
    public boolean isAtMost(Role other) {
        return ordinal() >= other.ordinal();
    }

    public String dbValue() {
        return name().toLowerCase();
    }

    public static Role fromDb(String value) {
        return valueOf(value.toUpperCase());
    }

    /** The role a request names (lower case, as the API writes it); 400 naming the field otherwise. */
    public static Role parse(String field, String value) {
        for (Role role : values()) {
            if (role.dbValue().equals(value)) {
                return role;
            }
        }
        throw new ProblemException.InvalidRequest(
                field,
                "must be one of " + Arrays.stream(values()).map(Role::dbValue).collect(Collectors.joining(", ")));
    }
}
