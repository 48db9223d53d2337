package vn.cong.compliance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.cong.catalog.CatalogRules;
import vn.cong.catalog.Rule;
import vn.cong.catalog.RuleCondition;
import vn.cong.content.ItemFactsChanged;
import vn.cong.editorial.Item;
import vn.cong.editorial.ItemPublished;
import vn.cong.editorial.ItemRepository;
import vn.cong.editorial.ItemState;

/**
 * Obligations that items raise and meet, in the transaction of the change itself:
 * <ul>
 *   <li>an item's structured facts carry a trigger date ({@link ItemFactsChanged}) → one obligation per rule of its
 *       category with that trigger (the general case, or the issuing body's), due per the rule and the working
 *       calendar; a corrected date moves the due date, a removed one withdraws the open obligation;</li>
 *   <li>an item goes public ({@link ItemPublished}) → the obligations it concerns are met (on time or late), and so
 *       is the open period of each recurrence of its category and of the whole portal.</li>
 * </ul>
 */
@ApplicationScoped
@Transactional
public class ComplianceEngine {

    @Inject
    ObligationRepository obligations;

    @Inject
    CatalogRules catalogRules;

    @Inject
    ItemRepository items;

    @Inject
    ComplianceSettings settings;

    void onFacts(@Observes ItemFactsChanged facts) {
        Instant now = settings.clock().instant();
        List<Rule> rules = catalogRules.forCategory(facts.categoryId()).rules();
        Set<String> wanted = new HashSet<>();
        for (int index = 0; index < rules.size(); index++) {
            Rule rule = rules.get(index);
            LocalDate day = rule.trigger() == null ? null : facts.triggers().get(rule.trigger());
            if (day == null || !appliesToOwnItems(rule)) {
                continue;
            }
            String key = "ITEM:" + facts.itemId() + ":" + facts.categoryId() + ":" + index;
            wanted.add(key);
            ZonedDateTime moment = day.atStartOfDay(settings.zone());
            Due due = Due.of(rule, moment, settings.calendar());
            Obligation obligation = obligations.byKey(key).orElse(null);
            if (obligation == null) {
                obligation = Obligation.ofEvent(ObligationSource.ITEM, facts.categoryId(), index, rule.legalBasis(),
                        rule.trigger(), moment.toInstant(), day, due, facts.title(), key, now);
                obligation.concern(facts.itemId(), null);
                obligations.add(obligation);
            } else if (!day.equals(obligation.getTriggerOn())) {
                obligation.retrigger(moment.toInstant(), day, due, now);
            }
            obligation.retitle(facts.title());
            Item item = items.find(facts.itemId()).orElse(null);
            if (obligation.getMetAt() == null && item != null && item.getState() == ItemState.PUBLISHED) {
                obligation.meet(item.getPublishedAt(), item.getId(), settings.statusRule(), now);
            }
        }
        for (Obligation stale : obligations.ofItem(facts.itemId())) {
            if (stale.getSource() == ObligationSource.ITEM && stale.getMetAt() == null
                    && !wanted.contains(stale.getDedupeKey())) {
                obligations.remove(stale);
            }
        }
    }

    void onPublished(@Observes ItemPublished published) {
        if (!published.isPeoplesWork()) {
            return; // a new unit's default pages: no obligation is open for a unit opened this moment
        }
        Instant now = settings.clock().instant();
        StatusRule rule = settings.statusRule();
        for (Obligation obligation : obligations.ofItem(published.itemId())) {
            if (obligation.getMetAt() == null) {
                obligation.meet(published.publishedAt(), published.itemId(), rule, now);
            }
        }
        Item item = items.find(published.itemId()).orElse(null);
        if (item != null) {
            LocalDate day = published.publishedAt().atZone(settings.zone()).toLocalDate();
            for (Obligation period : obligations.openPeriodsContaining(day, item.getCategoryId())) {
                period.meet(published.publishedAt(), item.getId(), rule, now);
            }
        }
    }

    /** An item of the unit's own is the issuing body's document: the general rules and the issuing body's apply. */
    private static boolean appliesToOwnItems(Rule rule) {
        return (rule.isEventDriven() || rule.isRecurring())
                && (rule.condition() == null || rule.condition() == RuleCondition.ISSUING_BODY);
    }
}
