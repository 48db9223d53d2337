package vn.cong.persistence;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.Map;
import org.flywaydb.core.Flyway;
import vn.cong.platform.SchemaPlaceholders;

/** The document search and compliance figures on the embedded database (H2 in memory), V1–V13 migrated. */
class ContentAndComplianceOnH2Test extends ContentAndComplianceScenario {

    private static final String URL = "jdbc:h2:mem:content-compliance;DB_CLOSE_DELAY=-1";

    @Override
    EntityManagerFactory migratedDatabase() {
        Flyway.configure().dataSource(URL, "sa", "").locations("classpath:db/migration")
                .placeholders(SchemaPlaceholders.forProduct("H2")).load().migrate();
        return Persistence.createEntityManagerFactory("cong", Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource", "",
                "jakarta.persistence.jdbc.driver", "org.h2.Driver",
                "jakarta.persistence.jdbc.url", URL,
                "jakarta.persistence.jdbc.user", "sa",
                "jakarta.persistence.jdbc.password", "",
                "eclipselink.target-server", "None",
                "eclipselink.logging.level", "SEVERE"));
    }
}
