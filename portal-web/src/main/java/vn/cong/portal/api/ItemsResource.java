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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cong.audit.AuditEvent;
import vn.cong.audit.AuditLog;
import vn.cong.editorial.BulkTransitions;
import vn.cong.editorial.Item;
import vn.cong.editorial.ItemAuthoring;
import vn.cong.editorial.ItemDraft;
import vn.cong.editorial.ItemRepository;
import vn.cong.editorial.ItemState;
import vn.cong.editorial.ItemTransitions;
import vn.cong.editorial.Transition;
import vn.cong.editorial.WorkflowAction;
import vn.cong.editorial.WorkflowPolicy;
import vn.cong.identity.Actor;
import vn.cong.identity.ApiCaller;
import vn.cong.platform.ApiLanguage;
import vn.cong.platform.DomainException;
import vn.cong.tenancy.TenantContext;

/**
 * The items of the unit named by the Host header, with the same rules as the back office: 403 for an actor the
 * policy refuses, 409 for a move the workflow refuses (with the reason), 422 for missing or invalid parameters,
 * 404 for another unit's item.
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
    ApiLanguage language;

    @Inject
    TenantContext tenant;

    @Inject
    ItemAuthoring authoring;

    @Inject
    ItemTransitions transitions;

    @Inject
    ItemRepository items;

    @Inject
    AuditLog audit;

    @Inject
    BulkTransitions bulk;

    @Inject
    vn.cong.content.StructuredFields structuredFields;

    @Inject
    vn.cong.content.ItemSaving saving;

    @Context
    jakarta.servlet.http.HttpServletRequest request;

    @GET
    @Operation(summary = "Items of this unit in a state (default: SUBMITTED)")
    public List<ItemView> list(@QueryParam("state") String state) {
        Actor actor = actor();
        return items.inState(parseState(state)).stream().map(item -> view(item, actor)).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One item of this unit, with the workflow actions the caller may fire on it now")
    @APIResponse(responseCode = "200", description = "the item; availableActions lists what the caller may do")
    @APIResponse(responseCode = "403", description = "the caller holds no role in this unit")
    @APIResponse(responseCode = "404", description = "no such item in this unit")
    public ItemView get(@PathParam("id") long id) {
        Actor actor = actor();
        return view(authoring.require(id, actor), actor);
    }

    @POST
    @Operation(summary = "Write a new item (a draft)",
            description = "Quoted or re-used content (quoted=true) must name source, authorName and permissionRef."
                    + " With fields (the structured fields of the category's type) the item and its fields are saved"
                    + " together: a refused field saves nothing.")
    @APIResponse(responseCode = "201", description = "created")
    @APIResponse(responseCode = "403", description = "the caller may not write in this unit")
    @APIResponse(responseCode = "422", description = "invalid fields, unknown category or field, incomplete attribution")
    public Response create(@NotNull @Valid ItemDraft draft, @Context UriInfo uri) {
        Actor actor = actor();
        ItemView created = view(saving.save(actor, null, draft, false, request.getRemoteAddr()), actor);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Revise an item: the author's draft or rejected item, or the secretariat's item in edit",
            description = "The secretariat may also amend a PUBLISHED item: the save becomes a working revision"
                    + " (see /items/{id}/revisions) that citizens do not see until REPUBLISH; a major change"
                    + " (major=true) needs a changeNote, shown to citizens under the article once republished. With"
                    + " fields, the text and the structured fields are saved together: a refused field saves nothing.")
    @APIResponse(responseCode = "403", description = "not this caller's to edit")
    @APIResponse(responseCode = "409", description = "nobody may edit the item in its state")
    @APIResponse(responseCode = "422", description = "invalid fields or incomplete attribution")
    public ItemView revise(@PathParam("id") long id, @NotNull @Valid ItemDraft draft) {
        Actor actor = actor();
        return view(saving.save(actor, id, draft, false, request.getRemoteAddr()), actor);
    }

    @POST
    @Path("{id}/transitions")
    @Operation(summary = "Fire a workflow action",
            description = "SUBMIT, TAKE, ESCALATE (targetAccount and/or field, or sensitive=true for the head), RETURN"
                    + " (note), APPROVE, REJECT (reason from the unit's list, note), SCHEDULE (scheduledAt, ISO-8601"
                    + " with offset, in the future), UNSCHEDULE, PUBLISH, FORCE_PUBLISH (note: why urgent), REVIEW,"
                    + " UNPUBLISH (reason: PUBLISHED_IN_ERROR → 410, CONSOLIDATED → 301 to consolidatedInto,"
                    + " WITHDRAWN with a note → withdrawal notice), ARCHIVE, REPUBLISH (a published item's amendment).")
    @APIResponse(responseCode = "200", description = "the item after the move")
    @APIResponse(responseCode = "403", description = "the caller may not fire this action on this item")
    @APIResponse(responseCode = "409", description = "the move is illegal in the item's state (the message says why)")
    @APIResponse(responseCode = "422", description = "a parameter is missing or invalid (the message says which)")
    public ItemView transition(@PathParam("id") long id, @NotNull TransitionBody body) {
        Actor actor = actor();
        Item item = transitions.transition(actor, id, body.toTransition(), request.getRemoteAddr());
        return view(item, actor);
    }

    @POST
    @Path("bulk-transitions")
    @Operation(summary = "Fire one workflow action on several items",
            description = "Each item is checked and moved on its own, in its own transaction, exactly as by"
                    + " /items/{id}/transitions: a refusal of one item (403, 404, 409, 422, with its message) never"
                    + " stops or undoes the others. At most 200 items.")
    @APIResponse(responseCode = "200", description = "one outcome per item, in the order given")
    @APIResponse(responseCode = "422", description = "no items, too many, or an unknown action")
    public List<BulkOutcome> bulkTransition(@NotNull BulkBody body) {
        Actor actor = actor();
        String lang = language.get();
        return bulk.apply(actor, body.itemIds(), body.transition().toTransition(), request.getRemoteAddr()).stream()
                .map(o -> new BulkOutcome(o.itemId(), o.succeeded() ? 200 : o.refusal().status(),
                        o.state() == null ? null : o.state().name(), o.succeeded() ? null : o.refusal().messageKey(),
                        o.message(lang)))
                .toList();
    }

    /** The items and the action with its parameters, as for one item. */
    @Schema(name = "BulkTransition")
    public record BulkBody(List<Long> itemIds, String action, String reason, String note) {

        TransitionBody transition() {
            return new TransitionBody(action, reason, note, null, null, null, null, null);
        }
    }

    /** What happened to one item: 200 and its new state, or the refusal's status, error key and message. */
    public record BulkOutcome(long itemId, int status, String state, String error, String message) {
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "The item's audit lines: who did what, when, from where, from/to state and what changed")
    @APIResponse(responseCode = "404", description = "no such item in this unit")
    public List<HistoryLine> history(@PathParam("id") long id) {
        Item item = authoring.require(id, actor());
        return audit.forSubject(Item.AUDIT_SUBJECT, item.getId()).stream().map(HistoryLine::of).toList();
    }

    /** One audit line of an item. */
    public record HistoryLine(Instant occurredAt, String actor, String address, String action, String fromState,
                              String toState, String detail) {

        static HistoryLine of(AuditEvent event) {
            return new HistoryLine(event.getOccurredAt(), event.getActorName(), event.getAddress(), event.getAction(),
                    event.getFromState(), event.getToState(), event.getDetail());
        }
    }

    private ItemView view(Item item, Actor actor) {
        return ItemView.of(item, WorkflowPolicy.available(actor, item), language.get())
                .withFields(structuredFields.values(item.getId()));
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

    /** A workflow action and its parameters, as JSON. */
    @Schema(name = "Transition")
    public record TransitionBody(
            @Schema(required = true, example = "ESCALATE") String action,
            @Schema(description = "REJECT: a rejection reason code; UNPUBLISH: an unpublishing reason code") String reason,
            String note,
            @Schema(description = "ESCALATE: username of the member, head or deputy head") String targetAccount,
            @Schema(description = "ESCALATE: the unit's subject field code") String field,
            @Schema(description = "ESCALATE: sensitive or unclear, for the head") Boolean sensitive,
            @Schema(description = "SCHEDULE: ISO-8601 with offset", example = "2026-11-20T08:00:00+07:00") String scheduledAt,
            @Schema(description = "UNPUBLISH CONSOLIDATED: id of the published item that replaces it") Long consolidatedInto) {

        Transition toTransition() {
            WorkflowAction action;
            try {
                action = WorkflowAction.valueOf(String.valueOf(this.action).strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new DomainException(422, "item.transition.unknown", this.action);
            }
            return new Transition(action, reason, note, targetAccount, field, Boolean.TRUE.equals(sensitive),
                    parseTime(scheduledAt), consolidatedInto);
        }

        private static Instant parseTime(String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return OffsetDateTime.parse(text.strip()).toInstant();
            } catch (DateTimeParseException e) {
                throw new DomainException(422, "workflow.schedule.invalid", text);
            }
        }
    }
}
