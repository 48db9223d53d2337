package vn.cong.persistence;

import jakarta.persistence.EntityManagerFactory;

/** The catalog scenario on the embedded database (H2 in memory): the V6 migration and the catalog code run there. */
class CatalogTablesOnH2Test extends CatalogTablesScenario {

    @Override
    EntityManagerFactory migratedDatabase() {
        return TestDatabase.migratedH2("catalog-tables");
    }
}
