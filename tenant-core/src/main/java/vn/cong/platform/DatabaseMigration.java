package vn.cong.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema up to date with Flyway when the application starts, then fires {@link SchemaReady}.
 * If the database cannot be reached or migrated the process exits with status 3 and a plain message:
 * a server that answers 404 to everything is worse than one that does not start.
 */
@ApplicationScoped
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = PlatformDataSource.JNDI_NAME)
    DataSource dataSource;

    @Inject
    Event<SchemaReady> schemaReady;

    @Inject
    @ConfigProperty(name = "cong.exit-on-database-failure", defaultValue = "true")
    boolean exitOnFailure;

    /** Called by the web module's start-up listener, once the application's data source is bound. */
    public void start() {
        try {
            String product = migrate();
            schemaReady.fire(new SchemaReady(product));
        } catch (RuntimeException | SQLException e) {
            LOG.log(Level.SEVERE, "CONG: start-up failed — is the database reachable (cong.db.url / CONG_DB_URL)?"
                    + " Cause: " + rootMessage(e), e);
            if (exitOnFailure) {
                System.err.println("CONG: start-up failed: " + rootMessage(e) + ". Stopping.");
                Runtime.getRuntime().halt(3);
            }
            throw new IllegalStateException("Start-up failed", e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private String migrate() throws SQLException {
        String product;
        try (Connection connection = dataSource.getConnection()) {
            product = connection.getMetaData().getDatabaseProductName();
        }
        Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .placeholders(SchemaPlaceholders.forProduct(product))
                // features land from parallel branches with their own version numbers (V2 calendar … V8 royalties):
                // a database made between two landings must still take a lower-numbered script that came later.
                // Each script only adds its own tables and rows, so the order between them does not matter.
                .outOfOrder(true)
                .load()
                .migrate();
        LOG.info(() -> "CONG: schema up to date on " + product);
        return product;
    }
}
