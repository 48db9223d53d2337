package vn.cong.tenancy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import vn.cong.platform.PlatformEntity;

/** One decision applied to the unit tree: which kind, by which decision, with what done to content and accounts. */
@Entity
@Table(name = "reorganisation")
public class Reorganisation extends PlatformEntity {

    public enum Kind { MERGE, SPLIT, REPARENT, RENAME, RETIRE, REFORM }

    /** What happens to the old units' content: moved to the successor, or kept readable where it was. */
    public enum Content { MOVE, ARCHIVE }

    /** What happens to the old units' accounts and board seats: carried to the successor, or deactivated. */
    public enum Accounts { CARRY, DEACTIVATE }

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    @Column(name = "decision_no", nullable = false)
    private String decisionNo;

    @Column(name = "decision_date", nullable = false)
    private LocalDate decisionDate;

    @Column(name = "effective_on", nullable = false)
    private LocalDate effectiveOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "content_choice", nullable = false)
    private Content content;

    @Enumerated(EnumType.STRING)
    @Column(name = "accounts_choice", nullable = false)
    private Accounts accounts;

    @Column(name = "applied_by")
    private Long appliedBy;

    @Column(name = "applied_by_name", nullable = false)
    private String appliedByName;

    @Column(name = "applied_at", nullable = false)
    private Instant appliedAt;

    private String summary;

    protected Reorganisation() {
    }

    public Reorganisation(Kind kind, String decisionNo, LocalDate decisionDate, LocalDate effectiveOn, Content content,
                          Accounts accounts, Long appliedBy, String appliedByName, Instant appliedAt) {
        this.kind = kind;
        this.decisionNo = decisionNo;
        this.decisionDate = decisionDate;
        this.effectiveOn = effectiveOn;
        this.content = content;
        this.accounts = accounts;
        this.appliedBy = appliedBy;
        this.appliedByName = appliedByName;
        this.appliedAt = appliedAt;
    }

    public void summarise(String text) {
        this.summary = text == null || text.length() <= 2000 ? text : text.substring(0, 1999) + "…";
    }

    public Kind getKind() {
        return kind;
    }

    public String getDecisionNo() {
        return decisionNo;
    }

    public LocalDate getDecisionDate() {
        return decisionDate;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    public Content getContent() {
        return content;
    }

    public Accounts getAccounts() {
        return accounts;
    }

    public String getAppliedByName() {
        return appliedByName;
    }

    public Instant getAppliedAt() {
        return appliedAt;
    }

    public String getSummary() {
        return summary;
    }
}
