package vn.cong.board;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.cong.identity.Account;
import vn.cong.identity.Role;
import vn.cong.identity.RoleGrant;
import vn.cong.platform.TenantBoundEntityManager;

/**
 * Reads a unit's board: its grants and accounts (platform data, always filtered by the unit id given) and its
 * subject fields (tenant-owned, the current unit's).
 */
@ApplicationScoped
@Transactional
public class BoardDirectory {

    @Inject
    TenantBoundEntityManager entityManagers;

    private EntityManager platform() {
        return entityManagers.platform();
    }

    public List<RoleGrant> grantsIn(long unitId) {
        return platform().createQuery("select g from RoleGrant g where g.unitId = :u order by g.role, g.id",
                RoleGrant.class).setParameter("u", unitId).getResultList();
    }

    /** Grants of these roles in the unit, for active accounts only. */
    public List<RoleGrant> holders(long unitId, Set<Role> roles) {
        return platform().createQuery("select g from RoleGrant g, Account a where g.unitId = :u and g.role in :r"
                        + " and a.id = g.accountId and a.active = true order by g.id", RoleGrant.class)
                .setParameter("u", unitId).setParameter("r", roles).getResultList();
    }

    public Optional<RoleGrant> grant(long grantId) {
        return Optional.ofNullable(platform().find(RoleGrant.class, grantId));
    }

    public Optional<RoleGrant> grant(long accountId, long unitId, Role role) {
        return platform().createQuery("select g from RoleGrant g where g.accountId = :a and g.unitId = :u"
                        + " and g.role = :r", RoleGrant.class)
                .setParameter("a", accountId).setParameter("u", unitId).setParameter("r", role)
                .getResultStream().findFirst();
    }

    public Optional<Account> account(long id) {
        return Optional.ofNullable(platform().find(Account.class, id));
    }

    public Optional<Account> account(String username) {
        return platform().createQuery("select a from Account a where a.username = :u", Account.class)
                .setParameter("u", username == null ? "" : username.strip()).getResultStream().findFirst();
    }

    /** Everyone on the unit's board page: those who hold a role in it, then those homed there without one. */
    public List<BoardSeat> seats(long unitId) {
        Map<Long, List<RoleGrant>> byAccount = new LinkedHashMap<>();
        for (RoleGrant grant : grantsIn(unitId)) {
            byAccount.computeIfAbsent(grant.getAccountId(), a -> new ArrayList<>()).add(grant);
        }
        List<Account> homed = platform().createQuery("select a from Account a where a.homeUnitId = :u", Account.class)
                .setParameter("u", unitId).getResultList();
        List<BoardSeat> seats = new ArrayList<>();
        for (Map.Entry<Long, List<RoleGrant>> entry : byAccount.entrySet()) {
            account(entry.getKey()).ifPresent(account -> seats.add(new BoardSeat(account, entry.getValue())));
        }
        for (Account account : homed) {
            if (!byAccount.containsKey(account.getId())) {
                seats.add(new BoardSeat(account, List.of()));
            }
        }
        seats.sort(Comparator.comparing((BoardSeat s) -> s.grants().isEmpty())
                .thenComparing(s -> s.account().getUsername()));
        return seats;
    }

    public List<SubjectField> fields() {
        return entityManagers.forCurrentTenant()
                .createQuery("select f from SubjectField f order by f.sortOrder, f.nameVi", SubjectField.class)
                .getResultList();
    }

    public Optional<SubjectField> field(String code) {
        return entityManagers.forCurrentTenant()
                .createQuery("select f from SubjectField f where f.code = :c", SubjectField.class)
                .setParameter("c", code == null ? "" : code.strip()).getResultStream().findFirst();
    }
}
