package vn.cong.calendar;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The platform-wide grant × recording the schedule, written out independently of {@link CalendarPolicy}. */
class CalendarPolicyTest {

    @Test
    void onlyThePlatformOperatorRecordsTheOfficialSchedule() {
        assertTrue(CalendarPolicy.mayRecordSchedule(true));
        assertFalse(CalendarPolicy.mayRecordSchedule(false));
    }
}
