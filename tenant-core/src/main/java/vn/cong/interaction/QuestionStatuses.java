package vn.cong.interaction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import vn.cong.platform.TenantBoundEntityManager;

/**
 * The asker follows a question on the status page with its tracking code and either the key of the status link or
 * the phone number they gave. A wrong key, a wrong phone and a code that does not exist look the same (empty), so
 * the page tells nothing to someone guessing.
 */
@ApplicationScoped
@Transactional
public class QuestionStatuses {

    @Inject
    TenantBoundEntityManager entityManagers;

    public Optional<QuestionStatus> withKey(TrackingCode code, AccessKey key) {
        return find(code).filter(q -> q.opensWith(key)).map(QuestionStatus::of);
    }

    public Optional<QuestionStatus> withPhone(TrackingCode code, String phone) {
        String typed = digits(phone);
        return find(code).filter(q -> !typed.isEmpty() && typed.equals(digits(q.asker().phone())))
                .map(QuestionStatus::of);
    }

    private Optional<Question> find(TrackingCode code) {
        return entityManagers.forCurrentTenant().createQuery("select q from Question q where q.receivedDay = :d"
                        + " and q.dayNumber = :n", Question.class)
                .setParameter("d", code.day()).setParameter("n", code.number()).getResultStream().findFirst();
    }

    /** A phone as digits only, the country's +84 read as the leading 0 people also write. */
    static String digits(String phone) {
        if (phone == null) {
            return "";
        }
        String digits = phone.replaceAll("[^0-9]", "");
        return digits.startsWith("84") && phone.strip().startsWith("+") ? "0" + digits.substring(2) : digits;
    }
}
