package vn.cong.provisioning.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import vn.cong.identity.Account;
import vn.cong.identity.Authority;
import vn.cong.platform.DomainException;
import vn.cong.tenancy.Unit;
import vn.cong.tenancy.UnitRepository;

/** A unit's record and the units directly under it, for those {@link ProvisioningPolicy#maySeeUnit} lets see them. */
@ApplicationScoped
@Transactional
public class UnitReading {

    @Inject
    UnitRepository units;

    @Inject
    Authority authority;

    /** 404 unknown, 403 unless the caller may see it. */
    public Unit unit(Account caller, long id) {
        Unit unit = units.find(id).orElseThrow(() -> new DomainException(404, "unit.not-found", id));
        if (!ProvisioningPolicy.maySeeUnit(authority.actorIn(caller, unit))) {
            throw new DomainException(403, "auth.forbidden");
        }
        return unit;
    }

    /** The units directly under {@code id}, for whoever may see that unit. */
    public List<Unit> children(Account caller, long id) {
        return units.children(unit(caller, id).getId());
    }
}
