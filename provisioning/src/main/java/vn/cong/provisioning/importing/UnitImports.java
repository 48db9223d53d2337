package vn.cong.provisioning.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.cong.identity.Account;
import vn.cong.identity.Authority;
import vn.cong.platform.DomainException;
import vn.cong.platform.TenantBoundEntityManager;
import vn.cong.provisioning.control.ProvisioningPolicy;
import vn.cong.provisioning.importing.ImportPlanner.Existing;
import vn.cong.provisioning.importing.ImportPlanner.Planned;
import vn.cong.provisioning.register.OfficialUnit;
import vn.cong.tenancy.HostKind;
import vn.cong.tenancy.Unit;
import vn.cong.tenancy.UnitHost;
import vn.cong.tenancy.UnitImport;
import vn.cong.tenancy.UnitImportRow;
import vn.cong.tenancy.UnitRepository;

/**
 * Bulk provisioning from an official list (issue #11.4): {@link #plan} is the dry run, stored with every row;
 * {@link #start} hands it to the background job ({@code ImportJob} → {@link #runPending}), which opens the pending
 * rows in order, each in its own transaction ({@link ImportRowCreator}). Who may: opening portals under the
 * import's root ({@link ProvisioningPolicy}) — a DIC administrator inside the subtree they were granted, the
 * operator anywhere (the whole country: the operator only).
 */
@ApplicationScoped
@Transactional
public class UnitImports {

    /** Larger than the whole country's list (2.2 MB): a file far beyond it is a mistake. */
    public static final int MAX_BYTES = 20 * 1024 * 1024;

    /** Units opened per transaction by the job (a failing group is taken again one unit at a time). */
    static final int ROWS_PER_TRANSACTION = 50;

    private static final Logger LOG = Logger.getLogger(UnitImports.class.getName());

    @Inject
    TenantBoundEntityManager entityManagers;

    @Inject
    UnitRepository units;

    @Inject
    Authority authority;

    @Inject
    ImportRowCreator rows;

    @Inject
    Clock clock;

    private EntityManager em() {
        return entityManagers.platform();
    }

    /** The dry run: 404 unknown root, 403 not the caller's, 422 a file that is not an official list. */
    public UnitImport plan(Account caller, Long rootUnitId, String sourceName, byte[] content) {
        Unit root = rootUnitId == null ? null : units.find(rootUnitId)
                .orElseThrow(() -> new DomainException(404, "unit.not-found", rootUnitId));
        requireMay(caller, root);
        if (root != null && root.getOfficialCode() == null) {
            throw new DomainException(422, "import.root.no-code", root.getOfficialName());
        }
        ListFiles.Uploaded list = ListFiles.read(content);
        Map<Long, String> hostOf = new HashMap<>();
        Set<String> hosts = new HashSet<>();
        for (UnitHost host : units.allHosts()) {
            hosts.add(host.getHostname());
            if (host.getKind() == HostKind.CANONICAL) {
                hostOf.put(host.getUnitId(), host.getHostname());
            }
        }
        Map<String, Existing> existing = new HashMap<>();
        for (Unit unit : units.withOfficialCodes()) {
            existing.put(unit.getOfficialCode(), new Existing(unit.getOfficialCode(), unit.getLevel(),
                    hostOf.get(unit.getId())));
        }
        Existing rootUnit = root == null ? null : existing.get(root.getOfficialCode());
        List<Planned> plan = ImportPlanner.plan(list.units(), list.firstRowNo(), rootUnit,
                code -> Optional.ofNullable(existing.get(code)), hosts::contains);
        if (plan.isEmpty()) {
            throw new DomainException(422, "import.file.nothing-under-root");
        }
        UnitImport unitImport = new UnitImport(rootUnitId, name(sourceName), caller.getId(), caller.getUsername(),
                clock.instant());
        em().persist(unitImport);
        em().flush();
        int skipped = 0;
        int refused = 0;
        for (Planned planned : plan) {
            OfficialUnit unit = planned.unit();
            UnitImportRow row = new UnitImportRow(unitImport.getId(), planned.rowNo(), unit.code(), unit.name(),
                    unit.level(), unit.parentCode(), planned.label(), planned.hostname());
            switch (planned.outcome()) {
                case SKIP -> {
                    row.skip(planned.key(), planned.arguments().toArray());
                    skipped++;
                }
                case REFUSE -> {
                    row.refuse(planned.key(), planned.arguments().toArray());
                    refused++;
                }
                case CREATE -> {
                    // pending until the job takes it
                }
            }
            em().persist(row);
        }
        unitImport.planned(plan.size(), skipped, refused);
        return unitImport;
    }

    /** Confirms a planned import: the job runs it from now on (409 when it is not planned any more). */
    public UnitImport start(Account caller, long importId) {
        UnitImport unitImport = view(caller, importId);
        if (unitImport.getState() != UnitImport.State.PLANNED) {
            throw new DomainException(409, "import.not-planned", importId, unitImport.getState().name());
        }
        unitImport.start(clock.instant());
        return unitImport;
    }

    public UnitImport view(Account caller, long importId) {
        UnitImport unitImport = Optional.ofNullable(em().find(UnitImport.class, importId))
                .orElseThrow(() -> new DomainException(404, "import.not-found", importId));
        requireMay(caller, unitImport.getRootUnitId() == null ? null : units.find(unitImport.getRootUnitId()).orElse(null));
        return unitImport;
    }

    /** A page of an import's rows in row order, of one outcome or all. */
    public List<UnitImportRow> rows(Account caller, long importId, UnitImportRow.Outcome outcome, int first, int max) {
        view(caller, importId);
        TypedQuery<UnitImportRow> query = em().createQuery("select r from UnitImportRow r where r.importId = :i"
                + (outcome == null ? "" : " and r.outcome = :o") + " order by r.rowNo", UnitImportRow.class)
                .setParameter("i", importId);
        if (outcome != null) {
            query.setParameter("o", outcome);
        }
        return query.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(max, 1000)))
                .getResultList();
    }

    /** How many rows of an import have one outcome (all rows: null), for paging. */
    public long countRows(Account caller, long importId, UnitImportRow.Outcome outcome) {
        view(caller, importId);
        TypedQuery<Long> query = em().createQuery("select count(r) from UnitImportRow r where r.importId = :i"
                + (outcome == null ? "" : " and r.outcome = :o"), Long.class).setParameter("i", importId);
        if (outcome != null) {
            query.setParameter("o", outcome);
        }
        return query.getSingleResult();
    }

    /** The latest imports under a unit, newest first, for whoever may import there. */
    public List<UnitImport> recent(Account caller, long rootUnitId, int max) {
        requireMay(caller, units.find(rootUnitId)
                .orElseThrow(() -> new DomainException(404, "unit.not-found", rootUnitId)));
        return em().createQuery("select i from UnitImport i where i.rootUnitId = :r order by i.plannedAt desc, i.id desc",
                UnitImport.class).setParameter("r", rootUnitId).setMaxResults(Math.max(1, Math.min(max, 100)))
                .getResultList();
    }

    /** The final report (or the state so far) as an XLSX workbook, every row with its outcome and reason. */
    public byte[] report(Account caller, long importId) {
        UnitImport unitImport = view(caller, importId);
        List<UnitImportRow> all = em().createQuery("select r from UnitImportRow r where r.importId = :i order by r.rowNo",
                UnitImportRow.class).setParameter("i", importId).getResultList();
        return ImportReportWorkbook.write(unitImport, all, ImportMessages::vietnamese);
    }

    /**
     * The job's body: up to {@code max} pending rows of the oldest running import, each in its own transaction.
     * Resumable by construction: after a restart the rows still pending are simply taken next.
     */
    @Transactional(TxType.NOT_SUPPORTED)
    public int runPending(int max) {
        Optional<ImportRowCreator.Batch> batch = rows.nextBatch(max);
        if (batch.isEmpty()) {
            return 0;
        }
        long importId = batch.get().importId();
        List<Long> pending = batch.get().rowIds();
        for (int from = 0; from < pending.size(); from += ROWS_PER_TRANSACTION) {
            List<Long> chunk = pending.subList(from, Math.min(pending.size(), from + ROWS_PER_TRANSACTION));
            try {
                rows.createAll(chunk);
            } catch (RuntimeException chunkFailed) {
                chunk.forEach(rowId -> createAlone(importId, rowId));
            }
        }
        rows.finishIfDone(importId);
        return pending.size();
    }

    /** One row in its own transaction; its refusal (or failure) is recorded on it alone. */
    private void createAlone(long importId, long rowId) {
        try {
            rows.create(rowId);
        } catch (RuntimeException e) {
            Optional<DomainException> refusal = DomainException.foundIn(e);
            if (refusal.isEmpty()) {
                LOG.log(Level.WARNING, "CONG: import " + importId + " row " + rowId + " failed", e);
                rows.refuse(rowId, "import.row.failed", rowId);
            } else {
                rows.refuse(rowId, refusal.get().messageKey(), refusal.get().arguments());
            }
        }
    }

    private void requireMay(Account caller, Unit root) {
        boolean allowed = root == null ? ProvisioningPolicy.mayOpenTopLevel(authority.isOperator(caller))
                : ProvisioningPolicy.mayOpenUnder(authority.actorIn(caller, root));
        if (!allowed) {
            throw new DomainException(403, "auth.forbidden");
        }
    }

    private static String name(String sourceName) {
        String name = sourceName == null || sourceName.isBlank() ? "danh-muc.json" : sourceName.strip();
        return name.length() > 255 ? name.substring(0, 255) : name;
    }
}
