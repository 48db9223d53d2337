package vn.cong.interaction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * The asker follows a question on the status page with its tracking code and either the key of the status link or
 * the phone number they gave. A wrong key, a wrong phone and a code that does not exist look the same (empty), so
 * the page tells nothing to someone guessing.
 */
@ApplicationScoped
@Transactional
public class QuestionStatuses {

    @Inject
    QuestionRepository questions;

    public Optional<QuestionStatus> withKey(TrackingCode code, AccessKey key) {
        return find(code).filter(q -> q.opensWith(key)).map(this::statusOf);
    }

    public Optional<QuestionStatus> withPhone(TrackingCode code, String phone) {
        String typed = digits(phone);
        return find(code).filter(q -> !typed.isEmpty() && typed.equals(digits(q.asker().phone())))
                .map(this::statusOf);
    }

    /** A merged question's asker reads the answer of the question it was merged into, once that is published. */
    private QuestionStatus statusOf(Question question) {
        QuestionStatus status = QuestionStatus.of(question);
        if (question.getState() != QuestionState.MERGED) {
            return status;
        }
        return TrackingCode.parse(question.getMergedInto()).flatMap(this::find)
                .filter(kept -> kept.getState() == QuestionState.PUBLISHED)
                .map(status::answeredBy).orElse(status);
    }

    private Optional<Question> find(TrackingCode code) {
        return questions.byCode(code);
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
