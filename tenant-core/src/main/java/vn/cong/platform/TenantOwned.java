package vn.cong.platform;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.EntityManagerProperties;

/**
 * Base of every tenant-owned entity. EclipseLink adds {@code tenant_id = ?} to every query and insert
 * for these classes and refuses to run a query when no tenant is set (EclipseLink-6174) — the single
 * tenancy mechanism of the platform. The tenant is bound by {@link TenantBoundEntityManager}.
 */
@MappedSuperclass
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = EntityManagerProperties.MULTITENANT_PROPERTY_DEFAULT,
        discriminatorType = jakarta.persistence.DiscriminatorType.INTEGER)
public abstract class TenantOwned extends PlatformEntity {

    @Column(name = "tenant_id", insertable = false, updatable = false)
    private Long tenantId;

    /** The owning unit, as read back from the row (set by EclipseLink on insert, not by code). */
    public Long getTenantId() {
        return tenantId;
    }
}
