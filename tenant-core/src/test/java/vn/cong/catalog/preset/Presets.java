package vn.cong.catalog.preset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.cong.calendar.InMemoryWorkingCalendar;
import vn.cong.calendar.WorkingCalendar;
import vn.cong.catalog.Rule;
import vn.cong.catalog.RuleCondition;
import vn.cong.catalog.Trigger;
import vn.cong.tenancy.UnitLevel;

/**
 * The bundled preset files, parsed once, and the calendar the rule tests count on: the Labor Code's holidays alone
 * (Tết 2026 = 16–20 February, 30 April – 1 May, 1–2 September), without a yearly official schedule, so that every
 * expected date can be checked by hand against a wall calendar.
 */
final class Presets {

    static final WorkingCalendar CALENDAR = InMemoryWorkingCalendar.withoutSchedule();
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    static final String MIC = "mic-146-2017";
    static final String VP = "vinh-phuc-32-2023";
    static final String ND = "nam-dinh-11-2017";
    static final String BNV = "bnv-588-2024";
    static final String DECREE_42 = "nghi-dinh-42-2022";

    private static final Map<String, Preset> BY_CODE = BundledPresets.read().stream()
            .map(BundledPresets.Bundled::preset).collect(Collectors.toMap(p -> p.ref().code(), Function.identity()));

    private Presets() {
    }

    static List<Preset> all() {
        return List.copyOf(BY_CODE.values());
    }

    static Preset preset(String code) {
        Preset preset = BY_CODE.get(code);
        if (preset == null) {
            throw new AssertionError("no bundled preset " + code);
        }
        return preset;
    }

    static PresetLevel level(String code, UnitLevel level) {
        return preset(code).level(level).orElseThrow(() -> new AssertionError(code + " has no level " + level));
    }

    static PresetCategory category(String code, UnitLevel level, String category) {
        return level(code, level).category(category)
                .orElseThrow(() -> new AssertionError(code + " has no category " + category + " at " + level));
    }

    /** The one rule of a category that counts from {@code trigger} (in the case {@code condition}, or the general one). */
    static Rule rule(String code, UnitLevel level, String category, Trigger trigger, RuleCondition condition) {
        List<Rule> rules = category(code, level, category).rules().stream()
                .filter(r -> r.trigger() == trigger && r.condition() == condition).toList();
        assertEquals(1, rules.size(), code + " " + category + ": one rule from " + trigger + "/" + condition + " in "
                + category(code, level, category).rules());
        return rules.get(0);
    }

    static Rule rule(String code, UnitLevel level, String category, Trigger trigger) {
        return rule(code, level, category, trigger, null);
    }

    static LocalDate due(Rule rule, LocalDate trigger) {
        return rule.dueDate(trigger, CALENDAR).orElseThrow(() -> new AssertionError(rule + " computes no due date"));
    }

    static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }
}
