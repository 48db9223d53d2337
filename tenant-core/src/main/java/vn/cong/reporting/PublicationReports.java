package vn.cong.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import vn.cong.identity.Account;
import vn.cong.platform.TenantBoundEntityManager;
import vn.cong.platform.Vietnam;
import vn.cong.tenancy.Unit;

/**
 * The first roll-up (VP Art. 20.3): what was published per (unit, month), optionally with a per-child breakdown
 * summed up the tree. Months are Vietnamese calendar months (UTC+7). The subtree is read once ({@link UnitTrees})
 * and its items counted by one cross-tenant statement grouped by unit and category code — never unit by unit —,
 * after {@link FiguresAccess} has checked the caller's right to the unit or the subtree. A merged or retired unit's
 * items count in its successor ({@link UnitTree}).
 */
@ApplicationScoped
@Transactional
public class PublicationReports {

    @Inject
    TenantBoundEntityManager entityManagers;

    @Inject
    UnitTrees trees;

    @Inject
    FiguresAccess access;

    /**
     * A unit's publications in a month; with {@code subtree}, summed up the tree per child. 403 unless the caller
     * may see the unit's figures — or, with {@code subtree}, the subtree's ({@link FiguresPolicy}).
     */
    public MonthlyPublication monthly(Account caller, Unit unit, YearMonth month, boolean subtree) {
        if (subtree) {
            access.requireSubtree(caller, unit);
        } else {
            access.requireUnit(caller, unit);
        }
        UnitTree tree = trees.read(unit);
        Map<Long, Map<String, Long>> own = tree.own(countByUnitAndCategory(unit, tree, month), Map.of(),
                PublicationReports::plus);
        Map<Long, Long> totals = tree.totals(own.entrySet().stream().collect(Collectors.toMap(
                Map.Entry::getKey, e -> sum(e.getValue()))), 0L, Long::sum);
        return figures(tree, tree.root(), month.toString(), own, totals, subtree);
    }

    private MonthlyPublication figures(UnitTree tree, UnitTree.Node node, String month,
                                       Map<Long, Map<String, Long>> own, Map<Long, Long> totals, boolean subtree) {
        Map<String, Long> byCategory = new TreeMap<>(own.getOrDefault(node.id(), Map.of()));
        long published = sum(byCategory);
        List<MonthlyPublication> children = subtree ? tree.children(node.id()).stream()
                .map(child -> figures(tree, child, month, own, totals, true)).toList() : List.of();
        return new MonthlyPublication(node.id(), node.name(), node.level(), month, published, byCategory,
                subtree ? totals.getOrDefault(node.id(), 0L) : published, children);
    }

    /** Published items per unit and category code, for every unit the tree reads: one statement (two with units
     *  merged in from outside the subtree). */
    private Map<Long, Map<String, Long>> countByUnitAndCategory(Unit root, UnitTree tree, YearMonth month) {
        Instant from = month.atDay(1).atStartOfDay(Vietnam.ZONE).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(Vietnam.ZONE).toInstant();
        String counted = "SELECT i.tenant_id, c.code, COUNT(*) FROM item i JOIN category c ON c.id = i.category_id"
                + " WHERE i.state = 'PUBLISHED' AND i.published_at >= ?1 AND i.published_at < ?2 AND ";
        Map<Long, Map<String, Long>> counts = new HashMap<>();
        collect(counts, entityManagers.crossTenantSql(counted + "i.tenant_id IN (SELECT u.id FROM unit u WHERE"
                + " u.unit_path LIKE ?3) GROUP BY i.tenant_id, c.code", from, to, root.unitPath().value() + "%")
                .getResultList());
        if (!tree.mergedIn().isEmpty()) {
            // units merged in from outside the path: few, and their ids are numbers read from the database
            String ids = tree.mergedIn().stream().map(String::valueOf).collect(Collectors.joining(","));
            collect(counts, entityManagers.crossTenantSql(counted + "i.tenant_id IN (" + ids + ") GROUP BY"
                    + " i.tenant_id, c.code", from, to).getResultList());
        }
        return counts;
    }

    @SuppressWarnings("unchecked")
    private static void collect(Map<Long, Map<String, Long>> into, List<?> rows) {
        for (Object[] row : (List<Object[]>) rows) {
            into.computeIfAbsent(((Number) row[0]).longValue(), k -> new TreeMap<>())
                    .merge((String) row[1], ((Number) row[2]).longValue(), Long::sum);
        }
    }

    private static Map<String, Long> plus(Map<String, Long> a, Map<String, Long> b) {
        Map<String, Long> sum = new TreeMap<>(a);
        b.forEach((code, n) -> sum.merge(code, n, Long::sum));
        return sum;
    }

    private static long sum(Map<String, Long> byCategory) {
        return byCategory.values().stream().mapToLong(Long::longValue).sum();
    }
}
