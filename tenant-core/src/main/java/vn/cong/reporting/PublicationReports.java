package vn.cong.reporting;

import vn.cong.platform.Vietnam;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.cong.catalog.Category;
import vn.cong.catalog.CategoryRepository;
import vn.cong.editorial.ItemRepository;
import vn.cong.identity.Account;
import vn.cong.platform.TenantBoundEntityManager;
import vn.cong.tenancy.Unit;
import vn.cong.tenancy.UnitRepository;

/**
 * The first roll-up (VP Art. 20.3): what was published per (unit, month), optionally with a per-child
 * breakdown summed up the tree. Months are Vietnamese calendar months (UTC+7). Each unit is read through
 * the explicit cross-tenant door {@link TenantBoundEntityManager#runAs}, after {@link FiguresAccess} has checked
 * the caller's right to the unit or the subtree.
 */
@ApplicationScoped
@Transactional
public class PublicationReports {

    @Inject
    TenantBoundEntityManager entityManagers;

    @Inject
    UnitRepository units;

    @Inject
    ItemRepository items;

    @Inject
    CategoryRepository categories;

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
        return monthly(unit, month, subtree);
    }

    private MonthlyPublication monthly(Unit unit, YearMonth month, boolean subtree) {
        Map<String, Long> byCategory = entityManagers.runAs(unit, () -> countByCategory(month));
        long own = byCategory.values().stream().mapToLong(Long::longValue).sum();
        List<MonthlyPublication> children = new ArrayList<>();
        long total = own;
        if (subtree) {
            for (Unit child : units.children(unit.getId()).stream().filter(Unit::isActive).toList()) {
                MonthlyPublication figures = monthly(child, month, true);
                children.add(figures);
                total += figures.subtreeTotal();
            }
        }
        return new MonthlyPublication(unit.getId(), unit.getOfficialName(), unit.getLevel().name(), month.toString(),
                own, byCategory, total, children);
    }

    private Map<String, Long> countByCategory(YearMonth month) {
        Map<Long, String> codes = new TreeMap<>();
        for (Category category : categories.all()) {
            codes.put(category.getId(), category.getCode());
        }
        Map<String, Long> counts = new TreeMap<>();
        for (Object[] row : items.publishedCountByCategory(month.atDay(1).atStartOfDay(Vietnam.ZONE).toInstant(),
                month.plusMonths(1).atDay(1).atStartOfDay(Vietnam.ZONE).toInstant())) {
            counts.merge(codes.getOrDefault((Long) row[0], "?"), (Long) row[1], Long::sum);
        }
        return counts;
    }
}
