package vn.cong.admin.editorial;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.cong.admin.shell.BackOffice;
import vn.cong.editorial.ItemRepository;
import vn.cong.editorial.ItemState;
import vn.cong.identity.Role;

/**
 * The banner on every back-office page while scheduled publications have failed: the secretariat and the head
 * see it until each failed item is published, rescheduled or taken back into edit — never silent.
 */
@Named
@RequestScoped
public class PublicationAlerts {

    @Inject
    BackOffice backOffice;

    @Inject
    ItemRepository items;

    private Long failed;

    public long getFailed() {
        if (failed == null) {
            boolean concerned = backOffice.actor() != null && backOffice.actor().holdsAny(Role.SECRETARIAT, Role.HEAD);
            failed = concerned ? items.countInState(ItemState.PUBLISH_FAILED) : 0L;
        }
        return failed;
    }
}
