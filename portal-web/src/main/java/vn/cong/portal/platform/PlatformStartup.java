package vn.cong.portal.platform;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import vn.cong.platform.DatabaseMigration;

/**
 * Starts the platform when the web module starts: at this point (and not at CDI's
 * {@code @Initialized(ApplicationScoped)}, which Payara fires before binding {@code java:app} data sources)
 * the database can be migrated and the demo data loaded.
 */
@WebListener
public class PlatformStartup implements ServletContextListener {

    @Inject
    DatabaseMigration migration;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        migration.start();
    }
}
