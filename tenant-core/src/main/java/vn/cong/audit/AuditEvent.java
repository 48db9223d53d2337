package vn.cong.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import vn.cong.platform.TenantOwned;

/**
 * One line of a unit's audit log: who did what to which record, when, from where. Append-only. Its time is not the
 * caller's to give: {@link AuditLog#record} stamps it from the platform clock when it writes the line.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent extends TenantOwned {

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor_id")
    private Long actorId;

    @Column(name = "actor_name", nullable = false)
    private String actorName;

    private String address;

    @Column(nullable = false)
    private String action;

    @Column(name = "subject_type", nullable = false)
    private String subjectType;

    @Column(name = "subject_id")
    private Long subjectId;

    @Column(name = "from_state")
    private String fromState;

    @Column(name = "to_state")
    private String toState;

    private String detail;

    protected AuditEvent() {
    }

    /** A line not yet written: it has no time until {@link AuditLog#record} stamps it. */
    public AuditEvent(Long actorId, String actorName, String address, String action, String subjectType,
                      Long subjectId, String fromState, String toState, String detail) {
        this.actorId = actorId;
        this.actorName = actorName;
        this.address = address;
        this.action = action;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.fromState = fromState;
        this.toState = toState;
        this.detail = detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000);
    }

    /** Sets when it happened, once: a line's time is never rewritten. */
    void stampAt(Instant when) {
        Objects.requireNonNull(when, "when");
        if (occurredAt != null) {
            throw new IllegalStateException("audit event already stamped at " + occurredAt);
        }
        this.occurredAt = when;
    }

    /** Null until {@link AuditLog#record} has stamped it. */
    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Long getActorId() {
        return actorId;
    }

    public String getActorName() {
        return actorName;
    }

    public String getAddress() {
        return address;
    }

    public String getAction() {
        return action;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public String getFromState() {
        return fromState;
    }

    public String getToState() {
        return toState;
    }

    public String getDetail() {
        return detail;
    }
}
