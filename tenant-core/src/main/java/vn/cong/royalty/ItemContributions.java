package vn.cong.royalty;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.cong.audit.AuditEvent;
import vn.cong.audit.AuditLog;
import vn.cong.board.BoardDirectory;
import vn.cong.board.BoardSeat;
import vn.cong.editorial.Item;
import vn.cong.editorial.ItemRevisions;
import vn.cong.editorial.ItemRepository;
import vn.cong.editorial.ItemState;
import vn.cong.identity.Actor;
import vn.cong.platform.DomainException;

/**
 * Who contributed what to an item of the current unit. Until the secretariat settles the list it is the workflow's
 * ({@link ContributionDefaults}); the secretariat may change it until the item is published — after that the lines
 * are written and a correction is an adjustment on the monthly sheet. Accounts must belong to the unit (hold a role
 * in it or be homed there); anyone else is an outside collaborator, by name.
 */
@ApplicationScoped
@Transactional
public class ItemContributions {

    @Inject
    RoyaltyRepository royalties;

    @Inject
    ItemRepository items;

    @Inject
    BoardDirectory board;

    @Inject
    AuditLog audit;

    @Inject
    ItemRevisions revisions;

    @Inject
    PersonNames names;

    @Inject
    Clock clock;

    public ItemCredits of(Actor actor, long itemId) {
        if (!RoyaltyPolicy.canRead(actor) && !RoyaltyPolicy.canSettleContributions(actor)) {
            throw new DomainException(403, "royalty.forbidden");
        }
        Item item = require(itemId);
        boolean open = isOpen(item);
        return royalties.contributorList(itemId)
                .map(list -> new ItemCredits(item, credits(itemId), true, open))
                .orElseGet(() -> new ItemCredits(item, ContributionDefaults.of(item, revisers(item)), false, open));
    }

    /** Replaces the item's contributors (the secretariat, before publication). */
    public ItemCredits settle(Actor actor, long itemId, List<Credit> credits, String address) {
        if (!RoyaltyPolicy.canSettleContributions(actor)) {
            throw new DomainException(403, "royalty.contributors.forbidden");
        }
        Item item = require(itemId);
        if (!isOpen(item)) {
            throw new DomainException(409, "royalty.contributors.closed", item.getState().name());
        }
        requireValid(actor.unitId(), credits);
        Instant now = clock.instant();
        royalties.removeContributions(itemId);
        credits.forEach(credit -> royalties.add(new Contribution(itemId, credit.kind(), credit.contributor())));
        royalties.contributorList(itemId).ifPresentOrElse(list -> list.settle(actor.accountId(), now),
                () -> royalties.add(new ContributorList(itemId, actor.accountId(), now)));
        audit.record(new AuditEvent(actor.accountId(), actor.username(), address, "ROYALTY_CONTRIBUTORS",
                Item.AUDIT_SUBJECT, itemId, item.getState().name(), item.getState().name(), describe(credits)));
        return new ItemCredits(item, credits, true, true);
    }

    /**
     * At publication: the settled list, or the workflow's defaults settled now (so the record says who was paid for
     * what, and why). {@code revisers} are the accounts of the publication event.
     */
    List<Credit> settleOnPublication(Item item, Set<Long> revisers, Instant at) {
        if (royalties.contributorList(item.getId()).isPresent()) {
            return credits(item.getId());
        }
        List<Credit> defaults = ContributionDefaults.of(item, revisers);
        defaults.forEach(credit -> royalties.add(new Contribution(item.getId(), credit.kind(), credit.contributor())));
        royalties.add(new ContributorList(item.getId(), null, at));
        return defaults;
    }

    /** "Viết tin, bài: Nguyễn Thu Hà; Ảnh: Nguyễn Văn An (ngoài)" — for audit lines and screens. */
    public String describe(List<Credit> credits) {
        if (credits.isEmpty()) {
            return "—";
        }
        return credits.stream().map(c -> c.kind().displayName("vi") + ": " + names.of(c.contributor())
                + (c.contributor().isAccount() ? "" : " (ngoài)")).collect(Collectors.joining("; "));
    }

    private List<Credit> credits(long itemId) {
        return royalties.contributions(itemId).stream().map(c -> new Credit(c.getKind(), c.contributor())).toList();
    }

    private Item require(long itemId) {
        return items.find(itemId).orElseThrow(() -> new DomainException(404, "item.not-found", itemId));
    }

    private boolean isOpen(Item item) {
        return item.getState() != ItemState.PUBLISHED && !item.getState().isAfterPublication()
                && !royalties.paidForPublication(item.getId());
    }

    private void requireValid(long unitId, List<Credit> credits) {
        Set<Long> members = board.seats(unitId).stream().map(BoardSeat::account).map(a -> a.getId())
                .collect(Collectors.toSet());
        Set<String> seen = new HashSet<>();
        for (Credit credit : credits) {
            Contributor person = credit.contributor();
            if (person.isAccount() && !members.contains(person.accountId())) {
                throw new DomainException(422, "royalty.contributor.not-in-unit", person.accountId());
            }
            if (!seen.add(credit.kind() + "|" + person.key())) {
                throw new DomainException(422, "royalty.contributor.duplicate", names.of(person),
                        credit.kind().displayName("vi"));
            }
        }
    }

    /** Accounts that wrote the item's text (its revisions' savers), as the publication event counts them. */
    private Set<Long> revisers(Item item) {
        return revisions.savers(item.getId());
    }
}
