package vn.cong.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import vn.cong.tenancy.Unit;
import vn.cong.tenancy.UnitPath;
import vn.cong.tenancy.UnitRepository;

/**
 * Works out an {@link Actor}: the roles an account holds in one unit. Direct grants count in their unit;
 * a DIC_ADMIN grant counts in every unit of the subtree it was granted on; PLATFORM_OPERATOR everywhere.
 */
@ApplicationScoped
@Transactional
public class Authority {

    @Inject
    AccountRepository accounts;

    @Inject
    UnitRepository units;

    public Optional<Actor> actorIn(String username, Unit unit) {
        return accounts.byUsername(username).filter(Account::isActive).map(account -> actorIn(account, unit));
    }

    /** Holds the platform-wide operator grant (the only right that is tied to no unit). */
    public boolean isOperator(Account account) {
        return accounts.grantsOf(account.getId()).stream()
                .anyMatch(g -> g.getUnitId() == null && g.getRole() == Role.PLATFORM_OPERATOR);
    }

    public Actor actorIn(Account account, Unit unit) {
        Set<Role> roles = rolesIn(unit, accounts.grantsOf(account.getId()),
                unitId -> units.find(unitId).map(Unit::unitPath));
        return new Actor(account.getId(), account.getUsername(), account.getFullName(), unit.getId(), roles);
    }

    /**
     * The rule itself: direct grants count in their own unit; a DIC_ADMIN grant counts in the subtree of the unit
     * it was granted on (explicitly, per subtree — being "higher up" gives nothing); PLATFORM_OPERATOR everywhere.
     */
    static Set<Role> rolesIn(Unit unit, List<RoleGrant> grants, Function<Long, Optional<UnitPath>> pathOf) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        UnitPath target = unit.unitPath();
        for (RoleGrant grant : grants) {
            if (grant.getUnitId() == null) {
                if (grant.getRole() == Role.PLATFORM_OPERATOR) {
                    roles.add(Role.PLATFORM_OPERATOR);
                }
            } else if (grant.getUnitId().equals(unit.getId())) {
                roles.add(grant.getRole());
            } else if (grant.getRole() == Role.DIC_ADMIN
                    && pathOf.apply(grant.getUnitId()).map(granted -> granted.contains(target)).orElse(false)) {
                roles.add(Role.DIC_ADMIN);
            }
        }
        return roles;
    }
}
