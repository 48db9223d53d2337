package vn.cong.admin.interaction;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.cong.admin.shell.BackOffice;
import vn.cong.interaction.QuestionPolicy;

/** Whether the menu offers the Q&amp;A desk to this person in this unit (see {@link QuestionPolicy#maySeeDesk}). */
@Named
@RequestScoped
public class QuestionMenu {

    @Inject
    BackOffice backOffice;

    public boolean isVisible() {
        return QuestionPolicy.maySeeDesk(backOffice.actor());
    }
}
