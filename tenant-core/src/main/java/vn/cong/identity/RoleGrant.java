package vn.cong.identity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import vn.cong.platform.PlatformEntity;
import vn.cong.platform.VietnameseText;

/**
 * A role held by an account in one unit (or platform-wide when {@code unitId} is null), with what the role needs
 * to mean something: the subject fields (lĩnh vực) a {@link Role#MEMBER} covers, the contributing unit a
 * {@link Role#FOCAL_OFFICER} speaks for.
 */
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

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "role_grant_field", joinColumns = @JoinColumn(name = "role_grant_id"))
    @Column(name = "field_code")
    private Set<String> fields = new TreeSet<>();

    @Column(name = "contributing_unit")
    private String contributingUnit;

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

    /** Codes of the unit's subject fields this grant covers (members only). */
    public Set<String> getFields() {
        return Set.copyOf(fields);
    }

    public boolean covers(String fieldCode) {
        return fieldCode != null && fields.contains(fieldCode);
    }

    public void assignFields(Collection<String> fieldCodes) {
        fields.clear();
        if (fieldCodes != null) {
            fields.addAll(fieldCodes);
        }
    }

    public String getContributingUnit() {
        return contributingUnit;
    }

    public void assignContributingUnit(String name) {
        this.contributingUnit = name == null || name.isBlank() ? null : VietnameseText.nfc(name);
    }
}
