package vn.cong.tenancy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import vn.cong.platform.PlatformEntity;

/** An address whose page moved with a reorganisation: {@code from_path} on the old unit's hosts → the new one. */
@Entity
@Table(name = "moved_path")
public class MovedPath extends PlatformEntity {

    @Column(name = "from_unit_id", nullable = false)
    private Long fromUnitId;

    @Column(name = "from_path", nullable = false)
    private String fromPath;

    @Column(name = "to_unit_id", nullable = false)
    private Long toUnitId;

    @Column(name = "to_path", nullable = false)
    private String toPath;

    protected MovedPath() {
    }

    public MovedPath(long fromUnitId, String fromPath, long toUnitId, String toPath) {
        this.fromUnitId = fromUnitId;
        this.fromPath = fromPath;
        this.toUnitId = toUnitId;
        this.toPath = toPath;
    }

    public Long getFromUnitId() {
        return fromUnitId;
    }

    public String getFromPath() {
        return fromPath;
    }

    public Long getToUnitId() {
        return toUnitId;
    }

    public String getToPath() {
        return toPath;
    }
}
