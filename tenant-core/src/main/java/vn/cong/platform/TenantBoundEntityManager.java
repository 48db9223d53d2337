package vn.cong.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.function.Supplier;
import org.eclipse.persistence.config.EntityManagerProperties;
import vn.cong.tenancy.ResolvedHost;
import vn.cong.tenancy.TenantContext;
import vn.cong.tenancy.Unit;

/**
 * The one way code reaches the database. {@link #forCurrentTenant()} binds the transaction's entity manager
 * to the unit of the {@link TenantContext}; EclipseLink then filters every query and stamps every insert of
 * a {@link TenantOwned} entity with it. {@link #platform()} is the explicit door to the platform registry
 * (units, hosts, accounts), whose entities are not tenant-owned: querying tenant-owned entities through it
 * fails (EclipseLink-6174) unless a tenant was bound in the same transaction.
 */
@ApplicationScoped
public class TenantBoundEntityManager {

    @PersistenceContext(unitName = "cong")
    EntityManager em;

    @Inject
    TenantContext tenant;

    @Resource
    TransactionSynchronizationRegistry transactions;

    public EntityManager forCurrentTenant() {
        requireTransaction();
        em.setProperty(EntityManagerProperties.MULTITENANT_PROPERTY_DEFAULT, String.valueOf(tenant.unitId()));
        return em;
    }

    public EntityManager platform() {
        requireTransaction();
        return em;
    }

    /**
     * A set-based SQL statement across tenants — the reorganisation's move of a unit's rows to its successor, whose
     * tenant column JPA never changes. EclipseLink refuses native SQL in a persistence unit with multitenant
     * entities (a statement could bypass the tenant filter); this door allows it for one statement, explicitly.
     * Pending writes are flushed first, so the statement sees them.
     */
    public jakarta.persistence.Query crossTenantSql(String sql, Object... parameters) {
        requireTransaction();
        em.flush();
        jakarta.persistence.Query query = em.createNativeQuery(sql)
                .setHint("eclipselink.jdbc.allow-native-sql-query", true);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query;
    }

    /**
     * Runs work as another unit inside the current transaction — the explicit cross-tenant door used by
     * provisioning and roll-up reports. Pending writes are flushed and the persistence context cleared on
     * both sides, so no entity of one unit is ever seen, or written, as another's.
     */
    public <T> T runAs(Unit unit, Supplier<T> work) {
        requireTransaction();
        ResolvedHost previous = tenant.current().orElse(null);
        flushAndClear();
        tenant.enter(ResolvedHost.of(unit));
        try {
            T result = work.get();
            flushAndClear();
            return result;
        } finally {
            tenant.enter(previous);
            if (previous != null) {
                em.setProperty(EntityManagerProperties.MULTITENANT_PROPERTY_DEFAULT, String.valueOf(previous.unitId()));
            }
        }
    }

    /**
     * The second half of a check-then-insert on a unique value (hostname, username, code, slug): writes the insert
     * now and turns the database's refusal of a duplicate into {@code taken} — the same 409 and message as the
     * check, which a concurrent transaction passed at the same moment. The transaction is rolled back as for any
     * refusal, so nothing of the use case is saved.
     */
    public void flushUnique(Supplier<DomainException> taken) {
        EntityManager current = platform(); // the same entity manager; platform() checks there is a transaction
        try {
            current.flush();
        } catch (RuntimeException e) {
            if (DuplicateKey.isCauseOf(e)) {
                throw taken.get();
            }
            throw e;
        }
    }

    private void flushAndClear() {
        em.flush();
        em.clear();
    }

    private void requireTransaction() {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            throw new IllegalStateException("Data access needs a transaction: annotate the caller @Transactional");
        }
    }
}
