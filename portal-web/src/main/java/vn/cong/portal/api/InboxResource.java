package vn.cong.portal.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cong.identity.ApiCaller;
import vn.cong.inbox.InboxRow;
import vn.cong.inbox.InboxSection;
import vn.cong.inbox.Inboxes;
import vn.cong.tenancy.TenantContext;

/** The caller's inbox in this unit: what waits for them, per list, oldest-due first, with age and due time. */
@Path("/inbox")
@Tag(name = "items")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class InboxResource {

    @Inject
    ApiCaller caller;

    @Inject
    TenantContext tenant;

    @Inject
    Inboxes inboxes;

    /** One item waiting: since when, for what, when it is due (null when nothing is), whether it is overdue. */
    public record RowView(long itemId, String title, String state, String waiting, Instant since, Instant due,
                          boolean overdue, long ageMinutes) {

        static RowView of(InboxRow row) {
            return new RowView(row.item().getId(), row.item().getTitle(), row.item().getState().name(),
                    row.waiting() == null ? null : row.waiting().name(), row.since(), row.due(), row.overdue(),
                    row.age().toMinutes());
        }
    }

    public record SectionView(String id, boolean alert, List<RowView> rows) {

        static SectionView of(InboxSection section) {
            return new SectionView(section.id(), section.alert(), section.rows().stream().map(RowView::of).toList());
        }
    }

    @GET
    @Operation(summary = "What waits for the caller in this unit, oldest-due first",
            description = "Due times count office hours of the national working calendar: items received by the"
                    + " secretariat are due 4 working hours after receipt (MIC Art. 14.1) or as the unit's rules say.")
    public List<SectionView> inbox() {
        return inboxes.of(caller.actorIn(tenant.require().unit())).stream().map(SectionView::of).toList();
    }
}
