package vn.cong.royalty;

import vn.cong.platform.Vietnam;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.cong.audit.AuditEvent;
import vn.cong.audit.AuditLog;
import vn.cong.catalog.Category;
import vn.cong.catalog.CategoryRepository;
import vn.cong.catalog.ContentType;
import vn.cong.editorial.Item;
import vn.cong.editorial.ItemPublished;
import vn.cong.editorial.ItemRepository;
import vn.cong.identity.Actor;
import vn.cong.platform.DomainException;

/**
 * The royalty ledger of the current unit: lines written by publication, and the secretariat's adjustments.
 *
 * <p>Lines are written by a <em>synchronous</em> observer of {@link ItemPublished}, inside the transaction that makes
 * the item public: the publication and what it owes commit together or not at all. Written after commit instead,
 * a crash or a failure between the two would leave a published item nobody is paid for, with nothing to retry it;
 * here a failure to record rolls the publication back and says so (a person sees the refusal, the scheduler marks
 * the item PUBLISH_FAILED — an alert, never a silent loss). Nothing here leaves the database, so nothing slow or
 * remote can hold a publication up. A missing coefficient or base value is no failure: nothing is owed for that
 * kind of work.
 *
 * <p>An item is paid once: when it already has publication lines (published, unpublished, published again) nothing
 * more is written, and the database's unique publication key backs that up against two concurrent publications.
 */
@ApplicationScoped
@Transactional
public class RoyaltyLedger {

    /** The audit log's name for lines written by publication. */
    public static final String SYSTEM = "Hệ thống (nhuận bút)";

    @Inject
    RoyaltyRepository royalties;

    @Inject
    ItemContributions contributions;

    @Inject
    ItemRepository items;

    @Inject
    CategoryRepository categories;

    @Inject
    PersonNames names;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    void onPublished(@Observes ItemPublished event) {
        if (!event.isPeoplesWork()) {
            return;
        }
        Item item = items.find(event.itemId()).orElseThrow(() -> new IllegalStateException(
                "published item " + event.itemId() + " is not in unit " + event.unitId()));
        recordPublication(item, event.contributors(), event.publishedAt());
    }

    /** Writes the lines an item's publication earns (nothing when it was paid before); returns them. */
    public List<RoyaltyLine> recordPublication(Item item, Set<Long> revisers, Instant publishedAt) {
        if (royalties.paidForPublication(item.getId())) {
            audit.record(new AuditEvent(null, SYSTEM, null, "ROYALTY_ALREADY_PAID", Item.AUDIT_SUBJECT, item.getId(),
                    null, null, "Tin bài đã được tính nhuận bút ở lần xuất bản trước; không tính lại."));
            return List.of();
        }
        ContentType type = categories.find(item.getCategoryId()).map(Category::getContentType)
                .orElseThrow(() -> new DomainException(409, "publication.category-missing"));
        List<Credit> credits = contributions.settleOnPublication(item, revisers, publishedAt);
        LocalDate day = LocalDate.ofInstant(publishedAt, Vietnam.ZONE);
        RoyaltySchedule schedule = royalties.schedule();
        Optional<BigDecimal> base = schedule.baseValueOn(day);
        YearMonth period = royalties.openPeriodFrom(YearMonth.from(day));
        List<RoyaltyLine> lines = new ArrayList<>();
        for (Map.Entry<ContributionKind, List<Contributor>> kind : byKind(credits).entrySet()) {
            Optional<BigDecimal> coefficient = schedule.coefficientOn(type, kind.getKey(), day);
            if (coefficient.isEmpty() || base.isEmpty()) {
                continue;
            }
            List<Contributor> people = kind.getValue();
            List<BigDecimal> shares = RoyaltyAmount.split(RoyaltyAmount.of(coefficient.get(), base.get()), people.size());
            for (int i = 0; i < people.size(); i++) {
                Contributor person = people.get(i);
                RoyaltyLine line = RoyaltyLine.publication(period, item.getId(), item.getTitle(), type, kind.getKey(),
                        person, names.of(person), coefficient.get(), base.get(), people.size(), shares.get(i),
                        publishedAt);
                royalties.add(line);
                lines.add(line);
            }
        }
        audit.record(new AuditEvent(null, SYSTEM, null, "ROYALTY_RECORDED", Item.AUDIT_SUBJECT, item.getId(), null,
                null, summary(lines, period, base.isPresent())));
        return lines;
    }

    /** A correction written by the secretariat into an open month (a locked month is corrected in a later one). */
    public RoyaltyLine adjust(Actor actor, YearMonth period, Contributor person, ContributionKind kind,
                              BigDecimal amount, String note, String address) {
        if (!RoyaltyPolicy.canAdjust(actor)) {
            throw new DomainException(403, "royalty.adjust.forbidden");
        }
        if (amount == null || amount.signum() == 0 || amount.stripTrailingZeros().scale() > 0) {
            throw new DomainException(422, "royalty.amount.invalid", amount == null ? "" : amount.toPlainString());
        }
        if (note == null || note.isBlank()) {
            throw new DomainException(422, "royalty.adjust.note-required");
        }
        RoyaltySheet sheet = royalties.sheetForMove(period);
        if (!sheet.getState().isOpen()) {
            throw new DomainException(409, "royalty.sheet.closed", period.toString(), sheet.getState().name());
        }
        RoyaltyLine line = RoyaltyLine.adjustment(period, person, names.of(person), kind, null, null, amount,
                note.strip(), actor.accountId(), clock.instant());
        royalties.add(line);
        audit.record(new AuditEvent(actor.accountId(), actor.username(), address, "ROYALTY_ADJUST",
                RoyaltySheet.AUDIT_SUBJECT, sheet.getId(), null, null, period + " — " + line.getPersonName() + ": "
                + line.getAmount().toPlainString() + " đồng — " + line.getNote()));
        return line;
    }

    private static Map<ContributionKind, List<Contributor>> byKind(List<Credit> credits) {
        Map<ContributionKind, List<Contributor>> byKind = new LinkedHashMap<>();
        for (Credit credit : credits) {
            byKind.computeIfAbsent(credit.kind(), k -> new ArrayList<>()).add(credit.contributor());
        }
        return byKind;
    }

    private static String summary(List<RoyaltyLine> lines, YearMonth period, boolean hasBase) {
        if (!hasBase) {
            return "Chưa có giá trị đơn vị hệ số nhuận bút: không ghi dòng nhuận bút nào.";
        }
        BigDecimal total = lines.stream().map(RoyaltyLine::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return lines.size() + " dòng nhuận bút, " + total.toPlainString() + " đồng, tính vào tháng " + period;
    }
}
