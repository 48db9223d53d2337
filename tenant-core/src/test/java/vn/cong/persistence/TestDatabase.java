package vn.cong.persistence;

import static org.junit.jupiter.api.Assertions.fail;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.eclipse.persistence.config.EntityManagerProperties;
import org.flywaydb.core.Flyway;
import vn.cong.platform.SchemaPlaceholders;

/**
 * The private MariaDB that {@code ./cong test} starts, reached through Connector/J: a clean schema
 * migrated by the product's own Flyway scripts, and the product's persistence unit in Java SE mode.
 */
public final class TestDatabase {

    private TestDatabase() {
    }

    static String url() {
        String url = System.getenv("CONG_PERSIST_DB_URL");
        if (url == null || url.isBlank()) {
            fail("CONG_PERSIST_DB_URL is not set: run the persistence tests through ./cong test,"
                    + " which starts a private MariaDB");
        }
        return url;
    }

    static String user() {
        return System.getenv().getOrDefault("CONG_DB_USER", "cong");
    }

    static String password() {
        return System.getenv().getOrDefault("CONG_DB_PASSWORD", "cong");
    }

    /** Drops everything and migrates from scratch. */
    static void recreateSchema() {
        Flyway flyway = Flyway.configure().dataSource(url(), user(), password())
                .locations("classpath:db/migration")
                .placeholders(SchemaPlaceholders.forProduct("MariaDB"))
                .cleanDisabled(false)
                .load();
        flyway.clean();
        flyway.migrate();
    }

    static EntityManagerFactory entityManagerFactory() {
        Map<String, Object> properties = new HashMap<>();
        properties.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        properties.put("jakarta.persistence.jtaDataSource", "");
        properties.put("jakarta.persistence.jdbc.driver", "com.mysql.cj.jdbc.Driver");
        properties.put("jakarta.persistence.jdbc.url", url());
        properties.put("jakarta.persistence.jdbc.user", user());
        properties.put("jakarta.persistence.jdbc.password", password());
        properties.put("eclipselink.target-server", "None");
        properties.put("eclipselink.logging.level", "WARNING");
        return Persistence.createEntityManagerFactory("cong", properties);
    }

    /**
     * A private in-memory H2 database named {@code name}, migrated by the product's Flyway scripts, and an entity
     * manager factory on it (resource-local, as the fast tests need no container).
     */
    public static EntityManagerFactory migratedH2(String name) {
        String url = "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration")
                .placeholders(SchemaPlaceholders.forProduct("H2")).load().migrate();
        return Persistence.createEntityManagerFactory("cong", Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource", "",
                "jakarta.persistence.jdbc.driver", "org.h2.Driver",
                "jakarta.persistence.jdbc.url", url,
                "jakarta.persistence.jdbc.user", "sa",
                "jakarta.persistence.jdbc.password", "",
                "eclipselink.session-name", name,
                "eclipselink.target-server", "None",
                "eclipselink.logging.level", "SEVERE"));
    }

    /** Work on the platform registry (no unit bound), in a transaction of its own. */
    public static <T> T platform(EntityManagerFactory emf, Function<EntityManager, T> work) {
        return inTransaction(emf.createEntityManager(), work);
    }

    /** Work as one unit: EclipseLink filters and stamps every tenant-owned row with it. */
    public static <T> T asUnit(EntityManagerFactory emf, long unitId, Function<EntityManager, T> work) {
        return inTransaction(emf.createEntityManager(
                Map.of(EntityManagerProperties.MULTITENANT_PROPERTY_DEFAULT, String.valueOf(unitId))), work);
    }

    /** Runs work in a resource-local transaction (rolled back if it throws) and closes the entity manager. */
    public static <T> T inTransaction(EntityManager em, Function<EntityManager, T> work) {
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }
}
