package vn.cong.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The editorial rule "edited within 4 working hours of receipt" (MIC Art. 14.1) on office hours. */
class WorkingHoursTest {

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

    private final WorkingCalendar calendar = PublishedSchedules.calendar();

    @Test
    void fourWorkingHoursFromNineInTheMorningEndHalfPastTwoAfterLunch() {
        assertEquals(at(2026, 3, 2, 14, 30), calendar.addWorkingHours(at(2026, 3, 2, 9, 0), 4));
    }

    @Test
    void fourHoursFromTheStartOfTheDayEndAtHalfPastElevenNotAfterLunch() {
        assertEquals(at(2026, 3, 2, 11, 30), calendar.addWorkingHours(at(2026, 3, 2, 7, 30), 4));
    }

    @Test
    void timeReceivedDuringLunchStartsCountingAtOne() {
        assertEquals(at(2026, 3, 2, 14, 0), calendar.addWorkingHours(at(2026, 3, 2, 12, 0), 1));
    }

    @Test
    void anItemReceivedInTheEveningIsDueTheNextMorning() {
        assertEquals(at(2026, 3, 4, 11, 30), calendar.addWorkingHours(at(2026, 3, 3, 19, 0), 4));
        assertEquals(at(2026, 3, 4, 8, 30), calendar.addWorkingHours(at(2026, 3, 4, 5, 0), 1), "early morning");
    }

    @Test
    void anItemReceivedOnFridayAfternoonIsDueOnMonday() {
        assertEquals(at(2026, 3, 9, 10, 30), calendar.addWorkingHours(at(2026, 3, 6, 16, 0), 4));
        assertEquals(at(2026, 3, 9, 11, 30), calendar.addWorkingHours(at(2026, 3, 7, 10, 0), 4), "on Saturday");
    }

    @Test
    void theTetBreakDoesNotCount() {
        // Friday 13 February 2026, 15:00: two hours that day, two more after the nine-day break
        assertEquals(at(2026, 2, 23, 9, 30), calendar.addWorkingHours(at(2026, 2, 13, 15, 0), 4));
    }

    @Test
    void aSwappedSaturdayCounts() {
        assertEquals(at(2026, 1, 10, 8, 30), calendar.addWorkingHours(at(2026, 1, 9, 16, 0), 2));
    }

    @Test
    void aFullWorkingDayIsEightHours() {
        assertEquals(Duration.ofHours(8), calendar.officeHours().perDay());
        assertEquals(at(2026, 3, 3, 9, 0), calendar.addWorkingHours(at(2026, 3, 2, 9, 0), 8));
    }

    @Test
    void minutesCountToo() {
        assertEquals(at(2026, 3, 2, 13, 15), calendar.addWorkingHours(at(2026, 3, 2, 11, 0), Duration.ofMinutes(45)));
    }

    @Test
    void theAnswerIsInTheCallersTimeZone() {
        ZonedDateTime nineInHanoiAsUtc = ZonedDateTime.of(2026, 3, 2, 2, 0, 0, 0, ZoneOffset.UTC);
        assertEquals(ZonedDateTime.of(2026, 3, 2, 7, 30, 0, 0, ZoneOffset.UTC),
                calendar.addWorkingHours(nineInHanoiAsUtc, 4));
    }

    @Test
    void noTimeLeavesTheMomentUnchangedAndNegativeTimeIsRefused() {
        ZonedDateTime sunday = at(2026, 3, 8, 10, 0);
        assertEquals(sunday, calendar.addWorkingHours(sunday, Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> calendar.addWorkingHours(sunday, Duration.ofHours(-1)));
    }

    @Test
    void officeHoursAreConfigurable() {
        OfficeHours hanoiCity = OfficeHours.parse("08:00-12:00, 13:00-17:00", HANOI);
        WorkingCalendar withHanoiHours = new InMemoryWorkingCalendar(PublishedSchedules.LINES, hanoiCity);
        assertEquals(at(2026, 3, 2, 12, 0), withHanoiHours.addWorkingHours(at(2026, 3, 2, 7, 0), 4));
        assertEquals(List.of(new OfficeHours.Period(LocalTime.of(8, 0), LocalTime.of(12, 0)),
                new OfficeHours.Period(LocalTime.of(13, 0), LocalTime.of(17, 0))),
                hanoiCity.periods());
    }

    @Test
    void officeHoursThatAreNotAScheduleAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> OfficeHours.parse("13:00-17:00,07:30-11:30", HANOI));
        assertThrows(IllegalArgumentException.class, () -> OfficeHours.parse("11:30-07:30", HANOI));
        assertThrows(IllegalArgumentException.class, () -> OfficeHours.parse("morning", HANOI));
        assertThrows(IllegalArgumentException.class, () -> OfficeHours.parse("7h30-11h30", HANOI));
    }

    private static ZonedDateTime at(int year, int month, int day, int hour, int minute) {
        return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, HANOI);
    }
}
