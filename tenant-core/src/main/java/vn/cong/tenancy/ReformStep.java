package vn.cong.tenancy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import vn.cong.platform.PlatformEntity;

/**
 * One new province of a {@link ReformRun}: what the plan found on the platform (the old units present, how many
 * units it will have, what is relocated, merged, shared out, opened, retired), then its outcome — done in one
 * transaction, skipped (nothing of it on the platform), or refused with the reason.
 */
@Entity
@Table(name = "reform_step")
public class ReformStep extends PlatformEntity {

    public enum Outcome { PENDING, DONE, SKIPPED, REFUSED }

    private static final String SEPARATOR = "\u001f";

    @Column(name = "run_id", nullable = false)
    private Long runId;

    @Column(name = "step_no", nullable = false)
    private int stepNo;

    @Column(name = "province_code", nullable = false)
    private String provinceCode;

    @Column(name = "province_name", nullable = false)
    private String provinceName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Outcome outcome;

    @Column(name = "units_before", nullable = false)
    private int unitsBefore;

    @Column(name = "units_after", nullable = false)
    private int unitsAfter;

    @Column(nullable = false)
    private int relocated;

    @Column(nullable = false)
    private int merged;

    @Column(name = "shared_out", nullable = false)
    private int sharedOut;

    @Column(nullable = false)
    private int opened;

    @Column(nullable = false)
    private int retired;

    @Column(name = "message_key")
    private String messageKey;

    @Column(name = "message_args")
    private String messageArgs;

    @Column(name = "successor_id")
    private Long successorId;

    protected ReformStep() {
    }

    public ReformStep(long runId, int stepNo, String provinceCode, String provinceName) {
        this.runId = runId;
        this.stepNo = stepNo;
        this.provinceCode = provinceCode;
        this.provinceName = provinceName;
        this.outcome = Outcome.PENDING;
    }

    /** The plan's figures (the old units present; the units after; and what happens to them). */
    public void planned(int before, int after, int relocated, int merged, int sharedOut, int opened, int retired) {
        this.unitsBefore = before;
        this.unitsAfter = after;
        this.relocated = relocated;
        this.merged = merged;
        this.sharedOut = sharedOut;
        this.opened = opened;
        this.retired = retired;
    }

    public void done(long provinceUnitId) {
        this.outcome = Outcome.DONE;
        this.successorId = provinceUnitId;
    }

    public void skip(String key, Object... arguments) {
        settle(Outcome.SKIPPED, key, arguments);
    }

    public void refuse(String key, Object... arguments) {
        settle(Outcome.REFUSED, key, arguments);
    }

    private void settle(Outcome result, String key, Object... arguments) {
        this.outcome = result;
        this.messageKey = key;
        String joined = Arrays.stream(arguments).map(String::valueOf).collect(Collectors.joining(SEPARATOR));
        this.messageArgs = joined.length() > 1000 ? joined.substring(0, 1000) : joined;
    }

    public Long getRunId() {
        return runId;
    }

    public int getStepNo() {
        return stepNo;
    }

    public String getProvinceCode() {
        return provinceCode;
    }

    public String getProvinceName() {
        return provinceName;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public int getUnitsBefore() {
        return unitsBefore;
    }

    public int getUnitsAfter() {
        return unitsAfter;
    }

    public int getRelocated() {
        return relocated;
    }

    public int getMerged() {
        return merged;
    }

    public int getSharedOut() {
        return sharedOut;
    }

    public int getOpened() {
        return opened;
    }

    public int getRetired() {
        return retired;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public List<String> messageArguments() {
        return messageArgs == null || messageArgs.isEmpty() ? List.of() : List.of(messageArgs.split(SEPARATOR, -1));
    }

    public Long getSuccessorId() {
        return successorId;
    }
}
