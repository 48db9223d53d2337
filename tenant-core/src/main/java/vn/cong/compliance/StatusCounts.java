package vn.cong.compliance;

import java.util.EnumMap;
import java.util.Map;

/**
 * How many obligations are in each status, and the on-time rate: met on time among those whose outcome is known
 * (met, met late, overdue); null while none is. {@code veryOverdue} is a tier of {@code overdue}, not a status
 * beside it: those of the overdue more than {@link StatusRule#veryOverdueWorkingDays()} working days past their due
 * day — never added to the total a second time.
 */
public record StatusCounts(long onTime, long dueSoon, long overdue, long met, long metLate, long veryOverdue) {

    public static final StatusCounts ZERO = new StatusCounts(0, 0, 0, 0, 0, 0);

    public StatusCounts {
        if (veryOverdue > overdue) {
            throw new IllegalArgumentException("Very overdue (" + veryOverdue + ") are some of the overdue ("
                    + overdue + ")");
        }
    }

    public static StatusCounts of(Map<ObligationStatus, Long> counts, long veryOverdue) {
        return new StatusCounts(counts.getOrDefault(ObligationStatus.ON_TIME, 0L),
                counts.getOrDefault(ObligationStatus.DUE_SOON, 0L), counts.getOrDefault(ObligationStatus.OVERDUE, 0L),
                counts.getOrDefault(ObligationStatus.MET, 0L), counts.getOrDefault(ObligationStatus.MET_LATE, 0L),
                veryOverdue);
    }

    public StatusCounts plus(StatusCounts other) {
        return new StatusCounts(onTime + other.onTime, dueSoon + other.dueSoon, overdue + other.overdue,
                met + other.met, metLate + other.metLate, veryOverdue + other.veryOverdue);
    }

    public long total() {
        return onTime + dueSoon + overdue + met + metLate;
    }

    public long get(ObligationStatus status) {
        return switch (status) {
            case ON_TIME -> onTime;
            case DUE_SOON -> dueSoon;
            case OVERDUE -> overdue;
            case MET -> met;
            case MET_LATE -> metLate;
        };
    }

    /** Overdue, but not yet very overdue: the lighter of the two tiers (the chart stacks the two). */
    public long overdueNotVery() {
        return overdue - veryOverdue;
    }

    /** Share of decided obligations met on time, 0–100 rounded to one decimal; null when none is decided. */
    public Double onTimeRate() {
        long decided = met + metLate + overdue;
        return decided == 0 ? null : Math.round(1000.0 * met / decided) / 10.0;
    }

    public Map<ObligationStatus, Long> asMap() {
        Map<ObligationStatus, Long> map = new EnumMap<>(ObligationStatus.class);
        for (ObligationStatus status : ObligationStatus.values()) {
            map.put(status, get(status));
        }
        return map;
    }
}
