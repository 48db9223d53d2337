package vn.cong.portal.api;

import static vn.cong.portal.api.ConsultationBodies.object;
import static vn.cong.portal.api.ConsultationBodies.terms;
import static vn.cong.portal.api.ConsultationBodies.id;
import static vn.cong.portal.api.ConsultationBodies.text;
import static vn.cong.portal.api.ConsultationBodies.word;
import static vn.cong.portal.api.ConsultationBodies.stateFilter;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cong.catalog.CategoryRepository;
import vn.cong.consultation.CommentDecision;
import vn.cong.consultation.CommentModeration;
import vn.cong.consultation.CommentState;
import vn.cong.consultation.CommentView;
import vn.cong.consultation.Consultation;
import vn.cong.consultation.ConsultationPolicy;
import vn.cong.consultation.ConsultationTerms;
import vn.cong.consultation.Consultations;
import vn.cong.consultation.Synthesis;
import vn.cong.editorial.Item;
import vn.cong.editorial.ItemRepository;
import vn.cong.identity.Actor;
import vn.cong.identity.ApiCaller;
import vn.cong.identity.ClientOrigin;
import vn.cong.platform.DomainException;
import vn.cong.tenancy.TenantContext;

/**
 * Consultations on drafts of the unit named by the Host header (lấy ý kiến dự thảo, issue #12.3), the board's side,
 * with the back office's rules — they are {@link Consultations}', {@link CommentModeration}'s, {@link Synthesis}' and
 * {@link ConsultationPolicy}'s, not this class's: 401 without a token, 403 for a caller the policy refuses, 404 for
 * another unit's consultation or comment, 409 for what the consultation's state refuses (a second consultation of a
 * draft, terms after the outcome, an outcome before the close), 422 for a missing or invalid field. Bodies are read
 * field by field from the JSON object (after {@link JsonInputGuard}), so that a wrong type is a 422 naming the field,
 * like a wrong value; dates are {@code yyyy-MM-dd}. The published outcome's workbook is public.
 */
@Path("/consultations")
@Tag(name = "consultations")
@Produces(MediaType.APPLICATION_JSON)
public class ConsultationsResource {

    static final String XLSX = RoyaltiesResource.XLSX;
    @Inject
    ApiCaller caller;

    @Inject
    TenantContext tenant;

    @Inject
    ClientOrigin origin;

    @Inject
    Consultations consultations;

    @Inject
    CommentModeration moderation;

    @Inject
    Synthesis synthesis;

    @Inject
    ItemRepository items;

    @Inject
    CategoryRepository categories;


    @Context
    HttpServletRequest request;

    @GET
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "The unit's consultations on drafts, newest opening first, paged",
            description = "Each with its draft's title, the period (yyyy-MM-dd), the status today (NOT_OPEN, OPEN,"
                    + " CLOSED), the comments by state and whether the outcome is published; at most 100 rows a page."
                    + " The secretariat, the head and deputy heads.")
    @APIResponse(responseCode = "200", description = "total and the page's rows")
    @APIResponse(responseCode = "403", description = "not of the unit's secretariat or heads")
    public ConsultationsPage list(@QueryParam("first") @DefaultValue("0") int first,
                                  @QueryParam("max") @DefaultValue("50") int max) {
        Actor actor = actor();
        return new ConsultationsPage(consultations.count(actor),
                consultations.list(actor, first, max).stream().map(ConsultationRow::of).toList());
    }

    @GET
    @Path("drafts")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Where drafts for comment are written, and the drafts that have no consultation yet",
            description = "categories: the unit's categories of drafts for comment (write a draft there with POST"
                    + " /items); items: its draft items without a consultation — in the workflow or published, newest"
                    + " first, at most 200 — whose id POST /consultations takes.")
    @APIResponse(responseCode = "200", description = "the categories and the draft items")
    @APIResponse(responseCode = "403", description = "not of the unit's secretariat or heads")
    public DraftsView drafts() {
        String language = tenant.language();
        Consultations.Candidates candidates = consultations.candidates(actor());
        return new DraftsView(candidates.categories().stream()
                .map(c -> new DraftCategory(c.getId(), c.getCode(), c.name(language))).toList(),
                candidates.drafts().stream().map(d -> new DraftItem(d.itemId(), d.categoryId(), d.title(),
                        d.state().name())).toList());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Open the consultation of a draft item with its terms",
            description = "{itemId, opensOn: yyyy-MM-dd, days: calendar days (1–366), receivingUnit, receivingAddress,"
                    + " receivingEmail, moderation: PRE | POST, reportThreshold: reports that hide a comment (1–100,"
                    + " 3 when absent)}. The item must be one of the unit's items of a category of drafts for comment"
                    + " (GET /consultations/drafts); citizens comment once it is published and the period open.")
    @APIResponse(responseCode = "201", description = "opened: the consultation")
    @APIResponse(responseCode = "403", description = "not of the unit's secretariat or heads")
    @APIResponse(responseCode = "409", description = "the draft has its consultation already")
    @APIResponse(responseCode = "422", description = "a missing or invalid field, an item that is not a draft for"
            + " comment of the unit")
    public Response open(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = OpeningBody.class))) JsonObject body, @Context UriInfo uri) {
        Actor actor = actor();
        JsonObject input = object(body);
        long itemId = id(input, "itemId");
        Consultation opened = consultations.open(actor, itemId, terms(input), address());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(opened.getId())).build())
                .entity(view(actor, opened)).build();
    }

    @GET
    @Path("{id}")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "One consultation of this unit: its draft, terms, status today, comments by state, outcome")
    @APIResponse(responseCode = "403", description = "not of the unit's secretariat or heads")
    @APIResponse(responseCode = "404", description = "no such consultation in this unit")
    public ConsultationView get(@PathParam("id") long id) {
        Actor actor = actor();
        return view(actor, consultations.get(actor, id));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Change the terms (period, receiving unit, moderation, threshold) until the outcome is"
            + " published", description = "The same body as POST /consultations, without itemId; audited.")
    @APIResponse(responseCode = "200", description = "the consultation with its new terms")
    @APIResponse(responseCode = "403", description = "not of the unit's secretariat or heads")
    @APIResponse(responseCode = "404", description = "no such consultation in this unit")
    @APIResponse(responseCode = "409", description = "the outcome is published")
    @APIResponse(responseCode = "422", description = "a missing or invalid field")
    public ConsultationView change(@PathParam("id") long id, @RequestBody(required = true, content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TermsBody.class)))
            JsonObject body) {
        Actor actor = actor();
        ConsultationTerms terms = terms(object(body));
        return view(actor, consultations.change(actor, id, terms, address()));
    }

    @GET
    @Path("{id}/comments")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "The consultation's comments, oldest first, paged; of one state or all",
            description = "state: PENDING, VISIBLE, HIDDEN or REJECTED (none: all); at most 200 rows a page. The"
                    + " author's name masked, never the e-mail; each with its paragraph (number and text as it read"
                    + " when commented on; none: the whole draft), reports, and the board's decision and response.")
    @APIResponse(responseCode = "200", description = "total (of the state) and the page's rows")
    @APIResponse(responseCode = "403", description = "not of the unit's secretariat or heads")
    @APIResponse(responseCode = "404", description = "no such consultation in this unit")
    @APIResponse(responseCode = "422", description = "unknown state")
    public CommentPage comments(@PathParam("id") long id, @QueryParam("state") String state,
                                @QueryParam("first") @DefaultValue("0") int first,
                                @QueryParam("max") @DefaultValue("50") int max) {
        Actor actor = actor();
        CommentState chosen = stateFilter(state);
        consultations.get(actor, id);
        return new CommentPage(moderation.count(actor, id, chosen),
                moderation.comments(actor, id, chosen, first, max).stream().map(CommentRow::of).toList());
    }

    @POST
    @Path("comments/{commentId}/moderation")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Show, hide or reject a comment (audited)",
            description = "{state: VISIBLE | HIDDEN | REJECTED}. A comment shown by a moderator is not hidden by"
                    + " reports again; a rejected one is never shown and needs no answer in the synthesis.")
    @APIResponse(responseCode = "200", description = "the comment after the move")
    @APIResponse(responseCode = "403", description = "not of the unit's secretariat or heads")
    @APIResponse(responseCode = "404", description = "no such comment in this unit")
    @APIResponse(responseCode = "422", description = "no state, an unknown one, or PENDING")
    public CommentRow moderate(@PathParam("commentId") long commentId, @RequestBody(required = true,
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ModerationBody.class))) JsonObject body) {
        Actor actor = actor();
        CommentState to = word(object(body), "state", CommentState.class,
                () -> new DomainException(422, "request.invalid", "state (VISIBLE | HIDDEN | REJECTED)"));
        return CommentRow.of(moderation.moderate(actor, commentId, to, address()));
    }

    @POST
    @Path("comments/{commentId}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "The board's answer to a comment in the synthesis: accepted, not accepted or explained",
            description = "{decision: ACCEPTED | REJECTED | EXPLAINED, response}: a rejection or an explanation says"
                    + " why (response required). Again until the outcome is published.")
    @APIResponse(responseCode = "200", description = "the comment with its decision")
    @APIResponse(responseCode = "403", description = "not of the unit's secretariat or heads")
    @APIResponse(responseCode = "404", description = "no such comment in this unit")
    @APIResponse(responseCode = "409", description = "the comment was rejected by moderation, or the outcome is"
            + " published")
    @APIResponse(responseCode = "422", description = "no decision, an unknown one, no response where one is needed")
    public CommentRow decide(@PathParam("commentId") long commentId, @RequestBody(required = true,
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DecisionBody.class))) JsonObject body) {
        Actor actor = actor();
        JsonObject input = object(body);
        CommentDecision decision = word(input, "decision", CommentDecision.class,
                () -> new DomainException(422, "consultation.decision.required"));
        String response = text(input, "response");
        return CommentRow.of(synthesis.decide(actor, commentId, decision, response, address()));
    }

    @POST
    @Path("{id}/outcome")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Publish the synthesis as the outcome, with the board's conclusion (head or deputy head)",
            description = "{note: the conclusion, optional}. After the period closes and once every comment not"
                    + " rejected by moderation has its answer; then the terms and the answers no longer change and"
                    + " citizens download the outcome at /consultations/{id}/outcome.xlsx.")
    @APIResponse(responseCode = "200", description = "the consultation, its outcome published")
    @APIResponse(responseCode = "403", description = "neither the head nor a deputy head")
    @APIResponse(responseCode = "404", description = "no such consultation in this unit")
    @APIResponse(responseCode = "409", description = "the period is not over, comments wait for an answer, or the"
            + " outcome is published already")
    @APIResponse(responseCode = "422", description = "a note that is not text")
    public ConsultationView publishOutcome(@PathParam("id") long id, @RequestBody(required = true,
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OutcomeBody.class))) JsonObject body) {
        Actor actor = actor();
        String note = text(object(body), "note");
        return view(actor, synthesis.publishOutcome(actor, id, note, address()));
    }

    @GET
    @Path("{id}/synthesis.xlsx")
    @Produces({XLSX, MediaType.APPLICATION_JSON})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "The synthesis as the board files it (XLSX, in Vietnamese), any time — answered or not yet")
    @APIResponse(responseCode = "200", description = "the workbook")
    @APIResponse(responseCode = "403", description = "not of the unit's secretariat or heads")
    @APIResponse(responseCode = "404", description = "no such consultation in this unit")
    public Response workbook(@PathParam("id") long id) {
        byte[] bytes = synthesis.workbook(actor(), id);
        return Response.ok(bytes, XLSX)
                .header("Content-Disposition", "attachment; filename=\"tong-hop-gop-y-" + id + ".xlsx\"")
                .header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("{id}/outcome.xlsx")
    @Produces({XLSX, MediaType.APPLICATION_JSON})
    @Operation(summary = "The published outcome of a consultation of this portal (XLSX, in Vietnamese; no token)",
            description = "What the draft's page links to once the board has published the outcome.")
    @APIResponse(responseCode = "200", description = "the workbook")
    @APIResponse(responseCode = "404", description = "no such consultation on this portal, or its outcome is not"
            + " published")
    public Response outcomeWorkbook(@PathParam("id") long id) {
        tenant.require();
        byte[] bytes = synthesis.publishedWorkbook(id);
        return Response.ok(bytes, XLSX)
                .header("Content-Disposition", "attachment; filename=\"ket-qua-lay-y-kien-" + id + ".xlsx\"").build();
    }

    /** {@code {"itemId": 12, "opensOn": "2026-12-08", "days": 30, …}}. */
    @Schema(name = "ConsultationOpeningBody")
    public record OpeningBody(@Schema(required = true, description = "id of a draft item of the unit") Long itemId,
                              @Schema(required = true, example = "2026-12-08") String opensOn,
                              @Schema(required = true, example = "30", description = "calendar days, 1–366")
                              Integer days,
                              @Schema(required = true) String receivingUnit,
                              @Schema(required = true) String receivingAddress,
                              @Schema(required = true, example = "vanthu@daotru.vinhphuc.gov.vn") String receivingEmail,
                              @Schema(required = true, enumeration = {"PRE", "POST"}) String moderation,
                              @Schema(example = "3", description = "reports that hide a comment, 1–100 (default 3)")
                              Integer reportThreshold) {
    }

    /** The same terms without the item. */
    @Schema(name = "ConsultationTermsBody")
    public record TermsBody(@Schema(required = true, example = "2026-12-08") String opensOn,
                            @Schema(required = true, example = "30", description = "calendar days, 1–366")
                            Integer days,
                            @Schema(required = true) String receivingUnit,
                            @Schema(required = true) String receivingAddress,
                            @Schema(required = true) String receivingEmail,
                            @Schema(required = true, enumeration = {"PRE", "POST"}) String moderation,
                            @Schema(example = "3", description = "reports that hide a comment, 1–100 (default 3)")
                            Integer reportThreshold) {
    }

    /** {@code {"state": "HIDDEN"}}. */
    @Schema(name = "CommentModerationBody")
    public record ModerationBody(@Schema(required = true, enumeration = {"VISIBLE", "HIDDEN", "REJECTED"})
                                 String state) {
    }

    /** {@code {"decision": "EXPLAINED", "response": "…"}}. */
    @Schema(name = "CommentDecisionBody")
    public record DecisionBody(@Schema(required = true, enumeration = {"ACCEPTED", "REJECTED", "EXPLAINED"})
                               String decision,
                               @Schema(description = "required for REJECTED and EXPLAINED") String response) {
    }

    /** {@code {"note": "…"}}. */
    @Schema(name = "ConsultationOutcomeBody")
    public record OutcomeBody(@Schema(description = "the board's conclusion") String note) {
    }

    /** A page of the board's list. */
    public record ConsultationsPage(long total, List<ConsultationRow> rows) {
    }

    /** Comments by state. */
    public record CommentCounts(long pending, long visible, long hidden, long rejected) {

        static CommentCounts of(Map<CommentState, Long> counts) {
            return new CommentCounts(counts.getOrDefault(CommentState.PENDING, 0L),
                    counts.getOrDefault(CommentState.VISIBLE, 0L), counts.getOrDefault(CommentState.HIDDEN, 0L),
                    counts.getOrDefault(CommentState.REJECTED, 0L));
        }
    }

    /** A line of the board's list. */
    public record ConsultationRow(long id, long itemId, String title, String opensOn, String closesOn, String status,
                                  CommentCounts comments, boolean outcomePublished) {

        static ConsultationRow of(Consultations.Row row) {
            return new ConsultationRow(row.id(), row.itemId(), row.title(), String.valueOf(row.opensOn()),
                    String.valueOf(row.closesOn()), row.status().name(), CommentCounts.of(row.comments()),
                    row.outcomePublished());
        }
    }

    /** One consultation as the board reads it. */
    public record ConsultationView(long id, long itemId, String title, String slug, String itemState, String opensOn,
                                   String closesOn, int days, String status, String receivingUnit,
                                   String receivingAddress, String receivingEmail, String moderation,
                                   int reportThreshold, CommentCounts comments, String outcomeNote,
                                   Instant outcomePublishedAt, Instant createdAt) {
    }

    /** A page of comments. */
    public record CommentPage(long total, List<CommentRow> rows) {
    }

    /** A comment as the board reads it: the author masked, never the e-mail. */
    public record CommentRow(long id, Integer paragraph, String paragraphText, int revision, String author,
                             String body, String state, int reports, String decision, String response,
                             Instant createdAt) {

        static CommentRow of(CommentView c) {
            return new CommentRow(c.id(), c.paragraph(), c.paragraphText(), c.revision(), c.author(), c.body(),
                    c.state().name(), c.reports(), c.decision() == null ? null : c.decision().name(), c.response(),
                    c.createdAt());
        }
    }

    /** Where drafts are written, and the drafts without a consultation. */
    public record DraftsView(List<DraftCategory> categories, List<DraftItem> items) {
    }

    public record DraftCategory(long id, String code, String name) {
    }

    public record DraftItem(long id, long categoryId, String title, String state) {
    }

    private ConsultationView view(Actor actor, Consultation c) {
        Item item = items.find(c.getItemId()).orElse(null);
        Map<CommentState, Long> counts = new EnumMap<>(CommentState.class);
        for (CommentState state : CommentState.values()) {
            counts.put(state, moderation.count(actor, c.getId(), state));
        }
        ConsultationTerms terms = c.terms();
        LocalDate today = consultations.today();
        return new ConsultationView(c.getId(), c.getItemId(), item == null ? null : item.getTitle(),
                item == null ? null : item.getSlug(), item == null ? null : item.getState().name(),
                terms.period().opensOn().toString(), terms.period().closesOn().toString(), terms.period().days(),
                c.status(today).name(), terms.receivingUnit(), terms.receivingAddress(), terms.receivingEmail(),
                terms.moderation().name(), terms.reportThreshold(), CommentCounts.of(counts), c.getOutcomeNote(),
                c.getOutcomePublishedAt(), c.getCreatedAt());
    }

    private Actor actor() {
        return caller.actorIn(tenant.require().unit());
    }

    /** Where the caller is (behind a trusted proxy: the forwarded address), as the back office records it. */
    private String address() {
        return origin.address(request);
    }
}
