package vn.cong.interaction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import vn.cong.platform.TenantBoundEntityManager;

/**
 * A unit's question counter row, made the first time the unit receives a question, in a transaction of its own: the
 * row must exist before a submission locks it. Two first submissions racing to make it both go on: the loser's insert
 * fails on the duplicate and {@link QuestionNumbers} then finds the winner's row. The existence check is a plain read, which takes no lock, so the insert never waits
 * behind the submitting transaction.
 */
@ApplicationScoped
public class QuestionCounters {

    @Inject
    TenantBoundEntityManager entityManagers;

    @Transactional(Transactional.TxType.MANDATORY)
    boolean exists(long unitId) {
        return ((Number) entityManagers.crossTenantSql("SELECT COUNT(*) FROM question_counter WHERE unit_id = ?1",
                unitId).getSingleResult()).longValue() > 0;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void open(long unitId, LocalDate day) {
        entityManagers.crossTenantSql("INSERT INTO question_counter (unit_id, counted_day, last_number)"
                + " VALUES (?1, ?2, 0)", unitId, day).executeUpdate();
    }
}
