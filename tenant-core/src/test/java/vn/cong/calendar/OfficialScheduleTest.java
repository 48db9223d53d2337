package vn.cong.calendar;

import static java.time.LocalDate.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.cong.identity.Account;
import vn.cong.identity.Authority;
import vn.cong.platform.DomainException;

/** Operators keep the yearly schedule; everybody else is refused, and so are lines that change nothing. */
class OfficialScheduleTest {

    private static final Instant NOW = Instant.parse("2026-11-20T02:00:00Z");

    private final Account operator = new Account(1L, "vanhanh", "Vận hành", null, "x", NOW);
    private final Account editor = new Account(2L, "bientap.daotru", "Biên tập", null, "x", NOW);

    private final List<CalendarAdjustment> stored = new ArrayList<>();
    private int changes;
    private OfficialSchedule schedule;

    @BeforeEach
    void wire() {
        schedule = new OfficialSchedule();
        schedule.repository = new CalendarAdjustmentRepository() {
            @Override
            public List<Adjustment> all() {
                return stored.stream().map(CalendarAdjustment::toAdjustment).toList();
            }

            @Override
            public Optional<CalendarAdjustment> on(LocalDate date) {
                return stored.stream().filter(a -> a.getDate().equals(date)).findFirst();
            }

            @Override
            public void add(CalendarAdjustment adjustment) {
                stored.add(adjustment);
            }

            @Override
            public void remove(CalendarAdjustment adjustment) {
                stored.remove(adjustment);
            }
        };
        schedule.authority = new Authority() {
            @Override
            public boolean isOperator(Account account) {
                return account == operator;
            }
        };
        schedule.calendar = PublishedSchedules.calendar();
        schedule.changed = new CountingEvent();
        schedule.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    }

    @Test
    void anOperatorAddsADayOffOfALaterYearStoredInNfc() {
        Adjustment added = schedule.add(operator, Adjustment.dayOff(of(2027, 1, 4),
                Normalizer.normalize("Nghỉ hoán đổi dịp Tết Dương lịch", Normalizer.Form.NFD),
                "Swapped day off", "Thông báo …/TB-BNV"));
        assertEquals(1, stored.size());
        assertEquals("vanhanh", stored.get(0).getCreatedBy());
        assertEquals(NOW, stored.get(0).getCreatedAt(), "the platform clock's time, not the wall clock's");
        assertTrue(Normalizer.isNormalized(added.nameVi(), Normalizer.Form.NFC), "stored NFC");
        assertEquals(1, changes, "the working calendar reloads after commit");
    }

    @Test
    void onlyAPlatformOperatorMayChangeTheNationalCalendar() {
        DomainException refused = assertThrows(DomainException.class, () -> schedule.add(editor,
                Adjustment.dayOff(of(2027, 1, 4), "Nghỉ", "Off", "TB")));
        assertEquals(403, refused.status());
        assertThrows(DomainException.class, () -> schedule.remove(editor, of(2026, 1, 2)));
        assertEquals(0, changes);
    }

    @Test
    void aLineThatChangesNothingIsRefusedAsAProbableTypo() {
        assertEquals(422, status(() -> schedule.add(operator,
                Adjustment.dayOff(of(2027, 1, 2), "Nghỉ", "Off", "TB")))); // a Saturday is already off
        assertEquals(422, status(() -> schedule.add(operator,
                Adjustment.workingDay(of(2027, 1, 5), "Làm bù", "Worked", "TB")))); // a Tuesday is already worked
    }

    @Test
    void onlyTetAndNationalDayHaveOfficialDaysFixedEachYear() {
        DomainException refused = assertThrows(DomainException.class, () -> schedule.add(operator,
                Adjustment.holiday(of(2027, 4, 15), StatutoryHoliday.HUNG_KINGS_DAY, "TB")));
        assertEquals(422, refused.status());
        assertEquals("calendar.adjustment.holiday.fixed", refused.messageKey());
    }

    @Test
    void aLineNeedsBothNamesAndItsLegalBasis() {
        assertEquals(422, status(() -> schedule.add(operator, Adjustment.dayOff(of(2027, 1, 4), " ", "Off", "TB"))));
        assertEquals(422, status(() -> schedule.add(operator, Adjustment.dayOff(of(2027, 1, 4), "Nghỉ", "Off", ""))));
    }

    @Test
    void aDateHasAtMostOneLineAndRemovalNeedsOne() {
        Adjustment line = Adjustment.dayOff(of(2027, 1, 4), "Nghỉ", "Off", "TB");
        schedule.add(operator, line);
        assertEquals(409, status(() -> schedule.add(operator, line)));
        schedule.remove(operator, of(2027, 1, 4));
        assertTrue(stored.isEmpty());
        assertEquals(404, status(() -> schedule.remove(operator, of(2027, 1, 4))));
    }

    @Test
    void yearsOutsideTheCalendarAreRefused() {
        assertEquals(422, status(() -> schedule.add(operator, Adjustment.dayOff(of(1979, 1, 4), "Nghỉ", "Off", "TB"))));
        assertEquals(422, status(() -> schedule.add(operator, Adjustment.dayOff(of(2101, 1, 4), "Nghỉ", "Off", "TB"))));
        assertTrue(stored.isEmpty());
    }

    private static int status(Runnable work) {
        return assertThrows(DomainException.class, work::run).status();
    }

    /** Counts fired {@link CalendarChanged} events; the other methods are not used by the service. */
    private final class CountingEvent implements Event<CalendarChanged> {
        @Override
        public void fire(CalendarChanged event) {
            changes++;
        }

        @Override
        public <U extends CalendarChanged> CompletionStage<U> fireAsync(U event) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends CalendarChanged> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Event<CalendarChanged> select(Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends CalendarChanged> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends CalendarChanged> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }
    }
}
