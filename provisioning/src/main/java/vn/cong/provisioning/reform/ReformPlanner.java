package vn.cong.provisioning.reform;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.cong.provisioning.register.ReformMapping.Absorbed;
import vn.cong.provisioning.register.ReformMapping.NewCommune;
import vn.cong.provisioning.register.ReformMapping.NewProvince;
import vn.cong.tenancy.UnitLevel;

/**
 * What a reform does to one new province, given the units of the platform that hold its old codes — pure, so the
 * preview and the run cannot disagree. Only what the platform has is reorganised: a new commune none of whose old
 * units has a portal is not opened.
 * <ul>
 * <li>the province: the old one holding the new code carries on (renamed if the name changed), else it is opened;
 * the other old provinces and every district under them are merged into it;</li>
 * <li>a new commune: the old unit holding its code wholly ({@code full}) carries on — moved under the province and
 * renamed, its address, content and people kept —; else it is opened new; the other old units it absorbed wholly
 * are merged into it;</li>
 * <li>an old unit shared out ({@code partial}) among several: its content and people go to the one that took its code,
 * or the first listed, and its address lists all of them;</li>
 * <li>codes: an old unit shared out, or holding a code a new commune takes without being that commune, gives its code
 * up first.</li>
 * </ul>
 */
public final class ReformPlanner {

    private ReformPlanner() {
    }

    /** A unit of the platform that holds an official code, with its parent's level (null: none). */
    public record Present(long id, String code, UnitLevel level, String name, UnitLevel parentLevel) {

        /**
         * A unit of the tree before the reform: a commune under a district, or a district. A commune already
         * under a province is the reform's own (a second run finds it there and leaves it).
         */
        boolean isOldLocalUnit() {
            return level == UnitLevel.DISTRICT || (level == UnitLevel.COMMUNE && parentLevel == UnitLevel.DISTRICT);
        }
    }

    public record CommunePlan(NewCommune commune, Present holder, List<Present> absorbed) {

        public boolean opened() {
            return holder == null;
        }
    }

    /** An old unit shared out: its successors' new codes, the one that takes its content first. */
    public record SharedPlan(Present old, List<String> successorCodes) {
    }

    public record ProvincePlan(NewProvince province, Present holder, List<Present> otherProvinces,
                               List<Present> districts, List<CommunePlan> communes, List<SharedPlan> shared,
                               Set<String> codesToRelease) {

        /** Nothing of this province is on the platform, or it is reorganised already. */
        public boolean isEmpty() {
            return otherProvinces.isEmpty() && districts.isEmpty() && communes.isEmpty()
                    && (holder == null || !renamesProvince());
        }

        public boolean renamesProvince() {
            return holder != null && !holder.name().equals(province.name());
        }

        public int unitsBefore() {
            int communeLevel = shared.size();
            for (CommunePlan commune : communes) {
                communeLevel += commune.absorbed().size() + (commune.holder() == null ? 0 : 1);
            }
            return (holder == null ? 0 : 1) + otherProvinces.size() + districts.size() + communeLevel;
        }

        public int unitsAfter() {
            return 1 + communes.size();
        }

        public int relocated() {
            return (int) communes.stream().filter(c -> !c.opened()).count();
        }

        public int merged() {
            return otherProvinces.size() + communes.stream().mapToInt(c -> c.absorbed().size()).sum();
        }

        public int opened() {
            return (holder == null ? 1 : 0) + (int) communes.stream().filter(CommunePlan::opened).count();
        }
    }

    /**
     * @param present the platform's active units by official code
     * @param districtsUnder the platform's active districts under a unit (by its id)
     */
    public static ProvincePlan plan(NewProvince province, Map<String, Present> present,
                                    java.util.function.Function<Long, List<Present>> districtsUnder) {
        Present holder = null;
        List<Present> others = new ArrayList<>();
        for (String code : province.oldProvinceCodes()) {
            Present old = present.get(code);
            if (old == null || old.level() != UnitLevel.PROVINCE) {
                continue;
            }
            if (code.equals(province.code())) {
                holder = old;
            } else {
                others.add(old);
            }
        }
        Set<String> absorbedCodes = new HashSet<>();
        province.communes().forEach(c -> c.absorbed().forEach(a -> absorbedCodes.add(a.oldCode())));
        List<Present> districts = new ArrayList<>();
        List<Present> provinces = new ArrayList<>(others);
        if (holder != null) {
            provinces.add(0, holder);
        }
        for (Present old : provinces) {
            // an island district the reform makes a special zone (đặc khu) is absorbed by it, not by the province
            districtsUnder.apply(old.id()).stream().filter(d -> !absorbedCodes.contains(d.code()))
                    .forEach(districts::add);
        }
        Set<Long> retiringDistricts = new HashSet<>();
        districts.forEach(d -> retiringDistricts.add(d.id()));

        Set<String> newCodes = new HashSet<>();
        province.communes().forEach(c -> newCodes.add(c.code()));
        List<CommunePlan> communes = new ArrayList<>();
        Map<String, List<String>> sharedOut = new LinkedHashMap<>();
        Map<String, Present> sharedUnits = new LinkedHashMap<>();
        Set<String> release = new HashSet<>();
        for (NewCommune commune : province.communes()) {
            Present carriesOn = null;
            List<Present> absorbed = new ArrayList<>();
            boolean any = false;
            for (Absorbed old : commune.absorbed()) {
                Present unit = present.get(old.oldCode());
                if (unit == null || retiringDistricts.contains(unit.id()) || !unit.isOldLocalUnit()) {
                    continue;
                }
                any = true;
                if (!old.full()) {
                    sharedUnits.put(old.oldCode(), unit);
                    List<String> successors = sharedOut.computeIfAbsent(old.oldCode(), k -> new ArrayList<>());
                    if (commune.code().equals(old.oldCode())) {
                        successors.add(0, commune.code());
                    } else {
                        successors.add(commune.code());
                    }
                    release.add(old.oldCode());
                } else if (commune.code().equals(old.oldCode()) && unit.level() == UnitLevel.COMMUNE) {
                    carriesOn = unit;
                } else {
                    absorbed.add(unit);
                    if (newCodes.contains(old.oldCode())) {
                        release.add(old.oldCode());
                    }
                }
            }
            if (any) {
                communes.add(new CommunePlan(commune, carriesOn, List.copyOf(absorbed)));
            }
        }
        List<SharedPlan> shared = new ArrayList<>();
        sharedOut.forEach((code, successors) -> shared.add(new SharedPlan(sharedUnits.get(code),
                List.copyOf(successors))));
        return new ProvincePlan(province, holder, List.copyOf(others), List.copyOf(districts), List.copyOf(communes),
                List.copyOf(shared), Set.copyOf(release));
    }
}
