package vn.cong.calendar;

import static java.time.LocalDate.of;

import java.util.List;

/**
 * The official schedules of 2025 and 2026 as the government published them (sources in V2__calendar.sql), for
 * tests that need a real year. {@code OfficialScheduleMigrationTest} checks that the migration seeds exactly these.
 */
final class PublishedSchedules {

    static final String Y2025 = "Văn bản 8726/VPCP-KGVX ngày 26/11/2024";
    static final String Y2026_NEW_YEAR = "Văn bản 12729/VPCP-KGVX ngày 25/12/2025";
    static final String Y2026 = "Thông báo 9441/TB-BNV ngày 16/10/2025";

    static final List<Adjustment> LINES = List.of(
            Adjustment.holiday(of(2025, 1, 27), StatutoryHoliday.TET, Y2025),
            Adjustment.holiday(of(2025, 1, 28), StatutoryHoliday.TET, Y2025),
            Adjustment.holiday(of(2025, 1, 29), StatutoryHoliday.TET, Y2025),
            Adjustment.holiday(of(2025, 1, 30), StatutoryHoliday.TET, Y2025),
            Adjustment.holiday(of(2025, 1, 31), StatutoryHoliday.TET, Y2025),
            Adjustment.workingDay(of(2025, 4, 26), "Làm bù cho thứ Sáu 02/5/2025",
                    "Working day in exchange for Friday 2 May 2025", Y2025),
            Adjustment.dayOff(of(2025, 5, 2), "Nghỉ hoán đổi dịp 30/4 – 1/5 (làm bù thứ Bảy 26/4/2025)",
                    "Day off swapped for Saturday 26 April 2025 (30 April – 1 May break)", Y2025),
            Adjustment.holiday(of(2025, 9, 1), StatutoryHoliday.NATIONAL_DAY, Y2025),
            Adjustment.holiday(of(2025, 9, 2), StatutoryHoliday.NATIONAL_DAY, Y2025),
            Adjustment.dayOff(of(2026, 1, 2), "Nghỉ hoán đổi dịp Tết Dương lịch (làm bù thứ Bảy 10/01/2026)",
                    "Day off swapped for Saturday 10 January 2026 (New Year break)", Y2026_NEW_YEAR),
            Adjustment.workingDay(of(2026, 1, 10), "Làm bù cho thứ Sáu 02/01/2026",
                    "Working day in exchange for Friday 2 January 2026", Y2026_NEW_YEAR),
            Adjustment.holiday(of(2026, 2, 16), StatutoryHoliday.TET, Y2026),
            Adjustment.holiday(of(2026, 2, 17), StatutoryHoliday.TET, Y2026),
            Adjustment.holiday(of(2026, 2, 18), StatutoryHoliday.TET, Y2026),
            Adjustment.holiday(of(2026, 2, 19), StatutoryHoliday.TET, Y2026),
            Adjustment.holiday(of(2026, 2, 20), StatutoryHoliday.TET, Y2026),
            Adjustment.dayOff(of(2026, 4, 27), "Nghỉ bù Giỗ Tổ Hùng Vương (trùng Chủ nhật 26/4/2026)",
                    "Compensatory day off for Hùng Kings' Commemoration (Sunday 26 April 2026)",
                    "Bộ luật Lao động 2019, Điều 111 khoản 3"),
            Adjustment.workingDay(of(2026, 8, 22), "Làm bù cho thứ Hai 31/8/2026",
                    "Working day in exchange for Monday 31 August 2026", Y2026),
            Adjustment.dayOff(of(2026, 8, 31), "Nghỉ hoán đổi dịp Quốc khánh (làm bù thứ Bảy 22/8/2026)",
                    "Day off swapped for Saturday 22 August 2026 (National Day break)", Y2026),
            Adjustment.holiday(of(2026, 9, 1), StatutoryHoliday.NATIONAL_DAY, Y2026),
            Adjustment.holiday(of(2026, 9, 2), StatutoryHoliday.NATIONAL_DAY, Y2026));

    static InMemoryWorkingCalendar calendar() {
        return new InMemoryWorkingCalendar(LINES, OfficeHours.DEFAULT);
    }

    private PublishedSchedules() {
    }
}
