package vn.cong.persistence;

import jakarta.persistence.EntityManagerFactory;

/** The document search and compliance figures on the embedded database (H2 in memory), V1–V13 migrated. */
class ContentAndComplianceOnH2Test extends ContentAndComplianceScenario {

    @Override
    EntityManagerFactory migratedDatabase() {
        return TestDatabase.migratedH2("content-compliance");
    }
}
