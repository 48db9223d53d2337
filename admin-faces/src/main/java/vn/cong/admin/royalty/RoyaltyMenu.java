package vn.cong.admin.royalty;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.cong.admin.shell.BackOffice;
import vn.cong.royalty.RoyaltyPolicy;

/** Whether the menu offers the royalty pages to this person (see {@link RoyaltyPolicy#canRead}). */
@Named
@RequestScoped
public class RoyaltyMenu {

    @Inject
    BackOffice backOffice;

    public boolean isVisible() {
        return RoyaltyPolicy.canRead(backOffice.actor());
    }
}
