package vn.cong.compliance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import vn.cong.board.BoardDirectory;
import vn.cong.catalog.CatalogRules;
import vn.cong.catalog.CategoryRepository;
import vn.cong.catalog.CategoryRules;
import vn.cong.catalog.Recurrence;
import vn.cong.catalog.Rule;
import vn.cong.identity.Role;
import vn.cong.identity.RoleGrant;
import vn.cong.platform.TenantBoundEntityManager;
import vn.cong.tenancy.Unit;

/**
 * One unit's evaluation, in its own transaction as that unit: the periods of its periodic rules (each category's and
 * the portal's) get their obligation, met at once by a publication already made in the period; then every open
 * obligation's status is seen afresh and an {@link ObligationAlert} is fired, once, when one becomes due soon or
 * overdue — to the unit's focal officers and secretariat.
 */
@ApplicationScoped
public class UnitEvaluation {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    TenantBoundEntityManager entityManagers;

    @Inject
    ObligationRepository obligations;

    @Inject
    CatalogRules catalogRules;

    @Inject
    CategoryRepository categories;

    @Inject
    BoardDirectory board;

    @Inject
    ComplianceSettings settings;

    @Inject
    Event<ObligationAlert> alerts;

    /** What one evaluation did. */
    public record Outcome(int periodsOpened, int statusesChanged, int alertsFired) {

        Outcome plus(Outcome other) {
            return new Outcome(periodsOpened + other.periodsOpened, statusesChanged + other.statusesChanged,
                    alertsFired + other.alertsFired);
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Outcome evaluate(Unit unit) {
        return entityManagers.runAs(unit, () -> {
            int opened = openPeriods(unit.getCreatedAt().atZone(settings.zone()).toLocalDate());
            return refresh(unit).plus(new Outcome(opened, 0, 0));
        });
    }

    /** Periods of the periodic rules; none that was due before the portal existed ({@code since}). */
    private int openPeriods(LocalDate since) {
        Instant now = settings.clock().instant();
        LocalDate today = settings.today();
        ZoneId zone = settings.zone();
        int opened = 0;
        List<Rule> portal = catalogRules.portalRules();
        for (int index = 0; index < portal.size(); index++) {
            opened += open(null, index, portal.get(index), today, since, zone, now);
        }
        for (CategoryRules category : catalogRules.forUnit()) {
            for (int index = 0; index < category.rules().size(); index++) {
                opened += open(category.categoryId(), index, category.rules().get(index), today, since, zone, now);
            }
        }
        return opened;
    }

    private int open(Long categoryId, int index, Rule rule, LocalDate today, LocalDate since, ZoneId zone,
                     Instant now) {
        if (!RecurrencePeriods.isEvaluated(rule)) {
            return 0;
        }
        int opened = 0;
        for (Recurrence.Period period : RecurrencePeriods.around(rule, today, settings.calendar())) {
            String key = "REC:" + (categoryId == null ? "portal" : categoryId) + ":" + index + ":" + period.start();
            if (period.due().isBefore(since) || obligations.byKey(key).isPresent()) {
                continue;
            }
            Instant starts = period.start().atStartOfDay(zone).toInstant();
            Obligation obligation = Obligation.ofPeriod(categoryId, index, rule.legalBasis(), period,
                    Due.of(period, zone), starts, subject(categoryId, period), key, now);
            obligations.add(obligation);
            Instant ends = period.end().plusDays(1).atStartOfDay(zone).toInstant();
            obligations.firstPublication(categoryId, starts, ends).ifPresent(first ->
                    obligation.meet((Instant) first[0], (Long) first[1], settings.statusRule(), now));
            opened++;
        }
        return opened;
    }

    private String subject(Long categoryId, Recurrence.Period period) {
        String span = period.start().equals(period.end()) ? DAY.format(period.end())
                : DAY.format(period.start()) + " – " + DAY.format(period.end());
        String what = categoryId == null ? "Thông tin mới trên cổng"
                : categories.find(categoryId).map(c -> c.name("vi")).orElse("?");
        return what + " (" + span + ")";
    }

    private Outcome refresh(Unit unit) {
        Instant now = settings.clock().instant();
        StatusRule rule = settings.statusRule();
        int changed = 0;
        int fired = 0;
        Set<Long> recipients = null;
        for (Obligation obligation : obligations.openWithDueDate()) {
            if (obligation.refresh(rule, now)) {
                changed++;
            }
            if (obligation.getStatus().isAlerting() && obligation.markAlerted(now)) {
                if (recipients == null) {
                    recipients = recipients(unit.getId());
                }
                alerts.fire(new ObligationAlert(unit.getId(), obligation.getId(), obligation.getCategoryId(),
                        obligation.getSubject(), obligation.getStatus(), obligation.getDueAt(), obligation.getDueOn(),
                        obligation.getLegalBasis(), recipients, now));
                fired++;
            }
        }
        return new Outcome(0, changed, fired);
    }

    /** The unit's focal officers and secretariat (the focal officers' grants name no category: all of them). */
    private Set<Long> recipients(long unitId) {
        Set<Long> ids = new TreeSet<>();
        for (RoleGrant grant : board.holders(unitId, Set.of(Role.FOCAL_OFFICER, Role.SECRETARIAT))) {
            ids.add(grant.getAccountId());
        }
        return ids;
    }
}
