package vn.cong.provisioning.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import vn.cong.platform.TenantBoundEntityManager;
import vn.cong.provisioning.control.ProvisionedUnit;
import vn.cong.provisioning.control.ProvisioningService;
import vn.cong.provisioning.control.UnitRequest;
import vn.cong.tenancy.Unit;
import vn.cong.tenancy.UnitImport;
import vn.cong.tenancy.UnitImportRow;
import vn.cong.tenancy.UnitRepository;

/**
 * Takes one pending row of a running import, each in its own transaction: the unit is opened and the row marked
 * created together, or nothing is — a refusal is then recorded by {@link #refuse} in a transaction of its own.
 * A row whose unit exists by then (a run broken off after the commit, another import) is skipped: the code is the key.
 */
@ApplicationScoped
public class ImportRowCreator {

    @Inject
    TenantBoundEntityManager entityManagers;

    @Inject
    UnitRepository units;

    @Inject
    ProvisioningService provisioning;

    @Inject
    Clock clock;

    private EntityManager em() {
        return entityManagers.platform();
    }

    /** The oldest running import and up to {@code max} of its pending rows, in row order. */
    public record Batch(long importId, List<Long> rowIds) {
    }

    @Transactional(TxType.REQUIRES_NEW)
    public Optional<Batch> nextBatch(int max) {
        List<UnitImport> running = em().createQuery("select i from UnitImport i where i.state = :s order by i.id",
                UnitImport.class).setParameter("s", UnitImport.State.RUNNING).setMaxResults(1).getResultList();
        if (running.isEmpty()) {
            return Optional.empty();
        }
        long importId = running.get(0).getId();
        return Optional.of(new Batch(importId, em().createQuery("select r.id from UnitImportRow r"
                        + " where r.importId = :i and r.outcome = :o order by r.rowNo", Long.class)
                .setParameter("i", importId).setParameter("o", UnitImportRow.Outcome.PENDING)
                .setMaxResults(max).getResultList()));
    }

    @Transactional(TxType.REQUIRES_NEW)
    public void create(long rowId) {
        open(rowId);
    }

    /**
     * Several rows in one transaction — a commit per unit was a good part of a country import's time. All or none:
     * when one row fails, the caller takes the rows again one by one ({@link #create}), so a refusal stays the
     * refused row's alone.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public void createAll(List<Long> rowIds) {
        rowIds.forEach(this::open);
    }

    private void open(long rowId) {
        UnitImportRow row = em().find(UnitImportRow.class, rowId, LockModeType.PESSIMISTIC_WRITE);
        if (row == null || row.getOutcome() != UnitImportRow.Outcome.PENDING) {
            return;
        }
        UnitImport unitImport = em().find(UnitImport.class, importIdOf(row), LockModeType.PESSIMISTIC_WRITE);
        Optional<Unit> already = units.byOfficialCode(row.getOfficialCode());
        if (already.isPresent()) {
            row.skip("import.row.exists", row.getOfficialCode(), units.canonicalHostname(already.get().getId())
                    .orElse(""));
        } else {
            boolean topLevel = row.getParentCode() == null && unitImport.getRootUnitId() == null;
            Long parentId = topLevel ? null : parentOf(row, unitImport);
            if (parentId == null && !topLevel) {
                row.refuse("import.row.parent-missing", row.getParentCode());
            } else {
                ProvisionedUnit opened = provisioning.provisionForImport(new UnitRequest(parentId,
                        row.getLevel().name(), row.getOfficialName(), null, null, row.getHostLabel(), null, null, null,
                        row.getOfficialCode()), "import #" + unitImport.getId());
                // opening a portal works inside the new unit (runAs), which clears the persistence context
                row = em().find(UnitImportRow.class, rowId, LockModeType.PESSIMISTIC_WRITE);
                unitImport = em().find(UnitImport.class, importIdOf(row), LockModeType.PESSIMISTIC_WRITE);
                row.created(opened.id());
            }
        }
        unitImport.count(row.getOutcome());
    }

    @Transactional(TxType.REQUIRES_NEW)
    public void refuse(long rowId, String key, Object... arguments) {
        UnitImportRow row = em().find(UnitImportRow.class, rowId, LockModeType.PESSIMISTIC_WRITE);
        if (row == null || row.getOutcome() != UnitImportRow.Outcome.PENDING) {
            return;
        }
        row.refuse(key, arguments);
        em().find(UnitImport.class, importIdOf(row), LockModeType.PESSIMISTIC_WRITE).count(row.getOutcome());
    }

    /** Ends a running import once no row is pending. */
    @Transactional(TxType.REQUIRES_NEW)
    public void finishIfDone(long importId) {
        UnitImport unitImport = em().find(UnitImport.class, importId, LockModeType.PESSIMISTIC_WRITE);
        if (unitImport.getState() == UnitImport.State.RUNNING
                && unitImport.getDoneRows() >= unitImport.getTotalRows()) {
            unitImport.finish(clock.instant());
        }
    }

    private Long parentOf(UnitImportRow row, UnitImport unitImport) {
        if (row.getParentCode() == null) {
            return unitImport.getRootUnitId();
        }
        Unit root = unitImport.getRootUnitId() == null ? null : units.find(unitImport.getRootUnitId()).orElse(null);
        if (root != null && row.getParentCode().equals(root.getOfficialCode())) {
            return root.getId();
        }
        return units.byOfficialCode(row.getParentCode()).map(Unit::getId).orElse(null);
    }

    private static long importIdOf(UnitImportRow row) {
        return row.getImportId();
    }
}
