package vn.cong.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lunar dates for UTC+7, against a published table of Vietnamese Tết and Hùng Kings' days. */
class VietnameseLunarCalendarTest {

    private static final String TABLE = "tet-and-hung-kings-1968-2100.csv";

    @Test
    void tetIn2030FallsOnSecondFebruary() {
        assertEquals(LocalDate.of(2030, 2, 2), VietnameseLunarCalendar.tet(2030), "China: 3 February");
    }

    @Test
    void tetIn1985FallsOnTwentyFirstJanuaryAMonthBeforeChina() {
        assertEquals(LocalDate.of(1985, 1, 21), VietnameseLunarCalendar.tet(1985), "China: 20 February");
    }

    @Test
    void tetIn2007FallsOnSeventeenthFebruary() {
        assertEquals(LocalDate.of(2007, 2, 17), VietnameseLunarCalendar.tet(2007), "China: 18 February");
    }

    @Test
    void tetIn2053FallsOnEighteenthFebruary() {
        assertEquals(LocalDate.of(2053, 2, 18), VietnameseLunarCalendar.tet(2053), "China: 19 February");
    }

    @Test
    void tetIn2024FallsOnTenthFebruary() {
        assertEquals(LocalDate.of(2024, 2, 10), VietnameseLunarCalendar.tet(2024));
    }

    @Test
    void tetFrom2020To2030IsThePublishedDate() {
        List<LocalDate> expected = List.of(LocalDate.of(2020, 1, 25), LocalDate.of(2021, 2, 12),
                LocalDate.of(2022, 2, 1), LocalDate.of(2023, 1, 22), LocalDate.of(2024, 2, 10),
                LocalDate.of(2025, 1, 29), LocalDate.of(2026, 2, 17), LocalDate.of(2027, 2, 6),
                LocalDate.of(2028, 1, 26), LocalDate.of(2029, 2, 13), LocalDate.of(2030, 2, 2));
        for (LocalDate tet : expected) {
            assertEquals(tet, VietnameseLunarCalendar.tet(tet.getYear()));
        }
    }

    @Test
    void hungKingsDayIn2026FallsOnSundayTwentySixthApril() {
        assertEquals(LocalDate.of(2026, 4, 26), VietnameseLunarCalendar.hungKingsDay(2026));
    }

    @Test
    void hungKingsDayIn2009And2037DiffersFromTheChineseCalendar() {
        assertEquals(LocalDate.of(2009, 4, 4), VietnameseLunarCalendar.hungKingsDay(2009), "China: 5 April");
        assertEquals(LocalDate.of(2037, 4, 24), VietnameseLunarCalendar.hungKingsDay(2037), "China: 25 April");
    }

    @Test
    void everyYearFrom1968To2100MatchesThePublishedTable() throws IOException {
        List<String> mismatches = new ArrayList<>();
        int years = 0;
        for (String[] row : table()) {
            int year = Integer.parseInt(row[0]);
            LocalDate tet = VietnameseLunarCalendar.tet(year);
            LocalDate hung = VietnameseLunarCalendar.hungKingsDay(year);
            if (!tet.toString().equals(row[1])) {
                mismatches.add(year + ": Tết " + tet + ", published " + row[1]);
            }
            if (!hung.toString().equals(row[2])) {
                mismatches.add(year + ": Hùng Kings " + hung + ", published " + row[2]);
            }
            years++;
        }
        assertEquals(VietnameseLunarCalendar.LAST_YEAR - VietnameseLunarCalendar.FIRST_YEAR + 1, years);
        assertEquals(List.of(), mismatches);
    }

    @Test
    void theDayBeforeTetIsTheLastDayOfTheTwelfthMonthOfTheOldYear() {
        LunarDate eve = VietnameseLunarCalendar.toLunar(LocalDate.of(2026, 2, 16));
        assertEquals(2025, eve.year());
        assertEquals(12, eve.month());
        assertEquals(29, eve.day(), "Tết Bính Ngọ: 29 tháng Chạp is the last day of Ất Tỵ");
        assertEquals(new LunarDate(2026, 1, false, 1), VietnameseLunarCalendar.toLunar(LocalDate.of(2026, 2, 17)));
    }

    @Test
    void aLeapMonthIsRecognisedAndCanBeConverted() {
        // Ất Tỵ (2025) has a leap 6th month (tháng 6 nhuận), from 25 July to 22 August 2025
        assertEquals(new LunarDate(2025, 6, true, 1), VietnameseLunarCalendar.toLunar(LocalDate.of(2025, 7, 25)));
        assertEquals(LocalDate.of(2025, 7, 25), VietnameseLunarCalendar.toSolar(new LunarDate(2025, 6, true, 1)));
        assertEquals(LocalDate.of(2025, 6, 25), VietnameseLunarCalendar.toSolar(new LunarDate(2025, 6, false, 1)));
    }

    @Test
    void aLunarDateThatDoesNotExistIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> VietnameseLunarCalendar.toSolar(new LunarDate(2026, 6, true, 1)), "2026 has no leap 6th month");
    }

    @Test
    void yearsOutsideTheVerifiedRangeAreRefusedRatherThanGuessed() {
        assertThrows(IllegalArgumentException.class, () -> VietnameseLunarCalendar.tet(1967));
        assertThrows(IllegalArgumentException.class, () -> VietnameseLunarCalendar.tet(2101));
        assertTrue(VietnameseLunarCalendar.tet(2100).getYear() == 2100);
    }

    private static List<String[]> table() throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = VietnameseLunarCalendarTest.class.getResourceAsStream(TABLE);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split(","));
                }
            }
        }
        return rows;
    }
}
