package vn.cong.tenancy;

import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Fired when units or hostnames were added or changed: the host directory reloads after commit, and what is kept in
 * memory per unit is dropped — for the units named ({@code unitIds}: a new unit and its parent, whose page lists its
 * children), or for every unit when none is named (a reorganisation: hostnames change hands). Naming the units keeps
 * a country import from emptying every cache ten thousand times.
 */
public record UnitsChanged(Set<Long> unitIds) {

    public UnitsChanged {
        unitIds = Set.copyOf(unitIds);
    }

    /** Every unit may have changed. */
    public UnitsChanged() {
        this(Set.of());
    }

    public static UnitsChanged of(Long... unitIds) {
        return new UnitsChanged(Arrays.stream(unitIds).filter(Objects::nonNull).collect(Collectors.toSet()));
    }

    public boolean all() {
        return unitIds.isEmpty();
    }
}
