package vn.cong.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.cong.platform.PlatformEntity;

/**
 * A one-time code that replaces the phone's TOTP code once. Only its SHA-256 is stored: the codes carry about
 * 80 random bits, so a slow password hash would add nothing but time.
 */
@Entity
@Table(name = "recovery_code")
public class RecoveryCode extends PlatformEntity {

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Column(name = "code_hash", nullable = false)
    private String codeHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected RecoveryCode() {
    }

    RecoveryCode(Long accountId, String codeHash, Instant createdAt) {
        this.accountId = accountId;
        this.codeHash = codeHash;
        this.createdAt = createdAt;
    }

    /** Codes are typed with or without dashes and spaces, in any case. */
    static String normalise(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]", "").toLowerCase(java.util.Locale.ROOT);
    }

    boolean isUsed() {
        return usedAt != null;
    }

    void use(Instant when) {
        this.usedAt = when;
    }
}
