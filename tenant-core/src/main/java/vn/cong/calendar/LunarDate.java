package vn.cong.calendar;

/**
 * A date of the Vietnamese lunisolar calendar (âm lịch). {@code year} is the Gregorian year in which that lunar
 * year begins (Tết Bính Ngọ falls in 2026, so its days are in lunar year 2026 even when they fall in January
 * 2027); {@code month} is 1–12 and {@code leapMonth} marks the intercalary month (tháng nhuận) that repeats it.
 */
public record LunarDate(int year, int month, boolean leapMonth, int day) {

    public LunarDate {
        if (month < 1 || month > 12 || day < 1 || day > 30) {
            throw new IllegalArgumentException("No lunar month " + month + " day " + day);
        }
    }

    @Override
    public String toString() {
        return day + "/" + month + (leapMonth ? " nhuận" : "") + "/" + year + " âm lịch";
    }
}
