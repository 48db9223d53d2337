package vn.cong.platform;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;

/**
 * Id and optimistic-lock version shared by every entity. Ids come from one table generator because
 * IDENTITY columns break with H2 2.x under this EclipseLink (STACK.md) and MySQL has no sequences.
 */
@MappedSuperclass
@TableGenerator(name = "ids", table = "id_gen", pkColumnName = "gen_name", valueColumnName = "gen_value",
        pkColumnValue = "global", allocationSize = 50)
public abstract class PlatformEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    private Long id;

    @Version
    private long version;

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }
}
