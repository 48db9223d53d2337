package vn.cong.admin.provisioning;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.cong.admin.shell.BackOffice;
import vn.cong.provisioning.control.ProvisioningPolicy;

/**
 * Whether the menu offers "Mở cổng đơn vị" and "Nhập danh mục" (for those who may open portals under this unit) and
 * the reform (for the operator).
 */
@Named
@RequestScoped
public class NewUnitMenu {

    @Inject
    BackOffice backOffice;

    @Inject
    vn.cong.provisioning.reform.Reforms reforms;

    public boolean isVisible() {
        return mayOpen(backOffice);
    }

    /** "Sắp xếp theo danh mục mới": the platform's operator only (a reform reaches across provinces). */
    public boolean isReformVisible() {
        return backOffice.account() != null && reforms.mayReform(backOffice.account());
    }

    static boolean mayOpen(BackOffice backOffice) {
        return backOffice.actor() != null && ProvisioningPolicy.mayOpenUnder(backOffice.actor());
    }
}
