package vn.cong.admin.retention;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.format.DateTimeFormatter;
import java.util.List;
import vn.cong.admin.shell.BackOffice;
import vn.cong.identity.Actor;
import vn.cong.platform.DomainException;
import vn.cong.retention.RetentionAction;
import vn.cong.retention.RetentionCandidate;
import vn.cong.retention.RetentionPolicy;
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

    public void load() {
        try {
            RetentionRuns.Overview overview = runs.overview(backOffice.account(), backOffice.getUnit(),
                    backOffice.getLanguage());
            preview = overview.preview();
            actions = overview.actions();
            log = overview.runs();
        } catch (DomainException refused) {
            BackOffice.fail(refused.status());
        }
    }

    /** The menu entry: {@link RetentionPolicy} decides. */
    public boolean isVisible() {
        Actor actor = backOffice.actor();
        return actor != null && RetentionPolicy.maySeeUnit(actor);
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
