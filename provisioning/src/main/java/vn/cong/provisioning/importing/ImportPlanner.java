package vn.cong.provisioning.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import vn.cong.provisioning.register.OfficialUnit;
import vn.cong.tenancy.HostnamePolicy;
import vn.cong.tenancy.HostnamePolicy.Sibling;
import vn.cong.tenancy.InvalidUnitNameException;
import vn.cong.tenancy.UnitLevel;

/**
 * The dry run of an import, without the database: for every unit of the uploaded list under the import's root, in
 * the list's order (parents first), its hostname — named among its siblings of the list, so the same list gives the
 * same hostnames in any order — or why it will be skipped (it exists: the code is the key, so a second run creates
 * nothing) or refused (a duplicated code, an unknown or refused parent, a level its parent may not hold, a name that
 * gives no hostname, a hostname another unit holds). A refused row's dependants are refused with it.
 */
public final class ImportPlanner {

    /** An active unit as the planner needs it: its official code, level and canonical hostname. */
    public record Existing(String code, UnitLevel level, String hostname) {
    }

    /** One planned row: {@code outcome} CREATE, SKIP or REFUSE, with its message key and arguments. */
    public record Planned(int rowNo, OfficialUnit unit, String label, String hostname, Outcome outcome, String key,
                          List<Object> arguments) {
    }

    public enum Outcome { CREATE, SKIP, REFUSE }

    private ImportPlanner() {
    }

    /**
     * @param list     the uploaded units in their order
     * @param root     the unit imported under (its code and hostname); null for the whole country
     * @param existing the active unit holding an official code
     * @param hostTaken whether a canonical hostname is already some unit's
     */
    public static List<Planned> plan(List<OfficialUnit> list, Existing root, Function<String, Optional<Existing>> existing,
                                     Predicate<String> hostTaken) {
        return plan(list, 1, root, existing, hostTaken);
    }

    /**
     * As above; a row's number is its unit's place in the whole file, counted from {@code firstRowNo} (a spreadsheet
     * with a header line starts at 2), so the number leads the person to the line to fix.
     */
    public static List<Planned> plan(List<OfficialUnit> list, int firstRowNo, Existing root,
                                     Function<String, Optional<Existing>> existing, Predicate<String> hostTaken) {
        Map<OfficialUnit, Integer> rowNos = new IdentityHashMap<>();
        for (int i = 0; i < list.size(); i++) {
            rowNos.put(list.get(i), firstRowNo + i);
        }
        List<OfficialUnit> scope = inScope(list, root);
        Map<String, Map<String, String>> labelsByParent = labels(scope);
        Map<String, Planned> byCode = new HashMap<>();
        Set<String> seen = new HashSet<>();
        List<Planned> plan = new ArrayList<>();
        for (OfficialUnit unit : scope) {
            int rowNo = rowNos.get(unit);
            Planned row = planOne(rowNo, unit, root, existing, hostTaken, byCode, seen, labelsByParent);
            plan.add(row);
            byCode.putIfAbsent(unit.code(), row);
        }
        return plan;
    }

    private static Planned planOne(int rowNo, OfficialUnit unit, Existing root,
                                   Function<String, Optional<Existing>> existing, Predicate<String> hostTaken,
                                   Map<String, Planned> byCode, Set<String> seen,
                                   Map<String, Map<String, String>> labelsByParent) {
        if (unit.level() == null) {
            return refuse(rowNo, unit, "import.row.type-unknown", unit.code());
        }
        if (!seen.add(unit.code())) {
            return refuse(rowNo, unit, "import.row.code-duplicate", unit.code(), byCode.get(unit.code()).rowNo());
        }
        Optional<Existing> already = existing.apply(unit.code());
        if (already.isPresent()) {
            return new Planned(rowNo, unit, null, already.get().hostname(), Outcome.SKIP, "import.row.exists",
                    List.of(unit.code(), already.get().hostname()));
        }
        String parentHost;
        UnitLevel parentLevel;
        if (unit.parentCode() == null || root != null && unit.parentCode().equals(root.code())) {
            parentHost = root == null ? null : root.hostname();
            parentLevel = root == null ? null : root.level();
        } else if (byCode.containsKey(unit.parentCode())) {
            Planned parent = byCode.get(unit.parentCode());
            if (parent.outcome() == Outcome.REFUSE) {
                return refuse(rowNo, unit, "import.row.parent-refused", unit.parentCode(), parent.rowNo());
            }
            parentHost = parent.hostname();
            parentLevel = parent.unit().level();
        } else {
            Optional<Existing> parent = existing.apply(unit.parentCode());
            if (parent.isEmpty()) {
                return refuse(rowNo, unit, "import.row.parent-unknown", unit.parentCode());
            }
            parentHost = parent.get().hostname();
            parentLevel = parent.get().level();
        }
        if (parentLevel == null ? !unit.level().isTopLevel() : !parentLevel.mayContain(unit.level())) {
            return refuse(rowNo, unit, "import.row.level-not-allowed", unit.level().name(),
                    parentLevel == null ? "—" : parentLevel.name());
        }
        String label = labelsByParent.getOrDefault(parentKey(unit.parentCode()), Map.of()).get(unit.code());
        if (label == null) {
            return refuse(rowNo, unit, "import.row.name-invalid", unit.name());
        }
        String hostname = HostnamePolicy.canonicalHostname(label, parentHost);
        if (hostTaken.test(hostname)) {
            return refuse(rowNo, unit, "import.row.host-taken", hostname);
        }
        return new Planned(rowNo, unit, label, hostname, Outcome.CREATE, null, List.of());
    }

    private static Planned refuse(int rowNo, OfficialUnit unit, String key, Object... arguments) {
        return new Planned(rowNo, unit, null, null, Outcome.REFUSE, key, List.of(arguments));
    }

    /** The list's units below the root (all of them without one), in the list's order. */
    private static List<OfficialUnit> inScope(List<OfficialUnit> list, Existing root) {
        if (root == null) {
            return list;
        }
        Set<String> inside = new HashSet<>(Set.of(root.code()));
        List<OfficialUnit> scope = new ArrayList<>();
        for (OfficialUnit unit : list) {
            if (unit.parentCode() != null && inside.contains(unit.parentCode()) && !unit.code().equals(root.code())) {
                inside.add(unit.code());
                scope.add(unit);
            }
        }
        return scope;
    }

    /** Each parent's children named together; a child whose name gives no label is left out (refused). */
    private static Map<String, Map<String, String>> labels(List<OfficialUnit> scope) {
        Map<String, List<Sibling>> siblings = new LinkedHashMap<>();
        Set<String> named = new HashSet<>();
        for (OfficialUnit unit : scope) {
            if (unit.level() != null && named.add(unit.code())) {
                siblings.computeIfAbsent(parentKey(unit.parentCode()), k -> new ArrayList<>())
                        .add(new Sibling(unit.code(), unit.level(), unit.name(), null));
            }
        }
        Map<String, Map<String, String>> labels = new HashMap<>();
        siblings.forEach((parent, children) -> labels.put(parent, namedTogether(children)));
        return labels;
    }

    private static Map<String, String> namedTogether(List<Sibling> children) {
        List<Sibling> nameable = new ArrayList<>();
        for (Sibling child : children) {
            try {
                HostnamePolicy.labelFor(child.level(), child.officialName(), null);
                nameable.add(child);
            } catch (InvalidUnitNameException e) {
                // refused by its row
            }
        }
        return HostnamePolicy.siblingLabels(nameable);
    }

    private static String parentKey(String parentCode) {
        return parentCode == null ? "" : parentCode;
    }
}
