package vn.cong.portal.api;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cong.identity.Actor;
import vn.cong.identity.ApiCaller;
import vn.cong.identity.ClientOrigin;
import vn.cong.interaction.AskerView;
import vn.cong.interaction.DeskRow;
import vn.cong.interaction.PublicQuestion;
import vn.cong.interaction.PublishedQuestions;
import vn.cong.interaction.Question;
import vn.cong.interaction.QuestionDesk;
import vn.cong.interaction.QuestionHandling;
import vn.cong.interaction.QuestionView;
import vn.cong.platform.DomainException;
import vn.cong.tenancy.TenantContext;

/**
 * Citizens' questions of the unit named by the Host header (hỏi đáp, issue #12), with the back office's rules — they
 * are {@link QuestionHandling}'s, {@link QuestionDesk}'s and {@code QuestionPolicy}'s, not this class's: 401 without a
 * token, 403 for a caller the policy refuses, 404 for another unit's question, 409 for a move the question's state
 * refuses, 422 for a missing or invalid parameter. The asker shows masked everywhere but in {@code /identity}, which
 * the service audits. The published list is public.
 */
@Path("/questions")
@Tag(name = "questions")
@Produces(MediaType.APPLICATION_JSON)
public class QuestionsResource {

    @Inject
    ApiCaller caller;

    @Inject
    TenantContext tenant;

    @Inject
    ClientOrigin origin;

    @Inject
    QuestionDesk desk;

    @Inject
    QuestionHandling handling;

    @Inject
    PublishedQuestions published;

    @Context
    HttpServletRequest request;

    @GET
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "The Q&A desk of this unit: its questions, oldest due first, paged",
            description = "filter: WAITING (received, routed or answered — the default), RECEIVED, ROUTED, ANSWERED,"
                    + " PUBLISHED, TRANSFERRED, DROPPED, MERGED or ALL; at most 200 rows a page. The secretariat,"
                    + " the head and deputy heads see every question, a Q&A responder those routed to them. The asker's"
                    + " name shows masked.")
    @APIResponse(responseCode = "200", description = "total (of the filter) and the page's rows")
    @APIResponse(responseCode = "403", description = "not of the unit's secretariat, heads or Q&A responders")
    @APIResponse(responseCode = "422", description = "unknown filter")
    public DeskPage queue(@QueryParam("filter") String filter, @QueryParam("first") @DefaultValue("0") int first,
                          @QueryParam("max") @DefaultValue("50") int max) {
        Actor actor = actor();
        QuestionDesk.Filter chosen = filter(filter);
        return new DeskPage(desk.count(actor, chosen),
                desk.queue(actor, chosen, first, max).stream().map(DeskRowView::of).toList());
    }

    @GET
    @Path("published")
    @Operation(summary = "The public Q&A list of this portal: published answers, newest first (no token)",
            description = "q: words, diacritics optional (\"lich tiep dan\" finds \"Lịch tiếp dân\"), all of them in the"
                    + " question or its answer; at most 100 rows a page. The asker's name, phone and place show masked;"
                    + " the ID number and the e-mail never.")
    @APIResponse(responseCode = "200", description = "total (of the search) and the page's rows")
    public PublishedPage publishedList(@QueryParam("q") String words,
                                       @QueryParam("first") @DefaultValue("0") int first,
                                       @QueryParam("max") @DefaultValue("20") int max) {
        return new PublishedPage(published.count(words),
                published.page(words, first, max).stream().map(PublishedRow::of).toList());
    }

    @GET
    @Path("responders")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Who this unit's questions may be routed to: its head and Q&A responders (active accounts)",
            description = "For those who route (the secretariat, the head and deputy heads): accountId is the"
                    + " responderId of /questions/{id}/route.")
    @APIResponse(responseCode = "200", description = "each person once, by name, with the roles that make them one")
    @APIResponse(responseCode = "403", description = "not of the secretariat or the heads")
    public List<ResponderView> responders() {
        return desk.responders(actor()).stream().map(ResponderView::of).toList();
    }

    @GET
    @Path("{id}")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "One question of this unit, the asker masked")
    @APIResponse(responseCode = "403", description = "not of the unit's secretariat, heads or Q&A responders")
    @APIResponse(responseCode = "404", description = "no such question in this unit (or, for a responder, not routed"
            + " to them)")
    public QuestionDetail get(@PathParam("id") long id) {
        return QuestionDetail.of(desk.question(actor(), id));
    }

    @POST
    @Path("{id}/identity")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Open the asker's identity whole (head or Q&A responder; each opening is audited)",
            description = "Who opened it, when and from where goes to the audit log (MIC Art. 3.4). Never cached.")
    @APIResponse(responseCode = "200", description = "the asker, whole",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AskerView.class)))
    @APIResponse(responseCode = "403", description = "neither the head nor a Q&A responder")
    @APIResponse(responseCode = "404", description = "no such question in this unit")
    public Response identity(@PathParam("id") long id) {
        AskerView asker = desk.openIdentity(actor(), id, address());
        return Response.ok(asker).header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("{id}/route")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Route the question to a responder of the unit (the head or a Q&A responder), correcting"
            + " its subject field if asked; again while it is unanswered")
    @APIResponse(responseCode = "200", description = "the question after the move")
    @APIResponse(responseCode = "403", description = "not of the secretariat or the heads")
    @APIResponse(responseCode = "409", description = "the question is answered or closed")
    @APIResponse(responseCode = "422", description = "no responderId, not a responder of the unit, unknown field")
    public QuestionMoved route(@PathParam("id") long id, @NotNull RouteBody body) {
        Actor actor = actor();
        return QuestionMoved.of(handling.route(actor, id, required(body.responderId(), "responderId"), body.field(),
                address()));
    }

    @POST
    @Path("{id}/transfer")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Send the question on to the competent unit with the reason the asker reads",
            description = "The competent unit receives it under a code of its own (transferredCode); it is closed"
                    + " here.")
    @APIResponse(responseCode = "200", description = "the question here, closed, naming the unit and the code there")
    @APIResponse(responseCode = "403", description = "not of the secretariat or the heads")
    @APIResponse(responseCode = "409", description = "the question is answered or closed")
    @APIResponse(responseCode = "422", description = "no reason, no unitId, this unit itself, no such active unit")
    public QuestionMoved transfer(@PathParam("id") long id, @NotNull TransferBody body) {
        Actor actor = actor();
        return QuestionMoved.of(handling.transfer(actor, id, required(body.unitId(), "unitId"), body.reason(),
                address()));
    }

    @POST
    @Path("{id}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Answer the question, or amend the answer until it is published (head or Q&A responder)")
    @APIResponse(responseCode = "200", description = "the question after the move")
    @APIResponse(responseCode = "403", description = "neither the head nor a Q&A responder")
    @APIResponse(responseCode = "409", description = "the question is published or closed")
    @APIResponse(responseCode = "422", description = "an empty answer")
    public QuestionMoved answer(@PathParam("id") long id, @NotNull AnswerBody body) {
        Actor actor = actor();
        return QuestionMoved.of(handling.answer(actor, id, body.text(), address()));
    }

    @POST
    @Path("publish")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Publish answered questions in the public Q&A list, one or many: all or none",
            description = "The first question refused (403, 404, 409) refuses the whole batch, with its message.")
    @APIResponse(responseCode = "200", description = "the questions published")
    @APIResponse(responseCode = "403", description = "not of the secretariat or the heads")
    @APIResponse(responseCode = "404", description = "a question not of this unit")
    @APIResponse(responseCode = "409", description = "a question not answered, or already published or closed")
    @APIResponse(responseCode = "422", description = "no ids")
    public List<QuestionMoved> publish(@NotNull PublishBody body) {
        Actor actor = actor();
        if (body.ids() != null && body.ids().contains(null)) {
            throw new DomainException(422, "request.invalid", "ids");
        }
        return handling.publish(actor, body.ids(), address()).stream().map(QuestionMoved::of).toList();
    }

    @POST
    @Path("{id}/drop")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Drop an abusive question with the reason the asker reads (head or deputy head, ND Art. 22.6)")
    @APIResponse(responseCode = "200", description = "the question after the move")
    @APIResponse(responseCode = "403", description = "neither the head nor a deputy head")
    @APIResponse(responseCode = "409", description = "the question is answered or closed")
    @APIResponse(responseCode = "422", description = "no reason")
    public QuestionMoved drop(@PathParam("id") long id, @NotNull DropBody body) {
        Actor actor = actor();
        return QuestionMoved.of(handling.drop(actor, id, body.reason(), address()));
    }

    @POST
    @Path("{id}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Merge a duplicate into the question of this unit asking the same, named by its tracking code")
    @APIResponse(responseCode = "200", description = "the question after the move; its asker follows the other")
    @APIResponse(responseCode = "403", description = "not of the secretariat or the heads")
    @APIResponse(responseCode = "409", description = "this question is answered or closed, or the other is closed")
    @APIResponse(responseCode = "422", description = "not a tracking code, no such question in this unit, itself")
    public QuestionMoved merge(@PathParam("id") long id, @NotNull MergeBody body) {
        Actor actor = actor();
        return QuestionMoved.of(handling.merge(actor, id, body.into(), address()));
    }

    /** {@code {"responderId": 12, "field": "van-hoa-xa-hoi"}}; no field (or a blank one) keeps the question's. */
    @Schema(name = "QuestionRoute")
    public record RouteBody(@Schema(required = true, description = "account id of the head or a Q&A responder")
                            Long responderId,
                            @Schema(description = "the unit's subject field code, to correct the question's") String field) {
    }

    /** {@code {"unitId": 7, "reason": "…"}}. */
    @Schema(name = "QuestionTransfer")
    public record TransferBody(@Schema(required = true, description = "id of the competent unit") Long unitId,
                               @Schema(required = true, description = "why; the asker reads it") String reason) {
    }

    /** {@code {"text": "…"}}. */
    @Schema(name = "QuestionAnswer")
    public record AnswerBody(@Schema(required = true) String text) {
    }

    /** {@code {"ids": [1, 2]}}. */
    @Schema(name = "QuestionPublication")
    public record PublishBody(@Schema(required = true, description = "ids of answered questions of this unit")
                              List<Long> ids) {
    }

    /** {@code {"reason": "…"}}. */
    @Schema(name = "QuestionDrop")
    public record DropBody(@Schema(required = true, description = "why; the asker reads it") String reason) {
    }

    /** {@code {"into": "PAKN.20261207.0001"}}. */
    @Schema(name = "QuestionMerge")
    public record MergeBody(@Schema(required = true, example = "PAKN.20261207.0001",
            description = "tracking code of the question of this unit that is kept") String into) {
    }

    /** A page of the desk. */
    public record DeskPage(long total, List<DeskRowView> rows) {
    }

    /** A line of the desk: the asker's name masked, nothing else of them. */
    public record DeskRowView(long id, String code, String subject, String fieldCode, String state, Instant receivedAt,
                              Instant dueAt, String lateness, Long routedTo, String askerName,
                              String transferredFromCode) {

        static DeskRowView of(DeskRow row) {
            return new DeskRowView(row.id(), String.valueOf(row.code()), row.subject(), row.fieldCode(),
                    name(row.state()), row.receivedAt(), row.dueAt(), name(row.lateness()), row.routedTo(),
                    row.askerName(), row.transferredFromCode());
        }
    }

    /** One question as the desk shows it, the asker masked ({@code asker.opened} false). */
    public record QuestionDetail(long id, String code, String subject, String body, String fieldCode, String state,
                                 Instant receivedAt, Instant dueAt, String lateness, AskerView asker, Long routedTo,
                                 String answer, String answeredBy, Instant answeredAt, Instant publishedAt,
                                 String closingReason, String mergedInto, Long transferredTo, String transferredCode,
                                 Long transferredFrom, String transferredFromCode) {

        static QuestionDetail of(QuestionView q) {
            return new QuestionDetail(q.id(), String.valueOf(q.code()), q.subject(), q.body(), q.fieldCode(),
                    name(q.state()), q.receivedAt(), q.dueAt(), name(q.lateness()), q.asker(), q.routedTo(), q.answer(),
                    q.answeredBy(), q.answeredAt(), q.publishedAt(), q.closingReason(), q.mergedInto(),
                    q.transferredTo(), q.transferredCode(), q.transferredFrom(), q.transferredFromCode());
        }
    }

    /** A question after a move: where it stands, nothing of the asker. */
    public record QuestionMoved(long id, String code, String state, String fieldCode, Long routedTo, String answer,
                                String answeredBy, Instant answeredAt, Instant publishedAt, String closingReason,
                                String mergedInto, Long transferredTo, String transferredCode) {

        static QuestionMoved of(Question q) {
            return new QuestionMoved(q.getId(), String.valueOf(q.trackingCode()), name(q.getState()), q.getFieldCode(),
                    q.getRoutedTo(), q.getAnswerText(), q.getAnsweredByName(), q.getAnsweredAt(), q.getPublishedAt(),
                    q.getClosingReason(), q.getMergedInto(), q.getTransferredTo(), q.getTransferredCode());
        }
    }

    /** A person a question may be routed to, and why: HEAD, QA_RESPONDER or both. */
    public record ResponderView(long accountId, String username, String fullName, List<String> roles) {

        static ResponderView of(QuestionDesk.Responder responder) {
            return new ResponderView(responder.accountId(), responder.username(), responder.fullName(),
                    responder.roles().stream().map(QuestionsResource::name).toList());
        }
    }

    /** A page of the public list. */
    public record PublishedPage(long total, List<PublishedRow> rows) {
    }

    /** A published question as citizens read it ({@link PublicQuestion}: the asker masked, no ID number, no e-mail). */
    public record PublishedRow(String code, String subject, String body, String answer, String answeredBy,
                               Instant receivedAt, Instant publishedAt, String askerName, String askerPhone,
                               String askerPlace, String organisation) {

        static PublishedRow of(PublicQuestion q) {
            return new PublishedRow(String.valueOf(q.code()), q.subject(), q.body(), q.answer(), q.answeredBy(),
                    q.receivedAt(), q.publishedAt(), q.askerName(), q.askerPhone(), q.askerPlace(), q.organisation());
        }
    }

    private Actor actor() {
        return caller.actorIn(tenant.require().unit());
    }

    /** Where the caller is (behind a trusted proxy: the forwarded address), as the back office records it. */
    private String address() {
        return origin.address(request);
    }

    private static long required(Long value, String name) {
        if (value == null) {
            throw new DomainException(422, "request.invalid", name);
        }
        return value;
    }

    static QuestionDesk.Filter filter(String filter) {
        try {
            return filter == null || filter.isBlank() ? QuestionDesk.Filter.WAITING
                    : QuestionDesk.Filter.valueOf(filter.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new DomainException(422, "request.invalid", filter);
        }
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
