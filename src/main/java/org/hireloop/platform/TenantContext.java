package org.hireloop.platform;

import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The organization the current thread works for. Every database transaction starts by handing it
 * to PostgreSQL ({@code app.org_id}), whose row-level security then shows and accepts only that
 * organization's rows: a query that forgets its {@code org_id} filter still cannot leak. Without
 * an organization, tenant tables look empty.
 *
 * <p>The web layer sets it from the authenticated caller for the whole request; code that acts
 * for an organization it looked up itself (the public board, commands, scheduled work) wraps that
 * work in {@link #callAs}.
 */
public final class TenantContext {

    private static final ThreadLocal<@Nullable OrgId> current = new ThreadLocal<>();

    private TenantContext() {}

    public static @Nullable OrgId current() {
        return current.get();
    }

    /** Runs the work as the organization, then restores what was there before. */
    public static <T> T callAs(OrgId org, Supplier<T> work) {
        OrgId previous = current.get();
        current.set(org);
        try {
            TenantBinding.bindToCurrentTransaction(org);
            return work.get();
        } finally {
            restore(previous);
        }
    }

    public static void runAs(OrgId org, Runnable work) {
        callAs(org, () -> {
            work.run();
            return null;
        });
    }

    /** Sets the organization for the rest of this thread's request; the caller must {@link #clear()}. */
    public static void set(@Nullable OrgId org) {
        restore(org);
    }

    public static void clear() {
        current.remove();
    }

    private static void restore(@Nullable OrgId org) {
        if (org == null) {
            current.remove();
        } else {
            current.set(org);
        }
    }
}
