package vn.cong.catalog;

import java.util.List;

/** A category's rules and retention, compared and replaced together (the {@link CategoryField#RULES} field). */
public record RuleSet(List<Rule> rules, Retention retention) {

    public RuleSet {
        rules = List.copyOf(rules);
    }

    public boolean isEmpty() {
        return rules.isEmpty() && retention == null;
    }
}
