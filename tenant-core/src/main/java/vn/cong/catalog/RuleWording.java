package vn.cong.catalog;

import java.util.List;
import java.util.stream.Collectors;
import vn.cong.platform.Messages;

/**
 * The catalog's rules in words, Vietnamese or English ({@code vn/cong/catalog/words*.properties}): "Trong 2 ngày làm
 * việc kể từ ngày ký" / "Within 2 working days of signing". Used by the public catalog of published information and
 * the back office, so that both say the same thing.
 */
public final class RuleWording {

    private static final String BUNDLE = "vn.cong.catalog.words";

    private RuleWording() {
    }

    /** All rules of a category, one sentence each, joined with "; ". */
    public static String rules(List<Rule> rules, String language) {
        return rules.isEmpty() ? word(language, "rules.none")
                : rules.stream().map(rule -> rule(rule, language)).collect(Collectors.joining("; "));
    }

    public static String rule(Rule rule, String language) {
        String text;
        if (rule.deadline() != null) {
            text = deadline(rule.deadline(), rule.trigger(), language);
            if (rule.recurrence() != null) {
                text = recurrence(rule.recurrence(), language) + "; " + text;
            }
        } else {
            text = recurrence(rule.recurrence(), language);
            if (rule.trigger() != null) {
                text = word(language, "recurrence.when", text, word(language, "trigger." + rule.trigger().name()));
            }
        }
        if (rule.condition() != null) {
            text += word(language, "condition", word(language, "condition." + rule.condition().name()));
        }
        return text;
    }

    public static String deadline(Deadline deadline, Trigger trigger, String language) {
        if (trigger == null) {
            return word(language, "deadline." + deadline.kind().name() + ".none");
        }
        return word(language, "deadline." + deadline.kind().name(), deadline.amount(),
                word(language, "trigger." + trigger.name()));
    }

    public static String recurrence(Recurrence recurrence, String language) {
        return word(language, "recurrence." + recurrence.kind().name() + (recurrence.alsoOnDaysOff() ? ".daysOff" : ""));
    }

    public static String retention(Retention retention, String language) {
        return retention == null ? word(language, "retention.none")
                : word(language, "retention." + retention.kind().name(), retention.years());
    }

    /** "VP Art. 6.2" as the language writes it ("VP Điều 6.2"). */
    public static String legalBasis(String basis, String language) {
        return basis == null ? "" : basis.replace("Art.", word(language, "basis.article"));
    }

    /** Words for a category that has no rule of its own but sub-categories that do. */
    public static String seeChildren(String language) {
        return word(language, "rules.children");
    }

    private static String word(String language, String key, Object... arguments) {
        return Messages.formatFrom(BUNDLE, language, key, arguments);
    }
}
