package vn.cong.admin.provisioning;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.cong.admin.shell.BackOffice;
import vn.cong.provisioning.control.ProvisioningPolicy;

/** Whether the menu offers "Mở cổng đơn vị" and "Nhập danh mục": for those who may open portals under this unit. */
@Named
@RequestScoped
public class NewUnitMenu {

    @Inject
    BackOffice backOffice;

    public boolean isVisible() {
        return mayOpen(backOffice);
    }

    static boolean mayOpen(BackOffice backOffice) {
        return backOffice.actor() != null && ProvisioningPolicy.mayOpenUnder(backOffice.actor());
    }
}
