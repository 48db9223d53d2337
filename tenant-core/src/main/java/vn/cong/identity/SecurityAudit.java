package vn.cong.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.logging.Logger;
import vn.cong.audit.AuditEvent;
import vn.cong.audit.AuditLog;
import vn.cong.platform.TenantBoundEntityManager;
import vn.cong.tenancy.ResolvedHost;
import vn.cong.tenancy.TenantContext;
import vn.cong.tenancy.UnitRepository;

/**
 * Audit lines of account security (locks, unlocks, second factor, sessions, deactivation). An account's line
 * goes to its home unit's log — where its administrators look — whatever host the event happened on. Call it
 * last in a transaction: writing to another unit's log flushes and clears the persistence context.
 */
@ApplicationScoped
@Transactional
public class SecurityAudit {

    public static final String SUBJECT_ACCOUNT = "ACCOUNT";
    public static final String SUBJECT_ADDRESS = "ADDRESS";
    public static final String SYSTEM = "system";
    private static final Logger LOG = Logger.getLogger(SecurityAudit.class.getName());

    @Inject
    AuditLog audit;

    @Inject
    TenantContext tenant;

    @Inject
    UnitRepository units;

    @Inject
    TenantBoundEntityManager entityManagers;

    /** A line in {@code unitId}'s log (the request's unit when null). */
    public void record(Long unitId, Long actorId, String actorName, String address, String action,
                       String subjectType, Long subjectId, String detail) {
        Long current = tenant.current().map(ResolvedHost::unitId).orElse(null);
        Long target = unitId != null ? unitId : current;
        AuditEvent event = new AuditEvent(actorId, actorName == null ? SYSTEM : actorName, address, action,
                subjectType, subjectId, null, null, detail);
        if (target == null) {
            LOG.warning("CONG: security event without a unit: " + action + " " + detail);
        } else if (target.equals(current)) {
            audit.record(event);
        } else {
            units.find(target).ifPresent(unit -> entityManagers.runAs(unit, () -> {
                audit.record(event);
                return null;
            }));
        }
    }

    /** A line about an account, in its home unit's log. */
    public void aboutAccount(Account account, Long actorId, String actorName, String address, String action,
                             String detail) {
        record(account.getHomeUnitId(), actorId, actorName, address, action, SUBJECT_ACCOUNT, account.getId(),
                detail == null ? account.getUsername() : account.getUsername() + " — " + detail);
    }
}
