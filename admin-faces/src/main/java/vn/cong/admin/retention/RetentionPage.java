package vn.cong.admin.retention;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.format.DateTimeFormatter;
import java.util.List;
import vn.cong.admin.shell.BackOffice;
import vn.cong.identity.Actor;
import vn.cong.identity.Role;
import vn.cong.retention.RetentionAction;
import vn.cong.retention.RetentionCandidate;
import vn.cong.retention.RetentionRun;
import vn.cong.retention.RetentionRuns;

/**
 * Thời hạn lưu giữ: what the next retention run will archive in this unit (preview), what runs archived here, and —
 * for the platform operator — the log of runs. For the unit administrator, head, secretariat, a DIC administrator over
 * the unit and the operator.
 */
@Named
@RequestScoped
public class RetentionPage {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    BackOffice backOffice;

    @Inject
    RetentionRuns runs;

    private List<RetentionCandidate> preview;
    private List<RetentionAction> actions;
    private List<RetentionRun> log;

    public static boolean maySee(Actor actor) {
        return actor != null && actor.holdsAny(Role.UNIT_ADMIN, Role.HEAD, Role.SECRETARIAT, Role.DIC_ADMIN,
                Role.PLATFORM_OPERATOR);
    }

    public void load() {
        Actor actor = backOffice.actor();
        if (!maySee(actor)) {
            BackOffice.fail(403);
            return;
        }
        preview = runs.preview(backOffice.getUnit(), backOffice.getLanguage());
        actions = runs.actions(backOffice.getUnit(), 100);
        log = actor.holds(Role.PLATFORM_OPERATOR) ? runs.lastRuns(20) : List.of();
    }

    public boolean isVisible() {
        return maySee(backOffice.actor());
    }

    public List<RetentionCandidate> getPreview() {
        return preview;
    }

    public List<RetentionAction> getActions() {
        return actions;
    }

    public List<RetentionRun> getLog() {
        return log;
    }

    public String day(java.time.LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }
}
