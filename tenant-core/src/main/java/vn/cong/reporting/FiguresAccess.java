package vn.cong.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.cong.identity.Account;
import vn.cong.identity.Authority;
import vn.cong.platform.DomainException;
import vn.cong.tenancy.Unit;
import vn.cong.tenancy.UnitRepository;

/**
 * Applies {@link FiguresPolicy} to an account and a unit, for every kind of figures (publication reports,
 * compliance): a unit's figures are visible to its members and to whoever may see the subtree of the unit or of one
 * of its ancestors (a DIC administrator drilling down, a ministry's board looking at a member unit). 403 otherwise.
 */
@ApplicationScoped
@Transactional
public class FiguresAccess {

    @Inject
    Authority authority;

    @Inject
    UnitRepository units;

    public boolean maySeeUnit(Account account, Unit unit) {
        if (FiguresPolicy.maySeeUnit(authority.actorIn(account, unit))) {
            return true;
        }
        for (Unit at = unit; at != null; at = at.getParentId() == null ? null : units.find(at.getParentId()).orElse(null)) {
            if (FiguresPolicy.maySeeSubtree(authority.actorIn(account, at), at)) {
                return true;
            }
        }
        return false;
    }

    public boolean maySeeSubtree(Account account, Unit root) {
        for (Unit at = root; at != null; at = at.getParentId() == null ? null : units.find(at.getParentId()).orElse(null)) {
            if (FiguresPolicy.maySeeSubtree(authority.actorIn(account, at), at)) {
                return true;
            }
        }
        return false;
    }

    public void requireUnit(Account account, Unit unit) {
        if (!maySeeUnit(account, unit)) {
            throw new DomainException(403, "figures.forbidden");
        }
    }

    public void requireSubtree(Account account, Unit root) {
        if (!maySeeSubtree(account, root)) {
            throw new DomainException(403, "figures.forbidden");
        }
    }
}
