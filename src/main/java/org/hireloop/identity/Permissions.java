package org.hireloop.identity;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The permission table: which role may perform which action. It is the only place that says so;
 * {@code docs/permissions.md} is this table in prose, and a test checks that both agree and that
 * every operation of the API has an action listed here.
 */
public final class Permissions {

    /** Every action of the API, with the roles allowed to perform it. */
    private static final Map<String, Set<Role>> TABLE = Map.ofEntries(
            Map.entry("organization.read", Set.of(Role.values())),
            Map.entry("tokens.create", Set.of(Role.values())),
            Map.entry("tokens.read", Set.of(Role.OWNER, Role.ADMIN)),
            Map.entry("tokens.revoke", Set.of(Role.OWNER, Role.ADMIN)),
            Map.entry("jobs.read", Set.of(Role.OWNER, Role.ADMIN, Role.RECRUITER)),
            Map.entry("jobs.create", Set.of(Role.OWNER, Role.ADMIN, Role.RECRUITER)),
            Map.entry("jobs.import", Set.of(Role.OWNER, Role.ADMIN, Role.RECRUITER)),
            Map.entry("jobs.update", Set.of(Role.OWNER, Role.ADMIN, Role.RECRUITER)),
            Map.entry("jobs.publish", Set.of(Role.OWNER, Role.ADMIN, Role.RECRUITER)),
            Map.entry("jobs.close", Set.of(Role.OWNER, Role.ADMIN, Role.RECRUITER)),
            Map.entry("jobs.archive", Set.of(Role.OWNER, Role.ADMIN, Role.RECRUITER)),
            Map.entry("jobs.delete", Set.of(Role.OWNER, Role.ADMIN, Role.RECRUITER)),
            Map.entry("audit.read", Set.of(Role.OWNER, Role.ADMIN)),
            Map.entry("audit.verify", Set.of(Role.OWNER)));

    private Permissions() {}

    public static boolean allows(Role role, String action) {
        Set<Role> roles = TABLE.get(action);
        return roles != null && roles.contains(role);
    }

    public static boolean isKnown(String action) {
        return TABLE.containsKey(action);
    }

    public static Set<String> actions() {
        return new TreeSet<>(TABLE.keySet());
    }

    /** The table by role, for documentation and tests. */
    public static Map<Role, Set<String>> byRole() {
        Map<Role, Set<String>> byRole = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            byRole.put(role, new TreeSet<>());
        }
        TABLE.forEach((action, roles) -> roles.forEach(role -> byRole.get(role).add(action)));
        return byRole;
    }
}
