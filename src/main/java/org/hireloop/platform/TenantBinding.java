package org.hireloop.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Hands the tenant to PostgreSQL: {@code set_config('app.org_id', ..., true)}, which is
 * {@code SET LOCAL}, so the setting ends with the transaction and never leaks to the next user
 * of a pooled connection.
 */
final class TenantBinding {

    private TenantBinding() {}

    static void bind(Connection connection, @Nullable OrgId org) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select set_config('app.org_id', ?, true)")) {
            statement.setString(1, org == null ? "" : org.value().toString());
            statement.execute();
        }
    }

    /**
     * A transaction already running when the work switches organization follows the switch.
     * Found through the thread's transaction resources rather than a DataSource, so several
     * application contexts in one JVM (tests, commands) do not mix up their pools.
     */
    static void bindToCurrentTransaction(OrgId org) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            return;
        }
        for (Object resource :
                TransactionSynchronizationManager.getResourceMap().values()) {
            if (resource instanceof ConnectionHolder holder) {
                try {
                    bind(holder.getConnection(), org);
                } catch (SQLException e) {
                    throw new IllegalStateException("cannot set the organization of the transaction", e);
                }
            }
        }
    }
}
