package vn.cong.compliance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.cong.platform.TenantBoundEntityManager;
import vn.cong.reporting.UnitTree;
import vn.cong.reporting.UnitTrees;
import vn.cong.tenancy.Unit;

/**
 * The compliance figures of a whole subtree (issue #13.3): the subtree read once ({@link UnitTrees}), its closed
 * obligations counted per unit, category and status by one cross-tenant statement, its open ones (few) read by one
 * more and classified at the moment of the query by {@link StatusRule} — never unit by unit. Summed up the tree by
 * {@link UnitTree}: a merged or retired unit's obligations count in its successor. Categories are matched by code
 * when a predecessor's figures join its successor's (their ids differ from unit to unit).
 */
@ApplicationScoped
@Transactional
public class SubtreeCompliance {

    private static final String IN_SUBTREE = " o.tenant_id IN (SELECT u.id FROM unit u WHERE u.unit_path LIKE ?3)";

    @Inject
    TenantBoundEntityManager entityManagers;

    @Inject
    UnitTrees trees;

    @Inject
    ComplianceSettings settings;

    /** A category as the figures name it; all null for the portal's own rules. */
    record CategoryRef(Long id, String code, String nameVi, String nameEn) {
        static final CategoryRef PORTAL = new CategoryRef(null, null, "Toàn cổng", "Whole portal");
    }

    /** One unit's counts per category (by code), its very overdue per category and its overdue obligations. */
    record Tally(Map<String, CategoryRef> categories, Map<String, Map<ObligationStatus, Long>> counts,
                 Map<String, Long> veryOverdue, List<UnitCompliance.Late> late) {

        static Tally empty() {
            return new Tally(new LinkedHashMap<>(), new LinkedHashMap<>(), new HashMap<>(), new ArrayList<>());
        }

        void add(CategoryRef category, ObligationStatus status, long n) {
            String key = category.code() == null ? "" : category.code();
            categories.putIfAbsent(key, category);
            counts.computeIfAbsent(key, k -> new EnumMap<>(ObligationStatus.class)).merge(status, n, Long::sum);
        }

        Tally plus(Tally other) {
            Tally sum = empty();
            for (Tally t : List.of(this, other)) {
                t.counts.forEach((key, byStatus) -> byStatus.forEach((status, n) -> sum.add(t.categories.get(key),
                        status, n)));
                t.veryOverdue.forEach((key, n) -> sum.veryOverdue.merge(key, n, Long::sum));
                sum.late.addAll(t.late);
            }
            return sum;
        }

        StatusCounts total() {
            StatusCounts total = StatusCounts.ZERO;
            for (Map.Entry<String, Map<ObligationStatus, Long>> e : counts.entrySet()) {
                total = total.plus(StatusCounts.of(e.getValue(), veryOverdue.getOrDefault(e.getKey(), 0L)));
            }
            return total;
        }
    }

    public UnitCompliance of(Unit root, LocalDate from, LocalDate to) {
        UnitTree tree = trees.read(root);
        String prefix = root.unitPath().value() + "%";
        Map<Long, Tally> byUnit = new HashMap<>();
        countClosed(byUnit, from, to, prefix, tree);
        classifyOpen(byUnit, from, to, prefix, tree);
        Map<Long, Tally> own = tree.own(byUnit, Tally.empty(), Tally::plus);
        Map<Long, StatusCounts> totals = tree.totals(own.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().total())), StatusCounts.ZERO,
                StatusCounts::plus);
        return figures(tree, tree.root(), from, to, own, totals);
    }

    private void countClosed(Map<Long, Tally> byUnit, LocalDate from, LocalDate to, String prefix, UnitTree tree) {
        String select = "SELECT o.tenant_id, o.category_id, c.code, c.name_vi, c.name_en, o.status, COUNT(*)"
                + " FROM obligation o LEFT JOIN category c ON c.id = o.category_id WHERE o.counted_on >= ?1"
                + " AND o.counted_on <= ?2 AND o.met_at IS NOT NULL AND ";
        String group = " GROUP BY o.tenant_id, o.category_id, c.code, c.name_vi, c.name_en, o.status";
        for (Object[] row : rows(select, group, from, to, prefix, tree)) {
            byUnit.computeIfAbsent(number(row[0]), k -> Tally.empty()).add(category(row, 1),
                    ObligationStatus.valueOf((String) row[5]), number(row[6]));
        }
    }

    private void classifyOpen(Map<Long, Tally> byUnit, LocalDate from, LocalDate to, String prefix, UnitTree tree) {
        StatusRule rule = settings.statusRule();
        Instant now = settings.clock().instant();
        LocalDate veryOverdueBefore = rule.veryOverdueBefore(rule.today(now));
        String select = "SELECT o.tenant_id, o.category_id, c.code, c.name_vi, c.name_en, o.id, o.subject, o.due_at,"
                + " o.due_on, o.legal_basis FROM obligation o LEFT JOIN category c ON c.id = o.category_id"
                + " WHERE o.counted_on >= ?1 AND o.counted_on <= ?2 AND o.met_at IS NULL AND ";
        for (Object[] row : rows(select, "", from, to, prefix, tree)) {
            Due due = new Due(instant(row[7]), day(row[8]));
            ObligationStatus status = rule.statusOf(due, null, now);
            CategoryRef category = category(row, 1);
            Tally tally = byUnit.computeIfAbsent(number(row[0]), k -> Tally.empty());
            tally.add(category, status, 1);
            if (status == ObligationStatus.OVERDUE) {
                boolean very = StatusRule.isVeryOverdue(due, null, veryOverdueBefore);
                if (very) {
                    tally.veryOverdue().merge(category.code() == null ? "" : category.code(), 1L, Long::sum);
                }
                tally.late().add(new UnitCompliance.Late(number(row[5]), (String) row[6], category.code(), due.on(),
                        (String) row[9], very));
            }
        }
    }

    /** The statement over the subtree by its path, and once more over the units merged in from outside it. */
    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String select, String group, LocalDate from, LocalDate to, String prefix,
                               UnitTree tree) {
        List<Object[]> rows = new ArrayList<>(entityManagers.crossTenantSql(select + IN_SUBTREE + group, from, to,
                prefix).getResultList());
        if (!tree.mergedIn().isEmpty()) {
            // units merged in from outside the path: few, and their ids are numbers read from the database
            String ids = tree.mergedIn().stream().map(String::valueOf).collect(Collectors.joining(","));
            rows.addAll(entityManagers.crossTenantSql(select + " o.tenant_id IN (" + ids + ")" + group, from, to)
                    .getResultList());
        }
        return rows;
    }

    private UnitCompliance figures(UnitTree tree, UnitTree.Node node, LocalDate from, LocalDate to,
                                   Map<Long, Tally> own, Map<Long, StatusCounts> totals) {
        Tally tally = own.getOrDefault(node.id(), Tally.empty());
        List<UnitCompliance.CategoryCompliance> byCategory = new ArrayList<>();
        tally.counts().forEach((key, byStatus) -> {
            CategoryRef c = tally.categories().get(key);
            byCategory.add(new UnitCompliance.CategoryCompliance(c.id(), c.code(), c.nameVi(), c.nameEn(),
                    StatusCounts.of(byStatus, tally.veryOverdue().getOrDefault(key, 0L))));
        });
        List<UnitCompliance.Late> late = tally.late().stream().sorted(Comparator.comparing(UnitCompliance.Late::dueOn,
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(UnitCompliance.Late::obligationId))
                .toList();
        List<UnitCompliance> children = tree.children(node.id()).stream()
                .map(child -> figures(tree, child, from, to, own, totals)).toList();
        return new UnitCompliance(node.id(), node.name(), node.level(), from, to, tally.total(), byCategory, late,
                totals.getOrDefault(node.id(), StatusCounts.ZERO), children);
    }

    private static CategoryRef category(Object[] row, int at) {
        return row[at] == null ? CategoryRef.PORTAL : new CategoryRef(number(row[at]), (String) row[at + 1],
                (String) row[at + 2], (String) row[at + 3]);
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    /** A timestamp column as the driver gives it back (Connector/J: LocalDateTime; H2, older drivers: Timestamp). */
    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof LocalDateTime t) {
            return t.atZone(ZoneId.systemDefault()).toInstant();
        }
        if (value instanceof java.time.OffsetDateTime t) {
            return t.toInstant();
        }
        return (Instant) value;
    }

    private static LocalDate day(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
