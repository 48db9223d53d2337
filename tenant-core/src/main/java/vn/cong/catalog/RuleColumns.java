package vn.cong.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** How a {@link Rule} is stored: the same columns in {@code preset_rule} and {@code category_rule}. */
@Embeddable
public class RuleColumns {

    @Enumerated(EnumType.STRING)
    @Column(name = "trigger_code")
    private Trigger trigger;

    @Enumerated(EnumType.STRING)
    @Column(name = "condition_code")
    private RuleCondition condition;

    @Enumerated(EnumType.STRING)
    @Column(name = "deadline_kind")
    private DeadlineKind deadlineKind;

    @Column(name = "deadline_amount", nullable = false)
    private int deadlineAmount;

    @Enumerated(EnumType.STRING)
    @Column(name = "recurrence_kind")
    private RecurrenceKind recurrenceKind;

    @Column(name = "also_on_days_off", nullable = false)
    private boolean alsoOnDaysOff;

    @Column(name = "legal_basis", nullable = false)
    private String legalBasis;

    protected RuleColumns() {
    }

    public static RuleColumns of(Rule rule) {
        RuleColumns columns = new RuleColumns();
        columns.trigger = rule.trigger();
        columns.condition = rule.condition();
        if (rule.deadline() != null) {
            columns.deadlineKind = rule.deadline().kind();
            columns.deadlineAmount = rule.deadline().amount();
        }
        if (rule.recurrence() != null) {
            columns.recurrenceKind = rule.recurrence().kind();
            columns.alsoOnDaysOff = rule.recurrence().alsoOnDaysOff();
        }
        columns.legalBasis = rule.legalBasis();
        return columns;
    }

    public Rule toRule() {
        return new Rule(trigger, condition,
                deadlineKind == null ? null : new Deadline(deadlineKind, deadlineAmount),
                recurrenceKind == null ? null : new Recurrence(recurrenceKind, alsoOnDaysOff), legalBasis);
    }
}
