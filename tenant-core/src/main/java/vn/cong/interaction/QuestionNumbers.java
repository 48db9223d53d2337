package vn.cong.interaction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import vn.cong.platform.TenantBoundEntityManager;

/**
 * Numbers a unit's questions per day (the {@code 0012} of {@code PAKN.20261202.0012}) on one counter row per unit,
 * which the submitting transaction holds locked from its increment to its commit: two citizens asking the same unit
 * at the same moment get consecutive numbers, and a rolled-back submission gives its number back. Submissions to
 * different units never wait for each other. Plain SQL: an increment in place is what the row is for.
 */
@ApplicationScoped
public class QuestionNumbers {

    @Inject
    TenantBoundEntityManager entityManagers;

    @Inject
    QuestionCounters counters;

    /** Units whose counter row is known to exist: rows are never deleted, so their check is done once per process. */
    private final Set<Long> counted = ConcurrentHashMap.newKeySet();

    /** The next number of {@code day} in {@code unitId}, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int next(long unitId, LocalDate day) {
        RuntimeException raced = null;
        if (!counted.contains(unitId) && !counters.exists(unitId)) {
            try {
                counters.open(unitId, day);
            } catch (RuntimeException madeByAnother) {
                raced = madeByAnother; // a concurrent first question made the row: the increment below finds it
            }
        }
        int updated = entityManagers.crossTenantSql("UPDATE question_counter SET last_number = CASE WHEN"
                + " counted_day = ?1 THEN last_number + 1 ELSE 1 END, counted_day = ?1 WHERE unit_id = ?2",
                day, unitId).executeUpdate();
        if (updated != 1) {
            throw new IllegalStateException("No question counter for unit " + unitId, raced);
        }
        counted.add(unitId);
        return ((Number) entityManagers.crossTenantSql("SELECT last_number FROM question_counter WHERE unit_id = ?1",
                unitId).getSingleResult()).intValue();
    }
}
