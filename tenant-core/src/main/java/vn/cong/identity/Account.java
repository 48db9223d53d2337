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

    @Column(name = "home_unit_id", nullable = false)
    private Long homeUnitId;

    @Column(nullable = false)
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

    protected Account() {
    }

    public Account(Long homeUnitId, String username, String fullName, String email, String passwordHash) {
        this.homeUnitId = homeUnitId;
        this.username = username;
        this.fullName = VietnameseText.nfc(fullName);
        this.email = email;
        this.passwordHash = passwordHash;
        this.active = true;
        this.createdAt = Instant.now();
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

    public void deactivate() {
        this.active = false;
    }
}
