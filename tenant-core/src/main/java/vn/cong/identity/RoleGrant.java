package vn.cong.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import vn.cong.platform.PlatformEntity;

/** A role held by an account in one unit (or platform-wide when {@code unitId} is null). */
@Entity
@Table(name = "role_grant")
public class RoleGrant extends PlatformEntity {

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Column(name = "unit_id")
    private Long unitId;

    @Enumerated(EnumType.STRING)
    @Column(name = "role_code", nullable = false)
    private Role role;

    protected RoleGrant() {
    }

    public RoleGrant(Long accountId, Long unitId, Role role) {
        this.accountId = accountId;
        this.unitId = unitId;
        this.role = role;
    }

    public Long getAccountId() {
        return accountId;
    }

    public Long getUnitId() {
        return unitId;
    }

    public Role getRole() {
        return role;
    }
}
