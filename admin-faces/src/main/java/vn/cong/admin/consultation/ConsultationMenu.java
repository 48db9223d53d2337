package vn.cong.admin.consultation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.cong.admin.shell.BackOffice;
import vn.cong.consultation.ConsultationPolicy;

/** Whether the menu offers the consultations on drafts to this person in this unit ({@link ConsultationPolicy}). */
@Named
@RequestScoped
public class ConsultationMenu {

    @Inject
    BackOffice backOffice;

    public boolean isVisible() {
        return ConsultationPolicy.mayManage(backOffice.actor());
    }
}
