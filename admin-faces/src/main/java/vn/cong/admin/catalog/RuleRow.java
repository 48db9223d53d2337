package vn.cong.admin.catalog;

import java.io.Serializable;
import vn.cong.catalog.DeadlineKind;
import vn.cong.catalog.RecurrenceKind;
import vn.cong.catalog.Rule;
import vn.cong.catalog.RuleCondition;
import vn.cong.catalog.RuleDraft;
import vn.cong.catalog.Trigger;

/** One editable line of a category's rules (a form backing object; {@link RuleDraft} checks it). */
public class RuleRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private Trigger trigger;
    private RuleCondition condition;
    private DeadlineKind deadlineKind;
    private Integer amount;
    private RecurrenceKind recurrenceKind;
    private boolean alsoOnDaysOff;
    private String legalBasis;

    public static RuleRow of(Rule rule) {
        RuleDraft draft = RuleDraft.of(rule);
        RuleRow row = new RuleRow();
        row.trigger = draft.trigger();
        row.condition = draft.condition();
        row.deadlineKind = draft.deadlineKind();
        row.amount = draft.amount();
        row.recurrenceKind = draft.recurrenceKind();
        row.alsoOnDaysOff = draft.alsoOnDaysOff();
        row.legalBasis = draft.legalBasis();
        return row;
    }

    public RuleDraft toDraft() {
        return new RuleDraft(trigger, condition, deadlineKind, amount, recurrenceKind, alsoOnDaysOff, legalBasis);
    }

    public Trigger getTrigger() {
        return trigger;
    }

    public void setTrigger(Trigger trigger) {
        this.trigger = trigger;
    }

    public RuleCondition getCondition() {
        return condition;
    }

    public void setCondition(RuleCondition condition) {
        this.condition = condition;
    }

    public DeadlineKind getDeadlineKind() {
        return deadlineKind;
    }

    public void setDeadlineKind(DeadlineKind deadlineKind) {
        this.deadlineKind = deadlineKind;
    }

    public Integer getAmount() {
        return amount;
    }

    public void setAmount(Integer amount) {
        this.amount = amount;
    }

    public RecurrenceKind getRecurrenceKind() {
        return recurrenceKind;
    }

    public void setRecurrenceKind(RecurrenceKind recurrenceKind) {
        this.recurrenceKind = recurrenceKind;
    }

    public boolean isAlsoOnDaysOff() {
        return alsoOnDaysOff;
    }

    public void setAlsoOnDaysOff(boolean alsoOnDaysOff) {
        this.alsoOnDaysOff = alsoOnDaysOff;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public void setLegalBasis(String legalBasis) {
        this.legalBasis = legalBasis;
    }
}
