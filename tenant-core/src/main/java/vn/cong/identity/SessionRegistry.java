package vn.cong.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import vn.cong.platform.DomainException;
import vn.cong.platform.TenantBoundEntityManager;

/**
 * The registry of back-office sessions. A sign-in opens an entry and gives the browser's session a random
 * key; every back-office request checks that its entry is still alive ({@link #alive}), so revoking a session,
 * deactivating its account or changing the password ends it at once, on every node.
 */
@ApplicationScoped
@Transactional
public class SessionRegistry {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    TenantBoundEntityManager entityManagers;

    @Inject
    Clock clock;

    @Inject
    AccountRepository accounts;

    @Inject
    SecurityAudit audit;

    /** A new entry; the returned key goes into the HTTP session (only its hash is stored). */
    public String open(Account account, Long unitId, String userAgent, String address) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String key = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        em().persist(new LoginSession(account.getId(), unitId, TokenService.sha256(key), userAgent, address,
                clock.instant()));
        return key;
    }

    /** True while the entry of {@code key} is alive; records the activity (at most once a minute). */
    public boolean alive(String key) {
        Optional<LoginSession> session = byKey(key);
        session.filter(LoginSession::isAlive).ifPresent(s -> s.touch(clock.instant()));
        return session.map(LoginSession::isAlive).orElse(false);
    }

    public void end(String key, LoginSession.EndReason reason) {
        byKey(key).ifPresent(session -> session.end(clock.instant(), reason));
    }

    public Optional<LoginSession> byKey(String key) {
        if (key == null || key.isBlank()) {
            return Optional.empty();
        }
        return em().createQuery("select s from LoginSession s where s.keyHash = :h", LoginSession.class)
                .setParameter("h", TokenService.sha256(key)).getResultStream().findFirst();
    }

    /** The person's live sessions, the most recently used first. */
    public List<LoginSession> activeOf(long accountId) {
        return em().createQuery("select s from LoginSession s where s.accountId = :a and s.endedAt is null"
                + " order by s.lastSeenAt desc, s.id desc", LoginSession.class)
                .setParameter("a", accountId).getResultList();
    }

    /** Ends one of the person's own sessions (audited); 404 when it is not theirs (or no longer alive). */
    public void revoke(long accountId, long sessionId, String address) {
        LoginSession session = Optional.ofNullable(em().find(LoginSession.class, sessionId))
                .filter(s -> s.getAccountId() == accountId && s.isAlive())
                .orElseThrow(() -> new DomainException(404, "session.not-found"));
        session.end(clock.instant(), LoginSession.EndReason.REVOKED);
        em().flush();
        accounts.find(accountId).ifPresent(account -> audit.aboutAccount(account, accountId, account.getUsername(),
                address, "SESSION_REVOKED", "#" + sessionId + " " + session.getAddress()));
    }

    /** Ends every live session of an account but the one of {@code exceptKey} (may be null); how many ended. */
    public int endAll(long accountId, LoginSession.EndReason reason, String exceptKey) {
        String except = exceptKey == null ? "" : TokenService.sha256(exceptKey);
        Instant now = clock.instant();
        int ended = 0;
        for (LoginSession session : activeOf(accountId)) {
            if (!session.getKeyHash().equals(except) && session.end(now, reason)) {
                ended++;
            }
        }
        return ended;
    }

    private EntityManager em() {
        return entityManagers.platform();
    }
}
