package vn.cong.admin.audit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.cong.audit.AuditEvent;
import vn.cong.audit.AuditLog;

/** Nhật ký: the unit's latest audit lines. */
@Named
@RequestScoped
public class AuditPage {

    static final int LATEST = 200;

    @Inject
    AuditLog audit;

    private List<AuditEvent> events;

    public List<AuditEvent> getEvents() {
        if (events == null) {
            events = audit.latest(LATEST);
        }
        return events;
    }
}
