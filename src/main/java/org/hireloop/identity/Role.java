package org.hireloop.identity;

/** The role a member holds in one organization. */
public enum Role {
    OWNER,
    ADMIN,
    RECRUITER,
    HIRING_MANAGER,
    INTERVIEWER;

    public String dbValue() {
        return name().toLowerCase();
    }

    public static Role fromDb(String value) {
        return valueOf(value.toUpperCase());
    }
}
