package vn.cong.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.cong.platform.DomainException;
import vn.cong.platform.TenantBoundEntityManager;

/**
 * One-time links that let a person choose the password of an account made for them — a new unit's first
 * administrator — so no password is ever shown on a screen or sent by e-mail. The link carries 256 random bits;
 * only their SHA-256 is stored; it lasts {@code cong.invitation.days} (7) and works once. Issuing a new link for an
 * account ends its older ones. Who may issue: the use case that creates the account (provisioning) decides.
 */
@ApplicationScoped
@Transactional
public class Invitations {

    /** The back-office page the link opens, with {@code ?token=}. */
    public static final String PAGE = "/admin/welcome.xhtml";

    private static final SecureRandom RANDOM = new SecureRandom();

    /** What the mail carries: the secret of the link (never stored) and until when it works. */
    public record Issued(String token, Instant expiresAt) {
        public String path() {
            return PAGE + "?token=" + token;
        }
    }

    @Inject
    TenantBoundEntityManager entityManagers;

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordService passwords;

    @Inject
    SecurityAudit audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "cong.invitation.days", defaultValue = "7")
    int lifetimeDays;

    private EntityManager em() {
        return entityManagers.platform();
    }

    public Issued issue(Account account, Long invitedBy) {
        Instant now = clock.instant();
        em().createQuery("update Invitation i set i.usedAt = :now where i.accountId = :a and i.usedAt is null")
                .setParameter("now", now).setParameter("a", account.getId()).executeUpdate();
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant expires = now.plus(Duration.ofDays(Math.max(1, lifetimeDays)));
        em().persist(new Invitation(account.getId(), TokenService.sha256(token), invitedBy, now, expires));
        return new Issued(token, expires);
    }

    /** The account a link is for, while the link works; empty for an unknown, used or expired link. */
    public Optional<Account> accountFor(String token) {
        return usable(token).flatMap(i -> accounts.find(i.getAccountId())).filter(Account::isActive);
    }

    /**
     * The person chooses their password (under {@link PasswordPolicy}: 422 with its reason); 410 when the link is
     * unknown, used, expired or its account deactivated — one answer, so a guessed link tells nothing.
     */
    public Account accept(String token, String password, String address) {
        Invitation invitation = usable(token)
                .orElseThrow(() -> new DomainException(410, "invitation.invalid"));
        Account account = accounts.find(invitation.getAccountId()).filter(Account::isActive)
                .orElseThrow(() -> new DomainException(410, "invitation.invalid"));
        Instant now = clock.instant();
        account.replacePasswordHash(passwords.hash(account.getUsername(), password), now, true);
        invitation.use(now);
        audit.aboutAccount(account, account.getId(), account.getUsername(), address, "INVITATION_ACCEPTED", null);
        return account;
    }

    private Optional<Invitation> usable(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return em().createQuery("select i from Invitation i where i.tokenHash = :h", Invitation.class)
                .setParameter("h", TokenService.sha256(token.strip())).getResultStream()
                .filter(i -> i.isUsableAt(clock.instant())).findFirst();
    }
}
