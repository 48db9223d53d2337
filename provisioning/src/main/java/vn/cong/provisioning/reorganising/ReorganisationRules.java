package vn.cong.provisioning.reorganising;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Locale;
import vn.cong.identity.Account;
import vn.cong.identity.Authority;
import vn.cong.platform.DomainException;
import vn.cong.platform.TenantBoundEntityManager;
import vn.cong.provisioning.control.ProvisioningPolicy;
import vn.cong.tenancy.Unit;
import vn.cong.tenancy.UnitRepository;

/**
 * The checks every reorganisation makes the same way — a unit still active, the caller allowed over it
 * ({@link ProvisioningPolicy#mayReorganise}), a decision named and dated, a choice among the known ones — and the
 * small reads they share, in one place for {@link Reorganisations}, {@link Relocations} and {@link PortalStops}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
class ReorganisationRules {

    @Inject
    UnitRepository units;

    @Inject
    Authority authority;

    @Inject
    TenantBoundEntityManager entityManagers;

    static void requireDecision(String decisionNo, LocalDate date, LocalDate effective) {
        if (decisionNo == null || decisionNo.isBlank() || decisionNo.length() > 128 || date == null
                || effective == null) {
            throw new DomainException(422, "reorg.decision.required");
        }
    }

    Unit active(long id) {
        Unit unit = units.find(id).orElseThrow(() -> new DomainException(404, "unit.not-found", id));
        if (!unit.isActive()) {
            throw new DomainException(409, "reorg.unit.not-active", unit.getOfficialName());
        }
        return unit;
    }

    void requireMay(Account caller, Unit unit) {
        if (!ProvisioningPolicy.mayReorganise(authority.actorIn(caller, unit))) {
            throw new DomainException(403, "auth.forbidden");
        }
    }

    static <E extends Enum<E>> E choice(Class<E> type, String value, E otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new DomainException(422, "reorg.choice.unknown", value);
        }
    }

    String host(Unit unit) {
        return units.canonicalHostname(unit.getId()).orElse(unit.getHostLabel());
    }

    long count(String sql, long unitId) {
        return ((Number) entityManagers.crossTenantSql(sql, unitId).getSingleResult()).longValue();
    }
}
