package vn.cong.identity;

import dev.samstevens.totp.recovery.RecoveryCodeGenerator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import vn.cong.platform.DomainException;
import vn.cong.platform.TenantBoundEntityManager;

/**
 * The second factor: who must have one, enrolment (a TOTP secret confirmed by a first code, then ten
 * recovery codes shown once), and checking a code at sign-in (a TOTP code of the phone, or an unused
 * recovery code). Secrets are stored encrypted ({@link SecretCipher}).
 */
@ApplicationScoped
@Transactional
public class TwoFactor {

    /** Roles whose holders must sign in with a second factor (REQUIREMENTS §2, ND Art. 16). */
    public static final Set<Role> REQUIRED_FOR = EnumSet.of(Role.HEAD, Role.SECRETARIAT, Role.DIC_ADMIN,
            Role.PLATFORM_OPERATOR);
    public static final String ISSUER = "Cổng";
    static final int RECOVERY_CODES = 10;

    @Inject
    TenantBoundEntityManager entityManagers;

    @Inject
    AccountRepository accounts;

    @Inject
    SecretCipher cipher;

    @Inject
    SecurityAudit audit;

    @Inject
    Clock clock;

    /** The rule itself: a grant of one of {@link #REQUIRED_FOR} in any unit. */
    public static boolean requiredFor(Collection<RoleGrant> grants) {
        return grants.stream().anyMatch(grant -> REQUIRED_FOR.contains(grant.getRole()));
    }

    public boolean requiredFor(Account account) {
        return requiredFor(accounts.grantsOf(account.getId()));
    }

    /** Read fresh, not from an account loaded earlier in the request. */
    public boolean enrolled(long accountId) {
        return accounts.find(accountId).map(Account::hasSecondFactor).orElse(false);
    }

    /** Confirms a new secret with a code from the person's app; returns the recovery codes, shown once. */
    public List<String> enrol(long accountId, String base32Secret, String code, String address) {
        Account account = require(accountId);
        OptionalLong step = Totp.verify(base32Secret, code, clock.instant(), null);
        if (step.isEmpty()) {
            throw new DomainException(422, "two-factor.code.invalid");
        }
        account.enrolSecondFactor(cipher.encrypt(base32Secret), step.getAsLong(), clock.instant());
        List<String> codes = replaceRecoveryCodes(account);
        audit.aboutAccount(account, account.getId(), account.getUsername(), address, "TWO_FACTOR_ENROLLED", null);
        return codes;
    }

    /** Demo data only: an account enrolled with a documented secret, so the demo can be signed into. */
    public void enrolKnownSecret(Account account, String base32Secret) {
        account.enrolSecondFactor(cipher.encrypt(base32Secret), null, clock.instant());
    }

    /** New recovery codes replace the old ones (after a fresh TOTP code). */
    public List<String> regenerateRecoveryCodes(long accountId, String code, String address) {
        Account account = require(accountId);
        if (!verifyTotp(account, code)) {
            throw new DomainException(422, "two-factor.code.invalid");
        }
        List<String> codes = replaceRecoveryCodes(account);
        audit.aboutAccount(account, account.getId(), account.getUsername(), address, "RECOVERY_CODES_RENEWED", null);
        return codes;
    }

    /** A code at sign-in: the phone's current code (each accepted once) or an unused recovery code. */
    public boolean verify(long accountId, String code, String address) {
        Account account = require(accountId);
        if (!account.hasSecondFactor() || code == null || code.isBlank()) {
            return false;
        }
        if (verifyTotp(account, code)) {
            return true;
        }
        String hash = TokenService.sha256(RecoveryCode.normalise(code));
        List<RecoveryCode> matching = em().createQuery("select c from RecoveryCode c where c.accountId = :a"
                + " and c.codeHash = :h and c.usedAt is null", RecoveryCode.class)
                .setParameter("a", accountId).setParameter("h", hash).getResultList();
        if (matching.isEmpty()) {
            return false;
        }
        matching.get(0).use(clock.instant());
        em().flush();
        audit.aboutAccount(account, account.getId(), account.getUsername(), address, "RECOVERY_CODE_USED",
                "còn / left " + remainingRecoveryCodes(accountId));
        return true;
    }

    public long remainingRecoveryCodes(long accountId) {
        return em().createQuery("select count(c) from RecoveryCode c where c.accountId = :a and c.usedAt is null",
                Long.class).setParameter("a", accountId).getSingleResult();
    }

    /** An administrator clears a lost second factor; the person enrols again at their next sign-in. */
    public void reset(Account account) {
        account.enrolSecondFactor(null, null, null);
        em().createQuery("delete from RecoveryCode c where c.accountId = :a").setParameter("a", account.getId())
                .executeUpdate();
    }

    private boolean verifyTotp(Account account, String code) {
        if (!account.hasSecondFactor()) {
            return false;
        }
        OptionalLong step = Totp.verify(cipher.decrypt(account.getTotpSecret()), code, clock.instant(),
                account.getTotpLastStep());
        step.ifPresent(account::acceptedTotpStep);
        return step.isPresent();
    }

    private List<String> replaceRecoveryCodes(Account account) {
        em().createQuery("delete from RecoveryCode c where c.accountId = :a").setParameter("a", account.getId())
                .executeUpdate();
        Instant now = clock.instant();
        List<String> codes = List.of(new RecoveryCodeGenerator().generateCodes(RECOVERY_CODES));
        codes.forEach(code -> em().persist(new RecoveryCode(account.getId(),
                TokenService.sha256(RecoveryCode.normalise(code)), now)));
        em().flush();
        return codes;
    }

    private Account require(long accountId) {
        return accounts.find(accountId).orElseThrow(() -> new DomainException(404, "account.not-found", accountId));
    }

    private EntityManager em() {
        return entityManagers.platform();
    }
}
