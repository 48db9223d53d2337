package vn.cong.portal.api;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cong.editorial.EditorialService;
import vn.cong.editorial.ItemDraft;
import vn.cong.editorial.ItemRepository;
import vn.cong.editorial.ItemState;
import vn.cong.editorial.WorkflowAction;
import vn.cong.identity.Actor;
import vn.cong.platform.DomainException;
import vn.cong.tenancy.TenantContext;

/**
 * The items of the unit named by the Host header, with the same rules as the back office:
 * 403 for an actor the policy refuses, 409 for a move the workflow refuses, 404 for another unit's item.
 */
@Path("/items")
@Tag(name = "items")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ItemsResource {

    @Inject
    ApiCaller caller;

    @Inject
    TenantContext tenant;

    @Inject
    EditorialService editorial;

    @Inject
    ItemRepository items;

    @Context
    jakarta.servlet.http.HttpServletRequest request;

    @GET
    @Operation(summary = "Items of this unit in a state (default: SUBMITTED)")
    public List<ItemView> list(@QueryParam("state") String state) {
        actor();
        return items.inState(parseState(state)).stream().map(ItemView::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One item of this unit")
    public ItemView get(@PathParam("id") long id) {
        return ItemView.of(editorial.require(id, actor()));
    }

    @POST
    @Operation(summary = "Write a new item (a draft)")
    public Response create(@NotNull @Valid ItemDraft draft, @Context UriInfo uri) {
        ItemView created = ItemView.of(editorial.create(actor(), draft, request.getRemoteAddr()));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Revise one's own draft or rejected item")
    public ItemView revise(@PathParam("id") long id, @NotNull @Valid ItemDraft draft) {
        return ItemView.of(editorial.revise(actor(), id, draft, request.getRemoteAddr()));
    }

    @POST
    @Path("{id}/transitions")
    @Operation(summary = "Fire a workflow action: SUBMIT, PUBLISH, REJECT (with a reason), UNPUBLISH")
    public ItemView transition(@PathParam("id") long id, @NotNull TransitionRequest transition) {
        WorkflowAction action;
        try {
            action = WorkflowAction.valueOf(String.valueOf(transition.action()).strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new DomainException(422, "item.transition.unknown", transition.action());
        }
        return ItemView.of(editorial.transition(actor(), id, action, transition.reason(), transition.note(),
                request.getRemoteAddr()));
    }

    private Actor actor() {
        return caller.actorIn(tenant.require().unit());
    }

    private static ItemState parseState(String state) {
        try {
            return state == null || state.isBlank() ? ItemState.SUBMITTED
                    : ItemState.valueOf(state.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new DomainException(422, "request.invalid", state);
        }
    }

    public record TransitionRequest(String action, String reason, String note) {
    }
}
