package vn.cong.provisioning.reorganising;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import vn.cong.audit.AuditEvent;
import vn.cong.audit.AuditLog;
import vn.cong.identity.Account;
import vn.cong.identity.AccountAdministration;
import vn.cong.identity.AccountRepository;
import vn.cong.platform.ContentChanged;
import vn.cong.platform.DomainException;
import vn.cong.platform.TenantBoundEntityManager;
import vn.cong.tenancy.Reorganisation;
import vn.cong.tenancy.Unit;
import vn.cong.tenancy.UnitRepository;
import vn.cong.tenancy.UnitState;
import vn.cong.tenancy.UnitsChanged;

/** A unit's portal stopped without successor by a decision (MIC Art. 8.5c); {@link #previewStop} says what first. */
@ApplicationScoped
@Transactional
public class PortalStops {

    @Inject
    UnitRepository units;

    @Inject
    ReorganisationRules rules;

    @Inject
    AuditLog audit;

    @Inject
    TenantBoundEntityManager entityManagers;

    @Inject
    Event<UnitsChanged> unitsChanged;

    @Inject
    Event<ContentChanged> contentChanged;

    @Inject
    Clock clock;

    private EntityManager em() {
        return entityManagers.platform();
    }

    @Inject
    AccountRepository accounts;

    @Inject
    AccountAdministration administration;

    /** What stopping a portal would do; checks as {@link #stop} does, writes nothing. */
    public StopPlan previewStop(Account caller, StopRequest request) {
        Unit unit = checkStop(caller, request);
        return new StopPlan(unit.getId(), unit.getOfficialName(), rules.host(unit),
                rules.count("select count(*) from item where tenant_id = ?1 and state = 'PUBLISHED'", unit.getId()),
                accounts.ofHomeUnit(unit.getId()).stream().filter(Account::isActive).filter(a -> !a.getId()
                        .equals(caller.getId())).count());
    }

    /**
     * Stops a unit's portal without successor (MIC Art. 8.5c: the portal closes), in one transaction: its people's
     * accounts deactivated (their sessions and tokens ended) and its grants ended, the unit marked retired with its
     * code given up; its hostnames answer 410 with the date and a link to the parent's portal; its record, content
     * and audit trail are kept. Refused for a unit with active units under it (reorganise those first).
     */
    public Stopped stop(Account caller, StopRequest request, String address) {
        Unit unit = checkStop(caller, request);
        Instant now = clock.instant();
        Reorganisation reorganisation = new Reorganisation(Reorganisation.Kind.RETIRE, request.decisionNo().strip(),
                request.decisionDate(), request.effectiveOn(), Reorganisation.Content.ARCHIVE,
                Reorganisation.Accounts.DEACTIVATE, caller.getId(), caller.getUsername(), now);
        String hostname = rules.host(unit);
        String summary = unit.getOfficialName() + " (" + hostname + ") ngừng hoạt động cổng, "
                + request.decisionNo().strip();
        reorganisation.summarise(summary);
        em().persist(reorganisation);
        List<Account> leaving = accounts.ofHomeUnit(unit.getId()).stream()
                .filter(a -> a.isActive() && !a.getId().equals(caller.getId())).toList();
        em().createQuery("delete from RoleGrant g where g.unitId = :u").setParameter("u", unit.getId())
                .executeUpdate();
        unit.retire(UnitState.RETIRED, now);
        em().flush();
        long unitId = unit.getId();
        long reorganisationId = reorganisation.getId();
        for (Account account : leaving) {
            administration.deactivate(caller, account.getUsername(), address);
        }
        Unit stopped = units.find(unitId).orElseThrow();
        entityManagers.runAs(stopped, () -> {
            audit.record(new AuditEvent(caller.getId(), caller.getUsername(), address, "REORGANISE", "UNIT", unitId,
                    UnitState.ACTIVE.name(), UnitState.RETIRED.name(), summary));
            return null;
        });
        unitsChanged.fire(UnitsChanged.of(unitId));
        contentChanged.fire(new ContentChanged(unitId));
        return new Stopped(reorganisationId, unitId, hostname, leaving.size());
    }

    private Unit checkStop(Account caller, StopRequest request) {
        if (request == null || request.unitId() == null) {
            throw new DomainException(422, "reorg.units.required");
        }
        rules.requireDecision(request.decisionNo(), request.decisionDate(), request.effectiveOn());
        Unit unit = rules.active(request.unitId());
        rules.requireMay(caller, unit);
        if (units.children(unit.getId()).stream().anyMatch(Unit::isActive)) {
            throw new DomainException(422, "reorg.has-children", unit.getOfficialName());
        }
        return unit;
    }
}
