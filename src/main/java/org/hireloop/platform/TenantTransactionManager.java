package org.hireloop.platform;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;

/**
 * The transaction manager of the application: every transaction begins by binding the
 * organization of {@link TenantContext} to the connection, so row-level security applies.
 */
public class TenantTransactionManager extends JdbcTransactionManager {

    public TenantTransactionManager(DataSource dataSource) {
        super(dataSource);
    }

    @Override
    protected void prepareTransactionalConnection(Connection connection, TransactionDefinition definition)
            throws SQLException {
        super.prepareTransactionalConnection(connection, definition);
        TenantBinding.bind(connection, TenantContext.current());
    }
}
