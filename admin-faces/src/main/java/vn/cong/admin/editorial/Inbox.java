package vn.cong.admin.editorial;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.cong.admin.shell.BackOffice;
import vn.cong.editorial.EditorialService;
import vn.cong.editorial.Item;
import vn.cong.editorial.ItemRepository;
import vn.cong.editorial.ItemState;
import vn.cong.editorial.RejectionReason;
import vn.cong.identity.Role;

/** Hộp việc: what waits for the secretariat's decision, oldest first, and the person's own items. */
@Named
@RequestScoped
@Transactional
public class Inbox {

    @Inject
    BackOffice backOffice;

    @Inject
    ItemRepository items;

    @Inject
    EditorialService editorial;

    private Map<String, RejectionReason> reasons;

    public boolean isDecides() {
        return backOffice.actor() != null && backOffice.actor().holdsAny(Role.SECRETARIAT, Role.HEAD);
    }

    public List<Item> getWaiting() {
        return isDecides() ? items.inState(ItemState.SUBMITTED) : List.of();
    }

    public List<Item> getMine() {
        return backOffice.actor() == null ? List.of() : items.createdBy(backOffice.actor().accountId());
    }

    /** How long an item has waited, in hours (MIC Art. 14.1 asks for editing within 4 working hours). */
    public long hoursWaiting(Item item) {
        return Duration.between(item.getUpdatedAt(), Instant.now()).toHours();
    }

    public String reasonName(String code) {
        if (code == null) {
            return "";
        }
        if (reasons == null) {
            reasons = editorial.rejectionReasons().stream()
                    .collect(Collectors.toMap(RejectionReason::getCode, Function.identity()));
        }
        RejectionReason reason = reasons.get(code);
        return reason == null ? code : reason.name(backOffice.getLanguage());
    }
}
