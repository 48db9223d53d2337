package vn.cong.tenancy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import vn.cong.platform.PlatformEntity;

/** A hostname that reaches a unit, stored without the base domain ("daotru.tamdao.vinhphuc"). */
@Entity
@Table(name = "unit_host")
public class UnitHost extends PlatformEntity {

    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    @Column(nullable = false)
    private String hostname;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private HostKind kind;

    protected UnitHost() {
    }

    public UnitHost(Long unitId, String hostname, HostKind kind) {
        this.unitId = unitId;
        this.hostname = hostname;
        this.kind = kind;
    }

    /** The unit answers elsewhere now (moved, renamed): this name stays and leads there permanently. */
    void keepAsRedirect() {
        this.kind = HostKind.REDIRECT;
    }

    void becomes(HostKind newKind) {
        this.kind = newKind;
    }

    public Long getUnitId() {
        return unitId;
    }

    public String getHostname() {
        return hostname;
    }

    public HostKind getKind() {
        return kind;
    }
}
