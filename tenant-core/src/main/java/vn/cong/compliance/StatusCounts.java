package vn.cong.compliance;

import java.util.EnumMap;
import java.util.Map;

/**
 * How many obligations are in each status, and the on-time rate: met on time among those whose outcome is known
 * (met, met late, overdue); null while none is.
 */
public record StatusCounts(long onTime, long dueSoon, long overdue, long met, long metLate) {

    public static final StatusCounts ZERO = new StatusCounts(0, 0, 0, 0, 0);

    public static StatusCounts of(Map<ObligationStatus, Long> counts) {
        return new StatusCounts(counts.getOrDefault(ObligationStatus.ON_TIME, 0L),
                counts.getOrDefault(ObligationStatus.DUE_SOON, 0L), counts.getOrDefault(ObligationStatus.OVERDUE, 0L),
                counts.getOrDefault(ObligationStatus.MET, 0L), counts.getOrDefault(ObligationStatus.MET_LATE, 0L));
    }

    public StatusCounts plus(StatusCounts other) {
        return new StatusCounts(onTime + other.onTime, dueSoon + other.dueSoon, overdue + other.overdue,
                met + other.met, metLate + other.metLate);
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
