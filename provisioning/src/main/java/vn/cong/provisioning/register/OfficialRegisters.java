package vn.cong.provisioning.register;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.cong.tenancy.HostnamePolicy;
import vn.cong.tenancy.HostnamePolicy.Sibling;
import vn.cong.tenancy.UnitLevel;

/** The shipped official lists, read once on first use, and the hostname label the naming rule gives a unit of them. */
@ApplicationScoped
public class OfficialRegisters {

    private volatile List<OfficialRegister> registers;

    /** After the reform first: a code of both lists is the current unit's where the parents agree. */
    public List<OfficialRegister> all() {
        List<OfficialRegister> loaded = registers;
        if (loaded == null) {
            synchronized (this) {
                if (registers == null) {
                    registers = List.of(OfficialRegister.shipped(OfficialRegister.AFTER_2025_REFORM),
                            OfficialRegister.shipped(OfficialRegister.BEFORE_2025_REFORM));
                }
                loaded = registers;
            }
        }
        return loaded;
    }

    /**
     * The label of the unit with official {@code code} under the parent with official {@code parentCode} (null: a
     * province), named among its official siblings as requested ({@code level}, {@code name}); empty when no list
     * has that code under that parent.
     */
    public Optional<String> label(String code, String parentCode, UnitLevel level, String name, String abbreviation) {
        for (OfficialRegister register : all()) {
            Optional<OfficialUnit> official = register.find(code);
            if (official.isPresent() && Objects.equals(official.get().parentCode(), parentCode)) {
                List<Sibling> siblings = new ArrayList<>();
                for (OfficialUnit sibling : register.childrenOf(parentCode)) {
                    siblings.add(sibling.code().equals(code) ? new Sibling(code, level, name, abbreviation)
                            : new Sibling(sibling.code(), sibling.level(), sibling.name(), null));
                }
                return Optional.of(HostnamePolicy.siblingLabels(siblings).get(code));
            }
        }
        return Optional.empty();
    }
}
