package vn.cong.catalog;

import java.util.List;

/**
 * What the law (as the unit's catalog now says) asks of one category: its rules and its retention. The input of the
 * compliance engine and of retention runs; obtained from {@link CatalogRules}.
 */
public record CategoryRules(long categoryId, String code, List<Rule> rules, Retention retention) {

    public CategoryRules {
        rules = List.copyOf(rules);
    }

    public List<Rule> eventDriven() {
        return rules.stream().filter(Rule::isEventDriven).toList();
    }

    public List<Rule> recurring() {
        return rules.stream().filter(Rule::isRecurring).toList();
    }
}
