package vn.cong.admin.survey;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.cong.admin.shell.BackOffice;
import vn.cong.interaction.survey.SurveyPolicy;

/** Whether the menu offers the surveys to this person in this unit (see {@link SurveyPolicy#mayBuild}). */
@Named
@RequestScoped
public class SurveyMenu {

    @Inject
    BackOffice backOffice;

    public boolean isVisible() {
        return SurveyPolicy.mayBuild(backOffice.actor());
    }
}
