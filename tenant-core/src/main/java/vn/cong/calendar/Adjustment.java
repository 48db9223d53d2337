package vn.cong.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One line of a year's official schedule (lịch nghỉ lễ, Tết chính thức), as the government announces it:
 * <ul>
 *   <li>{@link DayKind#HOLIDAY} with its {@code holiday}: an official day of Tết or of National Day (Art. 112(3));
 *       the official days of a holiday in a year replace its default days in that year;</li>
 *   <li>{@link DayKind#DAY_OFF}: a compensatory or swapped day off;</li>
 *   <li>{@link DayKind#WORKING_DAY}: a Saturday worked in exchange.</li>
 * </ul>
 * {@code legalBasis} names the document the line comes from, so that anyone can check it.
 */
public record Adjustment(LocalDate date, DayKind kind, StatutoryHoliday holiday, String nameVi, String nameEn,
                         String legalBasis) {

    public Adjustment {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        if ((kind == DayKind.HOLIDAY) != (holiday != null)) {
            throw new IllegalArgumentException("An official holiday day names its holiday; other lines do not");
        }
    }

    public static Adjustment holiday(LocalDate date, StatutoryHoliday holiday, String legalBasis) {
        return new Adjustment(date, DayKind.HOLIDAY, holiday, holiday.nameVi(), holiday.nameEn(), legalBasis);
    }

    public static Adjustment dayOff(LocalDate date, String nameVi, String nameEn, String legalBasis) {
        return new Adjustment(date, DayKind.DAY_OFF, null, nameVi, nameEn, legalBasis);
    }

    public static Adjustment workingDay(LocalDate date, String nameVi, String nameEn, String legalBasis) {
        return new Adjustment(date, DayKind.WORKING_DAY, null, nameVi, nameEn, legalBasis);
    }
}
