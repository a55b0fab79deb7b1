package org.hireloop.platform;

import org.jspecify.annotations.Nullable;

/**
 * Entity tags from resource versions: every resource carries a version that grows with each
 * change, its ETag is that version quoted, and writes compare If-Match against it.
 */
public final class EntityTag {

    private EntityTag() {}

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /**
     * The version an If-Match header names. Refuses a missing header (428) and one that names
     * no version of ours (412, as any other mismatch).
     */
    public static long requiredVersion(@Nullable String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException.PreconditionRequired(
                    "this request changes a resource: send If-Match with the ETag you last read");
        }
        String tag = ifMatch.trim();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() < 3 || tag.charAt(0) != '"' || tag.charAt(tag.length() - 1) != '"') {
            throw new ProblemException.PreconditionFailed("If-Match " + ifMatch + " is not an ETag of this resource");
        }
        try {
            return Long.parseLong(tag.substring(1, tag.length() - 1));
        } catch (NumberFormatException e) {
            throw new ProblemException.PreconditionFailed("If-Match " + ifMatch + " is not an ETag of this resource");
        }
    }

    /** Throws 412 unless the If-Match header names exactly the current version. */
    public static void requireMatch(@Nullable String ifMatch, long currentVersion) {
        if (ifMatch != null && ifMatch.trim().equals("*")) {
            return;
        }
        long expected = requiredVersion(ifMatch);
        if (expected != currentVersion) {
            throw new ProblemException.PreconditionFailed("the resource changed: If-Match " + of(expected)
                    + " but the current ETag is " + of(currentVersion));
        }
    }
}
