package vn.cong.admin.compliance;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.cong.admin.shell.BackOffice;
import vn.cong.reporting.FiguresPolicy;
import vn.cong.retention.RetentionPolicy;

/** Whether the back-office menu offers the compliance dashboard and the retention page to the person signed in. */
@Named
@RequestScoped
public class ComplianceMenu {

    @Inject
    BackOffice backOffice;

    public boolean isVisible() {
        return backOffice.actor() != null && FiguresPolicy.maySeeUnit(backOffice.actor());
    }

    public boolean isRetentionVisible() {
        return backOffice.actor() != null && RetentionPolicy.maySeeUnit(backOffice.actor());
    }
}
