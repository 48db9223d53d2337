package vn.cong.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** The row of one platform job in {@code job_claim}: when it is next due, when it last ran and how it went. */
@Entity
@Table(name = "job_claim")
public class JobClaim {

    @Id
    private String name;

    @Column(name = "next_run_at", nullable = false)
    private Instant nextRunAt;

    @Column(name = "last_run_at")
    private Instant lastRunAt;

    @Column(name = "last_outcome")
    private String lastOutcome;

    @Version
    private long version;

    protected JobClaim() {
    }

    JobClaim(String name, Instant nextRunAt) {
        this.name = name;
        this.nextRunAt = nextRunAt;
    }

    boolean isDueAt(Instant now) {
        return !nextRunAt.isAfter(now);
    }

    void ran(Instant now, Instant next) {
        this.lastRunAt = now;
        this.nextRunAt = next;
    }

    /** A long run ended early: the next one is due at {@code next} instead of when the claim ran out. */
    void dueAt(Instant next) {
        this.nextRunAt = next;
    }

    void record(String outcome) {
        this.lastOutcome = outcome == null || outcome.length() <= 2000 ? outcome : outcome.substring(0, 2000);
    }

    public String getName() {
        return name;
    }

    public Instant getNextRunAt() {
        return nextRunAt;
    }

    public Instant getLastRunAt() {
        return lastRunAt;
    }

    public String getLastOutcome() {
        return lastOutcome;
    }
}
