package vn.cong.tenancy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import vn.cong.platform.PlatformEntity;

/**
 * A reform applied from an official mapping (provisioning's {@code Reforms}, issue #11.6): planned with one
 * {@link ReformStep} per new province, then run in the background one step per transaction until none is pending.
 * Platform data, like units.
 */
@Entity
@Table(name = "reform_run")
public class ReformRun extends PlatformEntity {

    public enum State { PLANNED, RUNNING, DONE }

    /** Which shipped mapping ("dvhcvn-2025-07"). */
    @Column(nullable = false)
    private String mapping;

    @Column(name = "decision_no", nullable = false)
    private String decisionNo;

    @Column(name = "decision_date", nullable = false)
    private LocalDate decisionDate;

    @Column(name = "effective_on", nullable = false)
    private LocalDate effectiveOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state;

    @Column(name = "started_by", nullable = false)
    private Long startedBy;

    @Column(name = "started_by_name", nullable = false)
    private String startedByName;

    @Column(name = "total_steps", nullable = false)
    private int totalSteps;

    @Column(name = "done_steps", nullable = false)
    private int doneSteps;

    @Column(name = "skipped_steps", nullable = false)
    private int skippedSteps;

    @Column(name = "refused_steps", nullable = false)
    private int refusedSteps;

    @Column(name = "planned_at", nullable = false)
    private Instant plannedAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    protected ReformRun() {
    }

    public ReformRun(String mapping, String decisionNo, LocalDate decisionDate, LocalDate effectiveOn, long startedBy,
                     String startedByName, Instant plannedAt) {
        this.mapping = mapping;
        this.decisionNo = decisionNo;
        this.decisionDate = decisionDate;
        this.effectiveOn = effectiveOn;
        this.startedBy = startedBy;
        this.startedByName = startedByName;
        this.plannedAt = plannedAt;
        this.state = State.PLANNED;
    }

    public void planned(int steps, int skipped) {
        this.totalSteps = steps;
        this.skippedSteps = skipped;
    }

    public void start(Instant when) {
        state = State.RUNNING;
        startedAt = when;
    }

    /** A pending step's outcome once the job has taken it. */
    public void count(ReformStep.Outcome outcome) {
        switch (outcome) {
            case DONE -> doneSteps++;
            case SKIPPED -> skippedSteps++;
            case REFUSED -> refusedSteps++;
            default -> throw new IllegalArgumentException(outcome.name());
        }
    }

    public void finish(Instant when) {
        state = State.DONE;
        finishedAt = when;
    }

    public String getMapping() {
        return mapping;
    }

    public String getDecisionNo() {
        return decisionNo;
    }

    public LocalDate getDecisionDate() {
        return decisionDate;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
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

    public int getTotalSteps() {
        return totalSteps;
    }

    public int getDoneSteps() {
        return doneSteps;
    }

    public int getSkippedSteps() {
        return skippedSteps;
    }

    public int getRefusedSteps() {
        return refusedSteps;
    }

    /** Steps no longer pending. */
    public int getFinishedSteps() {
        return doneSteps + skippedSteps + refusedSteps;
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
