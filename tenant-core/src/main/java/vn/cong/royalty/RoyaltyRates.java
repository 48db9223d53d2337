package vn.cong.royalty;

import vn.cong.platform.Vietnam;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import vn.cong.audit.AuditEvent;
import vn.cong.audit.AuditLog;
import vn.cong.catalog.ContentType;
import vn.cong.identity.Actor;
import vn.cong.platform.DomainException;

/**
 * The board's coefficients and base value for the current unit, as dated versions (BNV Art. 4.3đ, 4.6h). A version
 * takes effect from a day that is today or later — what was paid before stays as it was paid; a version not yet in
 * effect (or taking effect today) may be corrected. Every change is an audit line.
 */
@ApplicationScoped
@Transactional
public class RoyaltyRates {

    /** Subject type of the rates' audit lines. */
    public static final String AUDIT_SUBJECT = "ROYALTY_RATE";

    @Inject
    RoyaltyRepository royalties;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public RoyaltySchedule schedule(Actor actor) {
        if (!RoyaltyPolicy.canRead(actor)) {
            throw new DomainException(403, "royalty.forbidden");
        }
        return royalties.schedule();
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Vietnam.ZONE);
    }

    public RoyaltyRate setRate(Actor actor, ContentType type, ContributionKind kind, BigDecimal coefficient,
                               LocalDate from, String address) {
        requireSetter(actor);
        if (type == null || kind == null || coefficient == null || coefficient.signum() < 0) {
            throw new DomainException(422, "royalty.rate.incomplete");
        }
        requireNotBackdated(from);
        Optional<RoyaltyRate> existing = royalties.rate(type, kind, from);
        String before = existing.map(r -> r.getCoefficient().toPlainString()).orElse("—");
        RoyaltyRate rate = existing.orElseGet(() -> {
            RoyaltyRate created = new RoyaltyRate(type, kind, from, coefficient, actor.accountId(), clock.instant());
            royalties.add(created);
            return created;
        });
        rate.correct(coefficient, actor.accountId(), clock.instant());
        audit.record(new AuditEvent(actor.accountId(), actor.username(), address, "ROYALTY_RATE_SET", AUDIT_SUBJECT,
                rate.getId(), null, null, type + " × " + kind + " từ " + from + ": " + before + " → "
                + coefficient.toPlainString()));
        return rate;
    }

    public RoyaltyBaseValue setBaseValue(Actor actor, BigDecimal amount, LocalDate from, String address) {
        requireSetter(actor);
        if (amount == null || amount.signum() <= 0) {
            throw new DomainException(422, "royalty.base.invalid");
        }
        requireNotBackdated(from);
        Optional<RoyaltyBaseValue> existing = royalties.baseValue(from);
        String before = existing.map(b -> b.getAmount().toPlainString()).orElse("—");
        RoyaltyBaseValue value = existing.orElseGet(() -> {
            RoyaltyBaseValue created = new RoyaltyBaseValue(from, amount, actor.accountId(), clock.instant());
            royalties.add(created);
            return created;
        });
        value.correct(amount, actor.accountId(), clock.instant());
        audit.record(new AuditEvent(actor.accountId(), actor.username(), address, "ROYALTY_BASE_SET", AUDIT_SUBJECT,
                value.getId(), null, null, "giá trị một đơn vị hệ số từ " + from + ": " + before + " → "
                + RoyaltyAmount.whole(amount).toPlainString() + " đồng"));
        return value;
    }

    /** Seeds and imports only: versions from a past date, with no actor (the demo's rates). */
    public void seed(LocalDate from, BigDecimal baseValue,
                     Map<ContentType, Map<ContributionKind, BigDecimal>> rates) {
        royalties.add(new RoyaltyBaseValue(from, baseValue, null, clock.instant()));
        rates.forEach((type, byKind) -> byKind.forEach((kind, coefficient) ->
                royalties.add(new RoyaltyRate(type, kind, from, coefficient, null, clock.instant()))));
    }

    private static void requireSetter(Actor actor) {
        if (!RoyaltyPolicy.canSetRates(actor)) {
            throw new DomainException(403, "royalty.rates.forbidden");
        }
    }

    private void requireNotBackdated(LocalDate from) {
        if (from == null) {
            throw new DomainException(422, "royalty.date.invalid", "");
        }
        if (from.isBefore(today())) {
            throw new DomainException(422, "royalty.rate.backdated", from.toString());
        }
    }
}
