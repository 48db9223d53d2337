package vn.cong.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import vn.cong.platform.TenantBoundEntityManager;

/**
 * Applies {@link LockoutRule} to sign-in attempts, with the counts in the database ({@link LoginThrottle}).
 * Each call is its own transaction, so a failure is counted even though the sign-in that caused it is
 * refused; every lock and unlock writes an audit line.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class LoginGuard {

    @Inject
    TenantBoundEntityManager entityManagers;

    @Inject
    AccountRepository accounts;

    @Inject
    SecurityAudit audit;

    @Inject
    Clock clock;

    /** The lock in force on the account name or the address, the longer one first; clears expired locks. */
    public Optional<Lockout> lockOn(String accountKey, String address) {
        Instant now = clock.instant();
        return keys(accountKey, address)
                .map(key -> find(key.kind(), key.value()).orElse(null))
                .filter(throttle -> throttle != null)
                .map(throttle -> {
                    if (throttle.lockExpiredAt(now)) {
                        throttle.clearExpiredLock(now);
                        audited(throttle, "LOGIN_UNLOCKED", "hết thời gian khóa / lock expired");
                    }
                    return throttle.isLockedAt(now) ? new Lockout(throttle.getKind(), throttle.retryAfter(now)) : null;
                })
                .filter(lockout -> lockout != null)
                .max(Comparator.comparing(Lockout::retryAfter));
    }

    /** Counts a failed attempt on both keys; the lock it imposed, if it did. */
    public Optional<Lockout> failed(String accountKey, String address) {
        Instant now = clock.instant();
        return keys(accountKey, address).map(key -> {
            LoginThrottle throttle = find(key.kind(), key.value()).orElseGet(() -> {
                LoginThrottle created = new LoginThrottle(key.kind(), key.value());
                em().persist(created);
                return created;
            });
            if (!throttle.recordFailure(now)) {
                return null;
            }
            audited(throttle, "LOGIN_LOCKED", "mức " + throttle.getLockLevel() + ", đến / until " + throttle.getLockedUntil());
            return new Lockout(throttle.getKind(), throttle.retryAfter(now));
        }).filter(lockout -> lockout != null).max(Comparator.comparing(Lockout::retryAfter));
    }

    /** The person completed their sign-in: their account name's count and back-off start over. */
    public void succeeded(String accountKey) {
        find(LoginThrottle.Kind.ACCOUNT, accountKey).ifPresent(LoginThrottle::recordSuccess);
    }

    /** An administrator lifts the lock of an account name; true when there was one. */
    public boolean unlock(String accountKey, Long byAccountId, String byName, String address) {
        Optional<LoginThrottle> throttle = find(LoginThrottle.Kind.ACCOUNT, accountKey)
                .filter(t -> t.isLockedAt(clock.instant()));
        throttle.ifPresent(t -> {
            t.unlock();
            em().flush();
            accounts.byUsername(accountKey).ifPresent(account ->
                    audit.aboutAccount(account, byAccountId, byName, address, "LOGIN_UNLOCKED", "mở khóa / unlocked"));
        });
        return throttle.isPresent();
    }

    public Optional<LoginThrottle> accountThrottle(String accountKey) {
        return find(LoginThrottle.Kind.ACCOUNT, accountKey);
    }

    private void audited(LoginThrottle throttle, String action, String detail) {
        em().flush();
        if (throttle.getKind() == LoginThrottle.Kind.ACCOUNT) {
            Optional<Account> account = accounts.byUsername(throttle.getKeyValue());
            if (account.isPresent()) {
                audit.aboutAccount(account.get(), null, SecurityAudit.SYSTEM, null, action, detail);
                return;
            }
        }
        audit.record(null, null, SecurityAudit.SYSTEM, throttle.getKind() == LoginThrottle.Kind.ADDRESS
                        ? throttle.getKeyValue() : null, action,
                throttle.getKind() == LoginThrottle.Kind.ADDRESS ? SecurityAudit.SUBJECT_ADDRESS : SecurityAudit.SUBJECT_ACCOUNT,
                null, throttle.getKeyValue() + " — " + detail);
    }

    private Optional<LoginThrottle> find(LoginThrottle.Kind kind, String value) {
        return em().createQuery("select t from LoginThrottle t where t.kind = :k and t.keyValue = :v", LoginThrottle.class)
                .setParameter("k", kind).setParameter("v", value).getResultStream().findFirst();
    }

    private static Stream<Key> keys(String accountKey, String address) {
        return Stream.of(new Key(LoginThrottle.Kind.ACCOUNT, accountKey), new Key(LoginThrottle.Kind.ADDRESS, address))
                .filter(key -> key.value() != null && !key.value().isBlank());
    }

    private EntityManager em() {
        return entityManagers.platform();
    }

    private record Key(LoginThrottle.Kind kind, String value) {
    }
}
