package vn.cong.tenancy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.cong.platform.PlatformEntity;

/**
 * One bulk provisioning from an official list (provisioning's {@code UnitImports}): planned with all its rows
 * ({@link UnitImportRow}), then run in the background until no row is pending. Platform data, like units.
 */
@Entity
@Table(name = "unit_import")
public class UnitImport extends PlatformEntity {

    public enum State { PLANNED, RUNNING, DONE }

    /** The unit the list is imported under (null: the whole country, the operator's). */
    @Column(name = "root_unit_id")
    private Long rootUnitId;

    @Column(name = "source_name", nullable = false)
    private String sourceName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state;

    @Column(name = "started_by", nullable = false)
    private Long startedBy;

    @Column(name = "started_by_name", nullable = false)
    private String startedByName;

    @Column(name = "total_rows", nullable = false)
    private int totalRows;

    @Column(name = "created_rows", nullable = false)
    private int createdRows;

    @Column(name = "skipped_rows", nullable = false)
    private int skippedRows;

    @Column(name = "refused_rows", nullable = false)
    private int refusedRows;

    @Column(name = "planned_at", nullable = false)
    private Instant plannedAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    protected UnitImport() {
    }

    public UnitImport(Long rootUnitId, String sourceName, long startedBy, String startedByName, Instant plannedAt) {
        this.rootUnitId = rootUnitId;
        this.sourceName = sourceName;
        this.startedBy = startedBy;
        this.startedByName = startedByName;
        this.plannedAt = plannedAt;
        this.state = State.PLANNED;
    }

    public void planned(int rows, int skipped, int refused) {
        this.totalRows = rows;
        this.skippedRows = skipped;
        this.refusedRows = refused;
    }

    public void start(Instant when) {
        state = State.RUNNING;
        startedAt = when;
    }

    /** A pending row's outcome once the job has taken it. */
    public void count(UnitImportRow.Outcome outcome) {
        switch (outcome) {
            case CREATED -> createdRows++;
            case SKIPPED -> skippedRows++;
            case REFUSED -> refusedRows++;
            default -> throw new IllegalArgumentException(outcome.name());
        }
    }

    public void finish(Instant when) {
        state = State.DONE;
        finishedAt = when;
    }

    public Long getRootUnitId() {
        return rootUnitId;
    }

    public String getSourceName() {
        return sourceName;
    }

    public State getState() {
        return state;
    }

    public Long getStartedBy() {
        return startedBy;
    }

    public String getStartedByName() {
        return startedByName;
    }

    public int getTotalRows() {
        return totalRows;
    }

    public int getCreatedRows() {
        return createdRows;
    }

    public int getSkippedRows() {
        return skippedRows;
    }

    public int getRefusedRows() {
        return refusedRows;
    }

    /** Rows no longer pending. */
    public int getDoneRows() {
        return createdRows + skippedRows + refusedRows;
    }

    public Instant getPlannedAt() {
        return plannedAt;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }
}
