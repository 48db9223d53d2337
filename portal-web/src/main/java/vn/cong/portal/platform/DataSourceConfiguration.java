package vn.cong.portal.platform;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import vn.cong.platform.PlatformDataSource;

/**
 * The platform's one data source. The values come from MicroProfile Config at deployment — system
 * properties from the launcher ({@code ./cong}) or environment variables (CONG_DB_URL, …) in tests:
 * H2 file database by default, MySQL/MariaDB through Connector/J in production and in the tests. For MySQL the
 * launcher adds Connector/J's statement cache to the URL ({@code cachePrepStmts}; see the README, "Database"):
 * without it the driver parses every statement's SQL again, a third of an import's CPU.
 */
@DataSourceDefinition(
        name = PlatformDataSource.JNDI_NAME,
        className = "${MPCONFIG=cong.db.datasource-class}",
        url = "${MPCONFIG=cong.db.url}",
        user = "${MPCONFIG=cong.db.user}",
        password = "${MPCONFIG=cong.db.password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=meta-data"
        })
@ApplicationScoped
public class DataSourceConfiguration {
}
