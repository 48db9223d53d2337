package vn.cong.admin.catalog;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.cong.admin.shell.BackOffice;
import vn.cong.catalog.CatalogPolicy;

/** Whether the back-office menu offers the catalog editor to the person signed in. */
@Named
@RequestScoped
public class CatalogMenu {

    @Inject
    BackOffice backOffice;

    public boolean isVisible() {
        return CatalogPolicy.canEdit(backOffice.actor());
    }
}
