package vn.cong.persistence;

import jakarta.persistence.EntityManagerFactory;

/** The document search and compliance figures on the private MariaDB of {@code ./cong test}, through Connector/J. */
class ContentAndCompliancePersistenceIT extends ContentAndComplianceScenario {

    @Override
    EntityManagerFactory migratedDatabase() {
        TestDatabase.recreateSchema();
        return TestDatabase.entityManagerFactory();
    }
}
