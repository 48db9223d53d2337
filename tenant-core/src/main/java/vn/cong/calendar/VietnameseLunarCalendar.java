package vn.cong.calendar;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.SimpleTimeZone;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Vietnamese lunisolar calendar (âm lịch), for the lunar holidays of the Labor Code: Tết and the Hùng Kings'
 * Commemoration (Giỗ Tổ Hùng Vương, 10th day of the 3rd month).
 *
 * <p>Vietnam and China use the same rules (months start on the day of the new moon, month 11 holds the winter
 * solstice, a month without a principal solar term is the leap month) but compute them for different meridians:
 * since 1968 Vietnam uses UTC+7, China UTC+8. When a new moon falls between 16:00 and 17:00 UTC the months
 * start on different days, which moves Tết in some years (1985, 2007, 2030, 2053). ICU's {@link ChineseCalendar}
 * takes the time zone of its astronomical calculation as a constructor argument — that is how ICU's own
 * {@code DangiCalendar} computes Korea's calendar at UTC+9 — so a subclass at UTC+7 gives the Vietnamese calendar
 * with a maintained astronomy instead of hand-written formulas.
 *
 * <p>That constructor is marked internal (deprecated) by ICU and its neighbours have changed between versions
 * (the epoch-year argument is gone, EXTENDED_YEAR changed meaning). This class therefore relies only on reading
 * the lunar month and day of a given instant, and {@code VietnameseLunarCalendarTest} pins the result against a
 * published table of Tết and Hùng Kings' days for every year {@value #FIRST_YEAR}–{@value #LAST_YEAR}: an ICU
 * upgrade that changes a single date fails the build.
 *
 * <p>ICU's astronomy is accurate to a few minutes, not seconds: its own Chinese calendar puts New Year 2027 and
 * 2030 one day off China's official dates, because those new moons fall within minutes of Beijing midnight. For
 * UTC+7 no new moon that decides Tết or the 3rd month falls that close to midnight in the verified range; years
 * outside it are refused rather than guessed.
 */
public final class VietnameseLunarCalendar {

    /** Vietnam has computed its calendar for UTC+7 since 1968 (before, for UTC+8 like China). */
    public static final int FIRST_YEAR = 1968;
    /** Last year of the verified table. */
    public static final int LAST_YEAR = 2100;

    private static final TimeZone UTC_PLUS_7 = new SimpleTimeZone(7 * 3_600_000, "UTC+07:00");
    private static final int UTC_PLUS_7_MILLIS = 7 * 3_600_000;
    /** Tết never falls before 21 January nor after 20 February (it is the 2nd new moon after the winter solstice). */
    private static final int EARLIEST_TET_DAY_OF_YEAR = 20;
    private static final int TET_WINDOW_DAYS = 33;

    private static final Map<Integer, LocalDate> TET = new ConcurrentHashMap<>();
    private static final Map<Integer, LocalDate> HUNG_KINGS = new ConcurrentHashMap<>();

    private VietnameseLunarCalendar() {
    }

    /** Mùng 1 Tết: the first day of the lunar year that begins in Gregorian {@code year}. */
    public static LocalDate tet(int year) {
        return TET.computeIfAbsent(checked(year), y -> {
            LocalDate from = LocalDate.ofYearDay(y, EARLIEST_TET_DAY_OF_YEAR);
            return find(new LunarDate(y, 1, false, 1), from, TET_WINDOW_DAYS);
        });
    }

    /** Giỗ Tổ Hùng Vương: the 10th day of the (non-leap) 3rd month of the lunar year that begins in {@code year}. */
    public static LocalDate hungKingsDay(int year) {
        return HUNG_KINGS.computeIfAbsent(checked(year), y -> toSolar(new LunarDate(y, 3, false, 10)));
    }

    /** The Gregorian date of a lunar date; refused if that lunar month has no such day or no such leap month. */
    public static LocalDate toSolar(LunarDate lunar) {
        // a lunar year has at most 13 months of 30 days: the date is within 384 days of its Tết
        return find(lunar, tet(lunar.year()), 385);
    }

    /** The lunar date of a Gregorian date. */
    public static LunarDate toLunar(LocalDate date) {
        checked(date.getYear());
        ChineseCalendar calendar = newCalendar();
        return lunarDate(calendar, date);
    }

    private static LocalDate find(LunarDate wanted, LocalDate from, int days) {
        ChineseCalendar calendar = newCalendar();
        for (int i = 0; i < days; i++) {
            LocalDate candidate = from.plusDays(i);
            LunarDate lunar = lunarDate(calendar, candidate);
            if (lunar.month() == wanted.month() && lunar.leapMonth() == wanted.leapMonth()
                    && lunar.day() == wanted.day() && lunar.year() == wanted.year()) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("No such lunar date: " + wanted);
    }

    private static LunarDate lunarDate(ChineseCalendar calendar, LocalDate date) {
        // noon in Vietnam: far from any day boundary whatever the calendar does with the instant
        long noon = date.toEpochDay() * 86_400_000L + 12 * 3_600_000L - UTC_PLUS_7_MILLIS;
        calendar.setTimeInMillis(noon);
        int month = calendar.get(Calendar.MONTH) + 1;
        boolean leap = calendar.get(Calendar.IS_LEAP_MONTH) == 1;
        int day = calendar.get(Calendar.DAY_OF_MONTH);
        // months 11 and 12 after January belong to the lunar year that began the previous Gregorian year
        int year = month >= 11 && date.getMonthValue() <= 2 ? date.getYear() - 1 : date.getYear();
        return new LunarDate(year, month, leap, day);
    }

    private static int checked(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException("The Vietnamese lunar calendar is verified for " + FIRST_YEAR + "–"
                    + LAST_YEAR + " only, not " + year);
        }
        return year;
    }

    /** A new instance per computation: ICU calendars are mutable and not thread-safe; results are cached above. */
    private static ChineseCalendar newCalendar() {
        return new UtcPlus7ChineseCalendar();
    }

    /** ICU's Chinese calendar with its astronomy done at UTC+7, as ICU's DangiCalendar does at UTC+9. */
    private static final class UtcPlus7ChineseCalendar extends ChineseCalendar {
        private static final long serialVersionUID = 1L;

        @SuppressWarnings("deprecation")
        UtcPlus7ChineseCalendar() {
            super(UTC_PLUS_7, ULocale.ROOT, UTC_PLUS_7);
        }
    }
}
