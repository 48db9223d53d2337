package vn.cong.compliance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.cong.catalog.Category;
import vn.cong.catalog.CategoryRepository;
import vn.cong.platform.TenantBoundEntityManager;
import vn.cong.tenancy.Unit;

/**
 * The one query API of compliance figures, for the dashboards, the REST summary and reports: per unit and period,
 * counts by status and by category with the on-time rate ({@link #forUnit}); the same for every unit of a subtree,
 * summed up the tree ({@link #forSubtree}, read by {@link SubtreeCompliance} in a few statements). An obligation
 * counts in the period of its due day (its trigger day when the rule gives no number); its status is computed at the
 * moment of the query by {@link StatusRule}. One unit is read through {@code runAs}; the caller's right is checked
 * at the boundary ({@link CompliancePolicy}).
 */
@ApplicationScoped
@Transactional
public class ComplianceFigures {

    @Inject
    TenantBoundEntityManager entityManagers;

    @Inject
    SubtreeCompliance subtrees;

    @Inject
    CategoryRepository categories;

    @Inject
    ComplianceSettings settings;

    public UnitCompliance forUnit(Unit unit, LocalDate from, LocalDate to) {
        Instant now = settings.clock().instant();
        return entityManagers.runAs(unit, () -> ownFigures(unit, from, to, now));
    }

    /** The unit and everything below it, summed up the tree: {@link SubtreeCompliance}, a few statements in all. */
    public UnitCompliance forSubtree(Unit unit, LocalDate from, LocalDate to) {
        return subtrees.of(unit, from, to);
    }

    private UnitCompliance ownFigures(Unit unit, LocalDate from, LocalDate to, Instant now) {
        Map<Long, Category> byId = new HashMap<>();
        for (Category category : categories.all()) {
            byId.put(category.getId(), category);
        }
        Counted counted = count(entityManagers.forCurrentTenant(), from, to, now, settings.statusRule());
        List<UnitCompliance.CategoryCompliance> byCategory = new ArrayList<>();
        counted.byCategory().forEach((categoryId, counts) -> {
            Category category = categoryId == null ? null : byId.get(categoryId);
            byCategory.add(new UnitCompliance.CategoryCompliance(categoryId, category == null ? null : category.getCode(),
                    category == null ? "Toàn cổng" : category.getNameVi(),
                    category == null ? "Whole portal" : category.getNameEn(), counts));
        });
        List<UnitCompliance.Late> late = counted.overdue().stream().map(o -> new UnitCompliance.Late(o.getId(),
                o.getSubject(), o.getCategoryId() == null || !byId.containsKey(o.getCategoryId()) ? null
                        : byId.get(o.getCategoryId()).getCode(), o.getDueOn(), o.getLegalBasis(),
                counted.isVeryOverdue(o))).toList();
        StatusCounts own = counted.total();
        return new UnitCompliance(unit.getId(), unit.getOfficialName(), unit.getLevel().name(), from, to, own,
                byCategory, late, own, List.of());
    }

    /**
     * What {@link #count} finds: the unit's totals, per category (null: portal rules), the overdue ones, and the
     * cut-off day before which an overdue one is very overdue ({@link StatusRule#veryOverdueBefore}).
     */
    public record Counted(StatusCounts total, Map<Long, StatusCounts> byCategory, List<Obligation> overdue,
                          LocalDate veryOverdueBefore) {

        /** One of {@link #overdue()} that is very overdue. */
        public boolean isVeryOverdue(Obligation overdueOne) {
            return StatusRule.isVeryOverdue(overdueOne.due(), overdueOne.getMetAt(), veryOverdueBefore);
        }
    }

    /**
     * The counting itself on a tenant-bound entity manager (the persistence tests run it outside the container):
     * closed obligations grouped by category and status in the database; open ones (few) classified at {@code now},
     * the overdue among them very overdue when due before the rule's one cut-off day (no calendar walk per row).
     */
    public static Counted count(EntityManager em, LocalDate from, LocalDate to, Instant now, StatusRule rule) {
        Map<Long, Map<ObligationStatus, Long>> counts = new LinkedHashMap<>();
        Map<Long, Long> veryOverdue = new HashMap<>();
        for (Object[] row : em.createQuery("select o.categoryId, o.status, count(o) from Obligation o"
                        + " where o.countedOn >= :f and o.countedOn <= :t and o.metAt is not null"
                        + " group by o.categoryId, o.status", Object[].class)
                .setParameter("f", from).setParameter("t", to).getResultList()) {
            counts.computeIfAbsent((Long) row[0], c -> new EnumMap<>(ObligationStatus.class))
                    .merge((ObligationStatus) row[1], (Long) row[2], Long::sum);
        }
        LocalDate veryOverdueBefore = rule.veryOverdueBefore(rule.today(now));
        List<Obligation> overdue = new ArrayList<>();
        for (Obligation open : em.createQuery("select o from Obligation o where o.countedOn >= :f"
                        + " and o.countedOn <= :t and o.metAt is null order by o.dueAt, o.id", Obligation.class)
                .setParameter("f", from).setParameter("t", to).getResultList()) {
            ObligationStatus status = rule.statusOf(open.due(), null, now);
            counts.computeIfAbsent(open.getCategoryId(), c -> new EnumMap<>(ObligationStatus.class))
                    .merge(status, 1L, Long::sum);
            if (status == ObligationStatus.OVERDUE) {
                overdue.add(open);
                if (StatusRule.isVeryOverdue(open.due(), null, veryOverdueBefore)) {
                    veryOverdue.merge(open.getCategoryId(), 1L, Long::sum);
                }
            }
        }
        Map<Long, StatusCounts> byCategory = new LinkedHashMap<>();
        StatusCounts total = StatusCounts.ZERO;
        for (Map.Entry<Long, Map<ObligationStatus, Long>> entry : counts.entrySet()) {
            StatusCounts c = StatusCounts.of(entry.getValue(), veryOverdue.getOrDefault(entry.getKey(), 0L));
            byCategory.put(entry.getKey(), c);
            total = total.plus(c);
        }
        return new Counted(total, byCategory, overdue, veryOverdueBefore);
    }
}
