package vn.cong.compliance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import vn.cong.catalog.CatalogRules;
import vn.cong.catalog.Category;
import vn.cong.catalog.CategoryRepository;
import vn.cong.catalog.Rule;
import vn.cong.catalog.RuleCondition;
import vn.cong.catalog.Trigger;
import vn.cong.editorial.Item;
import vn.cong.editorial.ItemRepository;
import vn.cong.editorial.ItemState;
import vn.cong.identity.Actor;
import vn.cong.platform.DomainException;

/**
 * Obligations reported from outside the portal ({@link Registration}): "document signed, not yet published" from
 * the e-office system, "contact data changed", "question received". One obligation per rule of the category with
 * that trigger and case (422 when the category has none: nothing to comply with); the same reference registered
 * again returns what the first registration made. Linking an obligation to an item makes its publication meet it.
 */
@ApplicationScoped
@Transactional
public class Registrations {

    @Inject
    ObligationRepository obligations;

    @Inject
    CategoryRepository categories;

    @Inject
    CatalogRules catalogRules;

    @Inject
    ItemRepository items;

    @Inject
    ComplianceSettings settings;

    public List<Obligation> register(Actor actor, Registration registration) {
        if (!CompliancePolicy.mayRegister(actor)) {
            throw new DomainException(403, "compliance.forbidden");
        }
        List<Obligation> made = make(registration, false);
        if (made.isEmpty()) {
            throw new DomainException(422, "compliance.rule.none",
                    registration.trigger().strip().toUpperCase(Locale.ROOT), registration.category() == null ? "—" : registration.category());
        }
        return made;
    }

    /**
     * An event the portal itself received — a citizen's question in the current unit: nobody's permission to check,
     * and no refusal when the unit's catalog has no rule for it (the question is received all the same; its
     * obligations are then none).
     */
    public List<Obligation> registerReceived(Registration registration) {
        return make(registration, true);
    }

    /**
     * What a received event awaited happened outside the item workflow — a citizen's question answered, sent on to
     * the competent unit or closed: its obligation of the current unit is met at {@code at} (on time or late).
     */
    public void closeReceived(long obligationId, Instant at) {
        obligations.find(obligationId).filter(o -> o.getMetAt() == null)
                .ifPresent(o -> o.meet(at, null, settings.statusRule(), settings.clock().instant()));
    }

    /** {@code lenient}: a category the unit does not have makes no obligation instead of a 422. */
    private List<Obligation> make(Registration registration, boolean lenient) {
        Trigger trigger = parse(Trigger.class, registration.trigger(), "compliance.trigger.invalid");
        if (trigger == null) {
            throw new DomainException(422, "compliance.trigger.invalid", registration.trigger());
        }
        RuleCondition condition = parse(RuleCondition.class, registration.condition(), "compliance.condition.invalid");
        ZonedDateTime occurred = occurredAt(registration.occurredAt());
        String subject = registration.subject() == null || registration.subject().isBlank()
                ? null : registration.subject().strip();
        if (subject == null) {
            throw new DomainException(422, "compliance.subject.required");
        }
        Long categoryId = null;
        List<Rule> rules;
        if (registration.category() == null || registration.category().isBlank()) {
            rules = catalogRules.portalRules();
        } else {
            Optional<Category> found = categories.byCode(registration.category().strip());
            if (found.isEmpty() && lenient) {
                return List.of();
            }
            Category category = found
                    .orElseThrow(() -> new DomainException(422, "compliance.category.unknown", registration.category()));
            categoryId = category.getId();
            rules = catalogRules.forCategory(categoryId).rules();
        }
        String reference = registration.reference() == null || registration.reference().isBlank()
                ? UUID.randomUUID().toString() : registration.reference().strip();
        Instant now = settings.clock().instant();
        List<Obligation> made = new ArrayList<>();
        for (int index = 0; index < rules.size(); index++) {
            Rule rule = rules.get(index);
            if (rule.trigger() != trigger || rule.condition() != condition) {
                continue;
            }
            String key = shorten("REG:" + (categoryId == null ? "portal" : categoryId) + ":" + index + ":" + reference);
            Obligation obligation = obligations.byKey(key).orElse(null);
            if (obligation == null) {
                LocalDate day = occurred.withZoneSameInstant(settings.zone()).toLocalDate();
                obligation = Obligation.ofEvent(ObligationSource.REGISTERED, categoryId, index, rule.legalBasis(),
                        trigger, occurred.toInstant(), day, Due.of(rule, occurred, settings.calendar()), subject, key, now);
                obligation.concern(null, reference);
                obligations.add(obligation);
                obligation.refresh(settings.statusRule(), now);
            }
            made.add(obligation);
        }
        return made;
    }

    /** The item that fulfils a registered obligation: met at once when it is already public, else when it goes public. */
    public Obligation link(Actor actor, long obligationId, long itemId) {
        if (!CompliancePolicy.mayRegister(actor)) {
            throw new DomainException(403, "compliance.forbidden");
        }
        Obligation obligation = obligations.find(obligationId)
                .orElseThrow(() -> new DomainException(404, "compliance.obligation.not-found", obligationId));
        Item item = items.find(itemId).orElseThrow(() -> new DomainException(422, "item.not-found", itemId));
        if (obligation.getSource() != ObligationSource.REGISTERED) {
            throw new DomainException(409, "compliance.link.not-registered");
        }
        obligation.concern(item.getId(), obligation.getExternalRef());
        if (obligation.getMetAt() == null && item.getState() == ItemState.PUBLISHED) {
            obligation.meet(item.getPublishedAt(), item.getId(), settings.statusRule(), settings.clock().instant());
        }
        return obligation;
    }

    private ZonedDateTime occurredAt(String text) {
        if (text == null || text.isBlank()) {
            throw new DomainException(422, "compliance.occurred.invalid", text);
        }
        try {
            return text.strip().length() == 10
                    ? LocalDate.parse(text.strip()).atStartOfDay(settings.zone())
                    : OffsetDateTime.parse(text.strip()).toZonedDateTime();
        } catch (DateTimeParseException e) {
            throw new DomainException(422, "compliance.occurred.invalid", text);
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String text, String key) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new DomainException(422, key, text);
        }
    }

    private static String shorten(String key) {
        return key.length() <= 191 ? key : key.substring(0, 191);
    }
}
