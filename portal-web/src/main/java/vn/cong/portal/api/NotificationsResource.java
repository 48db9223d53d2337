package vn.cong.portal.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cong.identity.Actor;
import vn.cong.identity.ApiCaller;
import vn.cong.notification.Notification;
import vn.cong.notification.Notifications;
import vn.cong.platform.ApiLanguage;
import vn.cong.tenancy.TenantContext;

/** The caller's notifications in this unit, newest first, in the caller's language; one can be marked read. */
@Path("/notifications")
@Tag(name = "notifications")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationsResource {

    static final int MAX = 100;

    @Inject
    ApiCaller caller;

    @Inject
    ApiLanguage language;

    @Inject
    TenantContext tenant;

    @Inject
    Notifications notifications;

    public record NotificationView(long id, String kind, String message, String link, Instant createdAt,
                                   boolean read) {

        static NotificationView of(Notification n, String language) {
            return new NotificationView(n.getId(), n.getKind(), n.message(language), n.getLink(), n.getCreatedAt(),
                    n.isRead());
        }
    }

    @GET
    @Operation(summary = "The caller's latest notifications in this unit (at most 100), newest first")
    public List<NotificationView> list() {
        Actor actor = actor();
        String lang = language.get();
        return notifications.latest(actor.accountId(), MAX).stream().map(n -> NotificationView.of(n, lang)).toList();
    }

    @POST
    @Path("{id}/read")
    @Operation(summary = "Mark one of the caller's notifications read")
    @APIResponse(responseCode = "404", description = "not one of the caller's notifications in this unit")
    public NotificationView markRead(@PathParam("id") long id) {
        return NotificationView.of(notifications.markRead(actor(), id), language.get());
    }

    private Actor actor() {
        return caller.actorIn(tenant.require().unit());
    }
}
