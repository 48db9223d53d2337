package vn.cong.interaction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.validation.groups.Default;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import vn.cong.board.BoardDirectory;
import vn.cong.compliance.Obligation;
import vn.cong.compliance.Registration;
import vn.cong.compliance.Registrations;
import vn.cong.notification.Notice;
import vn.cong.notification.Notifications;
import vn.cong.platform.DomainException;
import vn.cong.platform.TenantBoundEntityManager;
import vn.cong.platform.Vietnam;
import vn.cong.tenancy.TenantContext;

/**
 * A citizen asks the unit of the current portal (REQUIREMENTS §3.14, ND Art. 9): the form is checked (nothing is
 * saved when any field is wrong), the question numbered for the day, its deadline started by the unit's
 * "question received" rule (ND: 15 working days; MIC: 5), and — when the asker gave an e-mail — the receipt with
 * the status link queued for after the commit. Abuse (rate limits, the challenge) is the boundary's, before this.
 */
@ApplicationScoped
@Transactional
public class QuestionSubmissions {

    /** The category of every preset whose "question received" rules give the deadlines. */
    static final String CATEGORY = "hoi-dap";
    static final String NOTICES = "vn.cong.interaction.notices";

    @Inject
    TenantBoundEntityManager entityManagers;

    @Inject
    TenantContext tenant;

    @Inject
    QuestionNumbers numbers;

    @Inject
    BoardDirectory board;

    @Inject
    Registrations registrations;

    @Inject
    Notifications notifications;

    @Inject
    Validator validator;

    @Inject
    Clock clock;

    public Receipt submit(QuestionForm form) {
        Objects.requireNonNull(form, "form");
        Set<ConstraintViolation<QuestionForm>> violations = form.kind() == null
                ? validator.validate(form) : validator.validate(form, Default.class, form.askerGroup());
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        String field = QuestionForm.clean(form.fieldCode());
        if (field != null && board.field(field).isEmpty()) {
            throw new DomainException(422, "question.field.unknown", field);
        }
        long unitId = tenant.unitId();
        Instant now = clock.instant();
        TrackingCode code = nextCode(now);
        AccessKey key = AccessKey.fresh();
        Question question = new Question(code, form.subject().strip(), form.body().strip(), form.asker(), field, key,
                now);
        startDeadline(question, now, null);
        entityManagers.forCurrentTenant().persist(question);
        Receipt receipt = new Receipt(code, key, question.getDueAt());
        String email = question.asker().email();
        if (email != null) {
            notifications.mailCitizen(unitId, email, Notice.of("question.received", NOTICES, "question.received",
                    code, question.getSubject()).linkingTo(receipt.statusPath()));
        }
        return receipt;
    }

    /** The next tracking code of the current unit for a question received at {@code at}. */
    TrackingCode nextCode(Instant at) {
        LocalDate day = at.atZone(Vietnam.ZONE).toLocalDate();
        return new TrackingCode(day, numbers.next(tenant.unitId(), day));
    }

    /**
     * Starts the answer's deadline in the current unit from {@code occurred}, by its "question received" rules of
     * {@code condition} (none: the plain ones); false when the unit's catalog has none that give a date.
     */
    boolean startDeadline(Question question, Instant occurred, String condition) {
        TrackingCode code = question.trackingCode();
        List<Obligation> deadlines = registrations.registerReceived(new Registration(CATEGORY, "QUESTION_RECEIVED",
                occurred.atZone(Vietnam.ZONE).toOffsetDateTime().toString(), condition, code.toString(),
                "Câu hỏi " + code));
        return deadlines.stream().filter(o -> o.getDueAt() != null).min(Comparator.comparing(Obligation::getDueAt))
                .map(first -> {
                    question.due(first.getDueAt(), first.getId());
                    return true;
                }).orElse(false);
    }
}
