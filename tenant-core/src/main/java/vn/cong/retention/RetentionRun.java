package vn.cong.retention;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.cong.platform.PlatformEntity;

/** One retention run of the platform: when, started by whom (the schedule or the operator), what it did. */
@Entity
@Table(name = "retention_run")
public class RetentionRun extends PlatformEntity {

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "started_by", nullable = false)
    private String startedBy;

    @Column(name = "units_checked", nullable = false)
    private int unitsChecked;

    @Column(nullable = false)
    private int archived;

    @Column(nullable = false)
    private int failed;

    protected RetentionRun() {
    }

    RetentionRun(Instant startedAt, String startedBy) {
        this.startedAt = startedAt;
        this.startedBy = startedBy;
    }

    void finish(Instant at, int units, int archivedItems, int failedUnits) {
        this.finishedAt = at;
        this.unitsChecked = units;
        this.archived = archivedItems;
        this.failed = failedUnits;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public int getUnitsChecked() {
        return unitsChecked;
    }

    public int getArchived() {
        return archived;
    }

    public int getFailed() {
        return failed;
    }
}
