package vn.cong.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.cong.platform.PlatformEntity;
import vn.cong.platform.VietnameseText;

/** One person's account (tài khoản). Deactivated, never deleted: their history stays attributable. */
@Entity
@Table(name = "account")
public class Account extends PlatformEntity {

    @Column(name = "home_unit_id")
    private Long homeUnitId;

    /** The longest account name the schema holds (account.username). */
    public static final int MAX_USERNAME = 128;

    @Column(nullable = false, length = MAX_USERNAME)
    private String username;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    private String email;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "password_changed_at")
    private Instant passwordChangedAt;

    /** The TOTP secret, encrypted by {@link SecretCipher}; null until the second factor is enrolled. */
    @Column(name = "totp_secret")
    private String totpSecret;

    @Column(name = "totp_enrolled_at")
    private Instant totpEnrolledAt;

    /** The last accepted TOTP time step: a code is accepted once (RFC 6238 §5.2). */
    @Column(name = "totp_last_step")
    private Long totpLastStep;

    @Column(name = "deactivated_at")
    private Instant deactivatedAt;

    @Column(name = "deactivated_by")
    private Long deactivatedBy;

    protected Account() {
    }

    public Account(Long homeUnitId, String username, String fullName, String email, String passwordHash,
                   Instant createdAt) {
        this.homeUnitId = homeUnitId;
        this.username = username;
        this.fullName = VietnameseText.nfc(fullName);
        this.email = email;
        this.passwordHash = passwordHash;
        this.active = true;
        this.createdAt = createdAt;
    }

    public Long getHomeUnitId() {
        return homeUnitId;
    }

    public String getUsername() {
        return username;
    }

    public String getFullName() {
        return fullName;
    }

    public String getEmail() {
        return email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isActive() {
        return active;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }

    public Instant getDeactivatedAt() {
        return deactivatedAt;
    }

    public Long getDeactivatedBy() {
        return deactivatedBy;
    }

    /** A new hash: a changed password, or the same password re-hashed with the current parameters. */
    public void replacePasswordHash(String newHash, Instant when, boolean changedByPerson) {
        this.passwordHash = newHash;
        if (changedByPerson) {
            this.passwordChangedAt = when;
        }
    }

    /** The unit the account belongs to was merged into another: the account belongs there now. */
    public void moveHome(Long unitId) {
        this.homeUnitId = unitId;
    }

    /** Someone who left: can no longer sign in; everything they did stays attributed to them. */
    public void deactivate(Instant when, Long byAccountId) {
        this.active = false;
        this.deactivatedAt = when;
        this.deactivatedBy = byAccountId;
    }

    public void reactivate() {
        this.active = true;
        this.deactivatedAt = null;
        this.deactivatedBy = null;
    }

    public boolean hasSecondFactor() {
        return totpSecret != null && totpEnrolledAt != null;
    }

    String getTotpSecret() {
        return totpSecret;
    }

    public Instant getTotpEnrolledAt() {
        return totpEnrolledAt;
    }

    Long getTotpLastStep() {
        return totpLastStep;
    }

    void enrolSecondFactor(String encryptedSecret, Long acceptedStep, Instant when) {
        this.totpSecret = encryptedSecret;
        this.totpLastStep = acceptedStep;
        this.totpEnrolledAt = when;
    }

    void acceptedTotpStep(long step) {
        this.totpLastStep = step;
    }
}
