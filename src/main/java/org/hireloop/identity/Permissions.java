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

    /** An action: the roles that may perform it, and the token scope it needs. */
    private record Rule(Scope scope, Set<Role> roles) {}

    private static final Set<Role> EVERYONE = Set.of(Role.values());
    private static final Set<Role> MANAGERS = Set.of(Role.OWNER, Role.ADMIN);
    private static final Set<Role> RECRUITING = Set.of(Role.OWNER, Role.ADMIN, Role.RECRUITER);
    private static final Set<Role> JOB_READERS = Set.of(Role.OWNER, Role.ADMIN, Role.RECRUITER, Role.HIRING_MANAGER);

    /** Every action of the API, with the roles allowed to perform it and the scope it needs. */
    private static final Map<String, Rule> TABLE = Map.ofEntries(
            Map.entry("organization.read", new Rule(Scope.READ, EVERYONE)),
            Map.entry("organization.update", new Rule(Scope.ADMIN, MANAGERS)),
            Map.entry("members.read", new Rule(Scope.ADMIN, MANAGERS)),
            Map.entry("members.create", new Rule(Scope.ADMIN, MANAGERS)),
            Map.entry("members.update", new Rule(Scope.ADMIN, MANAGERS)),
            Map.entry("members.delete", new Rule(Scope.ADMIN, MANAGERS)),
            Map.entry("members.create_token", new Rule(Scope.ADMIN, MANAGERS)),
            Map.entry("invitations.read", new Rule(Scope.ADMIN, MANAGERS)),
            Map.entry("invitations.create", new Rule(Scope.ADMIN, MANAGERS)),
            Map.entry("invitations.resend", new Rule(Scope.ADMIN, MANAGERS)),
            Map.entry("invitations.revoke", new Rule(Scope.ADMIN, MANAGERS)),
            Map.entry("tokens.create", new Rule(Scope.WRITE, EVERYONE)),
            Map.entry("tokens.create_for_organization", new Rule(Scope.ADMIN, MANAGERS)),
            Map.entry("tokens.read", new Rule(Scope.ADMIN, MANAGERS)),
            Map.entry("tokens.revoke", new Rule(Scope.ADMIN, MANAGERS)),
            // hiring managers read only the jobs assigned to them: the jobs module scopes the rows
            Map.entry("jobs.read", new Rule(Scope.READ, JOB_READERS)),
            Map.entry("jobs.create", new Rule(Scope.WRITE, RECRUITING)),
            Map.entry("jobs.import", new Rule(Scope.WRITE, RECRUITING)),
            Map.entry("jobs.update", new Rule(Scope.WRITE, RECRUITING)),
            Map.entry("jobs.publish", new Rule(Scope.WRITE, RECRUITING)),
            Map.entry("jobs.close", new Rule(Scope.WRITE, RECRUITING)),
            Map.entry("jobs.archive", new Rule(Scope.WRITE, RECRUITING)),
            Map.entry("jobs.delete", new Rule(Scope.WRITE, RECRUITING)),
            Map.entry("jobs.members.read", new Rule(Scope.READ, RECRUITING)),
            Map.entry("jobs.members.update", new Rule(Scope.WRITE, RECRUITING)),
            // the organization's own names for skills: every member's searches use them
            Map.entry("skills.aliases.list", new Rule(Scope.READ, EVERYONE)),
            Map.entry("skills.aliases.create", new Rule(Scope.WRITE, RECRUITING)),
            Map.entry("skills.aliases.delete", new Rule(Scope.WRITE, RECRUITING)),
            Map.entry("audit.read", new Rule(Scope.ADMIN, MANAGERS)),
            Map.entry("audit.verify", new Rule(Scope.ADMIN, Set.of(Role.OWNER))),
            Map.entry("session.read", new Rule(Scope.READ, EVERYONE)),
            Map.entry("session.delete", new Rule(Scope.WRITE, EVERYONE)),
            Map.entry("password.change", new Rule(Scope.WRITE, EVERYONE)),
            Map.entry("mfa.enrol", new Rule(Scope.WRITE, EVERYONE)),
            Map.entry("mfa.disable", new Rule(Scope.WRITE, EVERYONE)));

    private Permissions() {}

    public static boolean allows(Role role, String action) {
        Rule rule = TABLE.get(action);
        return rule != null && rule.roles().contains(role);
    }

    /** The scope a token needs for the action: read for reading, write for changes, admin for administering. */
    public static Scope requiredScope(String action) {
        Rule rule = TABLE.get(action);
        if (rule == null) {
            throw new IllegalArgumentException("no action " + action + " in the permission table");
        }
        return rule.scope();
    }

    /** Whether a caller with this role and these scopes may perform the action. */
    public static boolean allows(Role role, Set<Scope> scopes, String action) {
        return allows(role, action) && scopes.contains(requiredScope(action));
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
        TABLE.forEach(
                (action, rule) -> rule.roles().forEach(role -> byRole.get(role).add(action)));
        return byRole;
    }
}
