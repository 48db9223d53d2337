package vn.cong.provisioning.reorganising;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import vn.cong.identity.Account;
import vn.cong.identity.AccountRepository;
import vn.cong.identity.RoleGrant;
import vn.cong.platform.TenantBoundEntityManager;
import vn.cong.tenancy.Reorganisation;
import vn.cong.tenancy.Unit;
import vn.cong.tenancy.UnitState;
import vn.cong.tenancy.UnitSuccession;

/**
 * One old unit living on in a successor, inside a reorganisation's transaction — a merge's, a retirement's, a
 * reform's: its content moved ({@link ContentMover}) or, by choice, kept in place as the old portal's archive, its accounts' grants and homes carried over (or its grants
 * ended, the people returned for the caller to deactivate), the succession recorded, the unit marked merged (its
 * code given up). The same for every kind of reorganisation, so their results cannot drift apart.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class UnitRetirements {

    /** What one old unit brought: items and categories moved, its people carried or left to deactivate. */
    public record Retired(int items, int categoriesMoved, List<Account> carried, List<Account> leaving) {
    }

    @Inject
    ContentMover mover;

    @Inject
    AccountRepository accounts;

    @Inject
    TenantBoundEntityManager entityManagers;

    private EntityManager em() {
        return entityManagers.platform();
    }

    public Retired into(Reorganisation reorganisation, Unit predecessor, Unit successor, UnitSuccession.Share share,
                        Account caller, Instant now) {
        boolean archived = reorganisation.getContent() == Reorganisation.Content.ARCHIVE;
        // archived: the old portal keeps its pages, readable at their own addresses (GOV.UK's history pages)
        ContentMover.Moved moved = archived ? new ContentMover.Moved(0, 0) : mover.move(predecessor, successor);
        List<Account> members = accounts.ofHomeUnit(predecessor.getId());
        List<Account> carried = List.of();
        List<Account> leaving = List.of();
        if (reorganisation.getAccounts() == Reorganisation.Accounts.CARRY) {
            carryGrants(predecessor.getId(), successor.getId());
            members.forEach(a -> a.moveHome(successor.getId()));
            carried = members;
        } else {
            leaving = members.stream().filter(a -> a.isActive() && (caller == null || !a.getId().equals(caller.getId())))
                    .toList();
            em().createQuery("delete from RoleGrant g where g.unitId = :u").setParameter("u", predecessor.getId())
                    .executeUpdate();
        }
        em().persist(new UnitSuccession(reorganisation.getId(), predecessor.getId(), successor.getId(), share));
        predecessor.retire(archived ? UnitState.ARCHIVED : UnitState.MERGED, now);
        return new Retired(moved.items(), moved.categoriesMoved(), carried, leaving);
    }

    /** A further successor of a unit shared out: its part of the area, no content (that went to the first one). */
    public void sharedWith(Reorganisation reorganisation, Unit predecessor, Unit successor) {
        em().persist(new UnitSuccession(reorganisation.getId(), predecessor.getId(), successor.getId(),
                UnitSuccession.Share.PARTIAL));
    }

    /**
     * Grants held on the old unit move to the successor; one the person already holds there is dropped (its subject
     * fields with it: {@code role_grant_field} cascades). The derived table lets MySQL read the table it deletes from;
     * SQL bypasses the shared cache of platform entities, so the grants are evicted from it.
     */
    private void carryGrants(long from, long to) {
        entityManagers.crossTenantSql("delete from role_grant where unit_id = ?1 and exists (select 1 from (select"
                + " account_id, role_code from role_grant where unit_id = ?2) h where h.account_id = role_grant.account_id"
                + " and h.role_code = role_grant.role_code)", from, to).executeUpdate();
        entityManagers.crossTenantSql("update role_grant set unit_id = ?1 where unit_id = ?2", to, from).executeUpdate();
        em().getEntityManagerFactory().getCache().evict(RoleGrant.class);
    }
}
