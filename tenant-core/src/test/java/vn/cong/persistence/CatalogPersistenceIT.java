package vn.cong.persistence;

import jakarta.persistence.EntityManagerFactory;

/** The catalog scenario on the private MariaDB of {@code ./cong test}, through Connector/J. */
class CatalogPersistenceIT extends CatalogTablesScenario {

    @Override
    EntityManagerFactory migratedDatabase() {
        TestDatabase.recreateSchema();
        return TestDatabase.entityManagerFactory();
    }
}
