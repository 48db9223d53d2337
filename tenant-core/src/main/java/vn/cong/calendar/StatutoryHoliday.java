package vn.cong.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;

/**
 * The public holidays of the Labor Code 2019, Art. 112(1) (Bộ luật Lao động 2019, Điều 112 khoản 1), each with
 * the days it falls on when the government has not fixed them otherwise.
 *
 * <p>Art. 112(3) lets the Prime Minister fix, every year, the concrete days of Tết (point b) and of the day
 * adjacent to National Day (point đ); those official days come from the yearly schedule
 * ({@link DayKind#HOLIDAY} rows) and replace the defaults below for that year. The defaults are rules, so that a
 * year without a published schedule still has a sensible calendar:
 * <ul>
 *   <li>Tết: the last day of the old lunar year and the first four of the new one — the split the government
 *       chose in most recent years (2026: 16–20 February);</li>
 *   <li>National Day: 2 September and the adjacent day that joins the break to a weekend — 3 September when
 *       2 September is a Sunday, Monday or Thursday, otherwise 1 September (the day the law names first). This
 *       reproduces every official choice since the second day was introduced (2021: 2–3, 2022: 1–2, 2023: 1–2,
 *       2024: 2–3, 2025: 1–2, 2026: 1–2 September).</li>
 * </ul>
 */
public enum StatutoryHoliday {

    /** a) Tết Dương lịch, 1 January. */
    NEW_YEAR("Tết Dương lịch", "New Year's Day") {
        @Override
        public List<LocalDate> defaultDays(int year) {
            return List.of(LocalDate.of(year, Month.JANUARY, 1));
        }
    },
    /** b) Tết Âm lịch, five days. */
    TET("Tết Nguyên đán", "Lunar New Year (Tết)") {
        @Override
        public List<LocalDate> defaultDays(int year) {
            LocalDate firstDay = VietnameseLunarCalendar.tet(year);
            return firstDay.minusDays(1).datesUntil(firstDay.plusDays(4)).toList();
        }
    },
    /** c) Ngày Chiến thắng, 30 April. */
    REUNIFICATION_DAY("Ngày Chiến thắng", "Reunification Day") {
        @Override
        public List<LocalDate> defaultDays(int year) {
            return List.of(LocalDate.of(year, Month.APRIL, 30));
        }
    },
    /** d) Ngày Quốc tế lao động, 1 May. */
    LABOUR_DAY("Ngày Quốc tế Lao động", "International Labour Day") {
        @Override
        public List<LocalDate> defaultDays(int year) {
            return List.of(LocalDate.of(year, Month.MAY, 1));
        }
    },
    /** đ) Quốc khánh, 2 September and one adjacent day. */
    NATIONAL_DAY("Quốc khánh", "National Day") {
        @Override
        public List<LocalDate> defaultDays(int year) {
            LocalDate secondSeptember = LocalDate.of(year, Month.SEPTEMBER, 2);
            DayOfWeek weekday = secondSeptember.getDayOfWeek();
            boolean after = weekday == DayOfWeek.SUNDAY || weekday == DayOfWeek.MONDAY || weekday == DayOfWeek.THURSDAY;
            return after ? List.of(secondSeptember, secondSeptember.plusDays(1))
                    : List.of(secondSeptember.minusDays(1), secondSeptember);
        }
    },
    /** e) Giỗ Tổ Hùng Vương, 10th day of the 3rd lunar month. */
    HUNG_KINGS_DAY("Giỗ Tổ Hùng Vương", "Hùng Kings' Commemoration Day") {
        @Override
        public List<LocalDate> defaultDays(int year) {
            return List.of(VietnameseLunarCalendar.hungKingsDay(year));
        }
    };

    private final String nameVi;
    private final String nameEn;

    StatutoryHoliday(String nameVi, String nameEn) {
        this.nameVi = nameVi;
        this.nameEn = nameEn;
    }

    /** The days of this holiday in a Gregorian year when no official schedule says otherwise. */
    public abstract List<LocalDate> defaultDays(int year);

    public String name(String language) {
        return "en".equals(language) ? nameEn : nameVi;
    }

    public String nameVi() {
        return nameVi;
    }

    public String nameEn() {
        return nameEn;
    }
}
