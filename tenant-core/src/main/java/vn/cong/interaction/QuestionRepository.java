package vn.cong.interaction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import vn.cong.platform.TenantBoundEntityManager;

/** The current unit's questions, by the tracking code a person types or a merge names. */
@ApplicationScoped
public class QuestionRepository {

    @Inject
    TenantBoundEntityManager entityManagers;

    public Optional<Question> byCode(TrackingCode code) {
        return entityManagers.forCurrentTenant().createQuery("select q from Question q where q.receivedDay = :d"
                        + " and q.dayNumber = :n", Question.class)
                .setParameter("d", code.day()).setParameter("n", code.number()).getResultStream().findFirst();
    }
}
