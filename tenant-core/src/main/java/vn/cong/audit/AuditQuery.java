package vn.cong.audit;

import java.time.Instant;

/**
 * Filters of the audit log viewer; null or blank means "any". {@code actor} and {@code text} match parts of the
 * actor's name and of the detail, ignoring case; {@code from} is inclusive, {@code until} exclusive.
 */
public record AuditQuery(String actor, String action, String subjectType, Long subjectId, Instant from,
                         Instant until, String text) {

    public static final AuditQuery ALL = new AuditQuery(null, null, null, null, null, null, null);

    static boolean given(String value) {
        return value != null && !value.isBlank();
    }
}
