package vn.cong.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.cong.platform.DomainException;
import vn.cong.platform.TenantBoundEntityManager;

/** The stored official schedule. Platform data, explicitly not tenant-scoped. */
@ApplicationScoped
@Transactional
public class CalendarAdjustmentRepository {

    @Inject
    TenantBoundEntityManager entityManagers;

    private EntityManager em() {
        return entityManagers.platform();
    }

    /** Every line, in date order (a few per year: the whole table is small). */
    public List<Adjustment> all() {
        return em().createQuery("select a from CalendarAdjustment a order by a.date", CalendarAdjustment.class)
                .getResultStream().map(CalendarAdjustment::toAdjustment).toList();
    }

    public Optional<CalendarAdjustment> on(LocalDate date) {
        return em().createQuery("select a from CalendarAdjustment a where a.date = :d", CalendarAdjustment.class)
                .setParameter("d", date).getResultStream().findFirst();
    }

    /** 409 when the date has a line already — also one that a concurrent transaction has just added. */
    public void add(CalendarAdjustment adjustment) {
        em().persist(adjustment);
        entityManagers.flushUnique(() -> new DomainException(409, "calendar.adjustment.exists",
                adjustment.getDate().toString()));
    }

    public void remove(CalendarAdjustment adjustment) {
        em().remove(adjustment);
    }
}
