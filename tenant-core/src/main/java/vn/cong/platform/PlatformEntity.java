package vn.cong.platform;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;

/**
 * Id and optimistic-lock version shared by every entity. Ids come from one table generator because
 * IDENTITY columns break with H2 2.x under this EclipseLink (STACK.md) and MySQL has no sequences. Ids are taken
 * 500 at a time: a unit opened writes about 150 rows, and each allocation is a transaction of its own (a restart
 * leaves a gap of unused ids, which costs nothing).
 */
@MappedSuperclass
@TableGenerator(name = "ids", table = "id_gen", pkColumnName = "gen_name", valueColumnName = "gen_value",
        pkColumnValue = "global", allocationSize = 500)
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
