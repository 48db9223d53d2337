package vn.cong.compliance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.cong.catalog.CatalogRules;
import vn.cong.catalog.Category;
import vn.cong.catalog.CategoryRepository;
import vn.cong.catalog.Rule;
import vn.cong.catalog.RuleWording;
import vn.cong.platform.TenantBoundEntityManager;
import vn.cong.tenancy.Unit;

/**
 * A unit's obligations for the dashboards and the API, read as that unit: those counted in [from, to] and every one
 * still open from before, each with its status now (very overdue marked) and its rule in words; overdue first, then
 * due soon, by due date.
 */
@ApplicationScoped
@Transactional
public class ComplianceQueries {

    @Inject
    TenantBoundEntityManager entityManagers;

    @Inject
    ObligationRepository obligations;

    @Inject
    CatalogRules catalogRules;

    @Inject
    CategoryRepository categories;

    @Inject
    ComplianceSettings settings;

    public List<ObligationRow> obligations(Unit unit, LocalDate from, LocalDate to, String language) {
        return entityManagers.runAs(unit, () -> rows(from, to, language));
    }

    private List<ObligationRow> rows(LocalDate from, LocalDate to, String language) {
        Instant now = settings.clock().instant();
        StatusRule rule = settings.statusRule();
        Map<Long, Category> byId = new HashMap<>();
        categories.all().forEach(c -> byId.put(c.getId(), c));
        Map<Long, List<Rule>> rules = new HashMap<>();
        catalogRules.forUnit().forEach(c -> rules.put(c.categoryId(), c.rules()));
        List<Rule> portal = catalogRules.portalRules();
        LocalDate veryOverdueBefore = rule.veryOverdueBefore(rule.today(now));
        return obligations.forDashboard(from, to).stream().map(o -> {
            List<Rule> ofCategory = o.getCategoryId() == null ? portal : rules.getOrDefault(o.getCategoryId(), List.of());
            String words = o.getRuleIndex() < ofCategory.size()
                    ? RuleWording.rule(ofCategory.get(o.getRuleIndex()), language) : o.getLegalBasis();
            Category category = o.getCategoryId() == null ? null : byId.get(o.getCategoryId());
            String name = category == null ? ("en".equals(language) ? "Whole portal" : "Toàn cổng")
                    : category.name(language);
            ObligationStatus status = rule.statusOf(o.due(), o.getMetAt(), now);
            return new ObligationRow(o, status, words, name, category == null ? null : category.getCode(),
                    StatusRule.isVeryOverdue(o.due(), o.getMetAt(), veryOverdueBefore));
        }).sorted(Comparator.comparingInt((ObligationRow r) -> r.status().urgency())
                .thenComparing(r -> r.obligation().getCountedOn())
                .thenComparing(r -> r.obligation().getId())).toList();
    }
}
