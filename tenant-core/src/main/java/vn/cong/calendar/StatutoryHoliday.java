package vn.cong.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;

/**
 * The public holidays of Vietnam's Labor Codes, each with the day the law names for it ({@link #legalDay}) and the
 * days it falls on when the government has not fixed them otherwise ({@link #defaultDays}). How many days a holiday
 * has, and whether it exists at all in a year, depends on the law in force on its legal day: {@link HolidayLaw}.
 *
 * <p>Since 2021 the Prime Minister fixes, every year, the concrete days of Tết and of the day adjacent to National
 * Day (Labor Code 2019, Art. 112(3)); those official days come from the yearly schedule ({@link DayKind#HOLIDAY}
 * rows) and replace the defaults below for that year. The defaults are rules, so that a year without a published
 * schedule still has a sensible calendar:
 * <ul>
 *   <li>Tết: the last day of the old lunar year and the first days of the new one — four of the new for five days
 *       (the split the government chose in most recent years, 2026: 16–20 February), three for four days (the split
 *       the Labor Code 1994, Art. 73 wrote into the law);</li>
 *   <li>National Day, when it has two days (since 2021): 2 September and the adjacent day that joins the break to a
 *       weekend — 3 September when 2 September is a Sunday, Monday or Thursday, otherwise 1 September (the day the
 *       law names first). This reproduces every official choice since the second day was introduced (2021: 2–3,
 *       2022: 1–2, 2023: 1–2, 2024: 2–3, 2025: 1–2, 2026: 1–2 September). Before 2021 it is 2 September alone.</li>
 * </ul>
 */
public enum StatutoryHoliday {

    /** Tết Dương lịch, 1 January. */
    NEW_YEAR("Tết Dương lịch", "New Year's Day") {
        @Override
        public LocalDate legalDay(int year) {
            return LocalDate.of(year, Month.JANUARY, 1);
        }
    },
    /** Tết Âm lịch: four days until 2013, five since 2014 (the legal day is mùng 1 Tết). */
    TET("Tết Nguyên đán", "Lunar New Year (Tết)") {
        @Override
        public LocalDate legalDay(int year) {
            return VietnameseLunarCalendar.tet(year);
        }

        @Override
        List<LocalDate> days(LocalDate firstDay, int count) {
            return firstDay.minusDays(1).datesUntil(firstDay.plusDays(count - 1L)).toList();
        }
    },
    /** Ngày Chiến thắng, 30 April. */
    REUNIFICATION_DAY("Ngày Chiến thắng", "Reunification Day") {
        @Override
        public LocalDate legalDay(int year) {
            return LocalDate.of(year, Month.APRIL, 30);
        }
    },
    /** Ngày Quốc tế lao động, 1 May. */
    LABOUR_DAY("Ngày Quốc tế Lao động", "International Labour Day") {
        @Override
        public LocalDate legalDay(int year) {
            return LocalDate.of(year, Month.MAY, 1);
        }
    },
    /** Quốc khánh, 2 September; since 2021 with one adjacent day. */
    NATIONAL_DAY("Quốc khánh", "National Day") {
        @Override
        public LocalDate legalDay(int year) {
            return LocalDate.of(year, Month.SEPTEMBER, 2);
        }

        @Override
        List<LocalDate> days(LocalDate secondSeptember, int count) {
            if (count == 1) {
                return List.of(secondSeptember);
            }
            if (count != 2) {
                throw new IllegalStateException("National Day has one or two days, not " + count);
            }
            DayOfWeek weekday = secondSeptember.getDayOfWeek();
            boolean after = weekday == DayOfWeek.SUNDAY || weekday == DayOfWeek.MONDAY || weekday == DayOfWeek.THURSDAY;
            return after ? List.of(secondSeptember, secondSeptember.plusDays(1))
                    : List.of(secondSeptember.minusDays(1), secondSeptember);
        }
    },
    /** Giỗ Tổ Hùng Vương, 10th day of the 3rd lunar month; a public holiday since 2007. */
    HUNG_KINGS_DAY("Giỗ Tổ Hùng Vương", "Hùng Kings' Commemoration Day") {
        @Override
        public LocalDate legalDay(int year) {
            return VietnameseLunarCalendar.hungKingsDay(year);
        }
    };

    private final String nameVi;
    private final String nameEn;

    StatutoryHoliday(String nameVi, String nameEn) {
        this.nameVi = nameVi;
        this.nameEn = nameEn;
    }

    /**
     * The day the law names for this holiday in a Gregorian year (1 January, mùng 1 Tết, 30 April, 1 May,
     * 2 September, 10/3 lunar): the law in force on it governs the holiday that year.
     */
    public abstract LocalDate legalDay(int year);

    /** The law that governs this holiday in {@code year}: the one in force on its {@link #legalDay}. */
    public HolidayLaw law(int year) {
        return HolidayLaw.inForceOn(legalDay(year));
    }

    /**
     * The days of this holiday in a Gregorian year when no official schedule says otherwise, in date order; empty
     * when the law of that year does not grant it (Hùng Kings' day before 2007).
     */
    public List<LocalDate> defaultDays(int year) {
        LocalDate legalDay = legalDay(year);
        int count = HolidayLaw.inForceOn(legalDay).days(this);
        return count == 0 ? List.of() : days(legalDay, count);
    }

    /** The {@code count} default days of this holiday around its legal day: by default the legal day onwards. */
    List<LocalDate> days(LocalDate legalDay, int count) {
        return legalDay.datesUntil(legalDay.plusDays(count)).toList();
    }

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
