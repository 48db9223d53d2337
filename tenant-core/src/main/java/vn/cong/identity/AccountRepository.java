package vn.cong.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import vn.cong.platform.TenantBoundEntityManager;

/** Accounts and their role grants: platform data. */
@ApplicationScoped
@Transactional
public class AccountRepository {

    @Inject
    TenantBoundEntityManager entityManagers;

    private EntityManager em() {
        return entityManagers.platform();
    }

    public Optional<Account> find(long id) {
        return Optional.ofNullable(em().find(Account.class, id));
    }

    public Optional<Account> byUsername(String username) {
        return em().createQuery("select a from Account a where a.username = :u", Account.class)
                .setParameter("u", username).getResultStream().findFirst();
    }

    public boolean usernameTaken(String username) {
        return byUsername(username).isPresent();
    }

    /** Whether any account holds the platform operator's role. */
    public boolean anyOperator() {
        return !em().createQuery("select g.id from RoleGrant g where g.role = :r and g.unitId is null", Long.class)
                .setParameter("r", Role.PLATFORM_OPERATOR).setMaxResults(1).getResultList().isEmpty();
    }

    /** Accounts whose home is this unit, by name. */
    public List<Account> ofHomeUnit(long unitId) {
        return em().createQuery("select a from Account a where a.homeUnitId = :u order by a.username", Account.class)
                .setParameter("u", unitId).getResultList();
    }

    public List<RoleGrant> grantsOf(long accountId) {
        return em().createQuery("select g from RoleGrant g where g.accountId = :a", RoleGrant.class)
                .setParameter("a", accountId).getResultList();
    }

    public Account add(Account account) {
        em().persist(account);
        return account;
    }

    public RoleGrant grant(Account account, Long unitId, Role role) {
        RoleGrant grant = new RoleGrant(account.getId(), unitId, role);
        em().persist(grant);
        return grant;
    }
}
