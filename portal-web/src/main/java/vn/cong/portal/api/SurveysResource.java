package vn.cong.portal.api;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotNull;
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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cong.identity.Actor;
import vn.cong.identity.ApiCaller;
import vn.cong.identity.ClientOrigin;
import vn.cong.interaction.survey.FreeTextAnswer;
import vn.cong.interaction.survey.PortalRatings;
import vn.cong.interaction.survey.PublishedSurveys;
import vn.cong.interaction.survey.QuestionDraft;
import vn.cong.interaction.survey.QuestionKind;
import vn.cong.interaction.survey.Survey;
import vn.cong.interaction.survey.SurveyBoard;
import vn.cong.interaction.survey.SurveyBuilder;
import vn.cong.interaction.survey.SurveyDraft;
import vn.cong.platform.DomainException;
import vn.cong.platform.Vietnam;
import vn.cong.portal.interaction.SurveyResultsCache;
import vn.cong.tenancy.TenantContext;

/**
 * Surveys of the unit named by the Host header (khảo sát, issue #12.4), with the back office's rules — they are
 * {@link SurveyBuilder}'s, {@link SurveyBoard}'s and {@code SurveyPolicy}'s, not this class's: 401 without a token,
 * 403 for a caller the policy refuses, 404 for another unit's survey, 409 for a survey that has answers (its questions
 * are frozen) or is the portal's rating, 422 for a missing or invalid field. The published statistics and the
 * portal's rating are public (no token), free text never among them. Answering is not here: citizens answer through
 * the portal's form, which the proof of work and the rate limits guard.
 */
@Path("/surveys")
@Tag(name = "surveys")
@Produces(MediaType.APPLICATION_JSON)
public class SurveysResource {

    @Inject
    ApiCaller caller;

    @Inject
    TenantContext tenant;

    @Inject
    ClientOrigin origin;

    @Inject
    SurveyBuilder builder;

    @Inject
    SurveyBoard board;

    @Inject
    PublishedSurveys published;

    @Inject
    PortalRatings ratings;

    @Inject
    SurveyResultsCache cache;

    @Context
    HttpServletRequest request;

    @GET
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "The surveys of this unit, newest first, paged, with their answers counted",
            description = "For the board (the secretariat, the head and deputy heads); at most 200 rows a page. Includes"
                    + " the portal's yearly rating surveys (purpose PORTAL_RATING).")
    @APIResponse(responseCode = "200", description = "total and the page's rows")
    @APIResponse(responseCode = "403", description = "not of the unit's secretariat or heads")
    public SurveyApi.RowPage list(@QueryParam("first") @DefaultValue("0") int first,
                                              @QueryParam("max") @DefaultValue("50") int max) {
        Actor actor = actor();
        return new SurveyApi.RowPage(board.count(actor), board.list(actor, first, max).stream()
                .map(SurveyApi.Row::of).toList());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Create a survey: title, introduction, days and questions",
            description = "Question kinds: SINGLE_CHOICE and MULTIPLE_CHOICE (2–20 options), SCALE (scaleFrom 0 or 1,"
                    + " scaleTo 2–10, labels from the lowest point), FREE_TEXT. Days are ISO dates on Vietnam's"
                    + " calendar; the survey opens and closes by itself on them. English texts are optional.")
    @APIResponse(responseCode = "201", description = "the survey")
    @APIResponse(responseCode = "403", description = "not of the unit's secretariat or heads")
    @APIResponse(responseCode = "422", description = "a missing or invalid field, named with its question's number")
    public Response create(@NotNull SurveyApi.SurveyBody body, @Context UriInfo uri) {
        Actor actor = actor();
        Survey created = builder.create(actor, new SurveyDraft(SurveyApi.wording(body.title(), body.titleEn()),
                SurveyApi.wording(body.intro(), body.introEn()), day(body.opensOn(), "opensOn"),
                day(body.closesOn(), "closesOn"), drafts(body.questions())), address());
        return created(created, uri);
    }

    @POST
    @Path("from-template")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Create a survey from a ready template, e.g. \"sipas\": the satisfaction with the"
            + " administrative service by the five SIPAS factors, in Vietnamese and English")
    @APIResponse(responseCode = "201", description = "the survey, its questions the template's")
    @APIResponse(responseCode = "403", description = "not of the unit's secretariat or heads")
    @APIResponse(responseCode = "422", description = "unknown template, missing or invalid days")
    public Response createFromTemplate(@NotNull SurveyApi.TemplateBody body, @Context UriInfo uri) {
        Actor actor = actor();
        return created(builder.createFromTemplate(actor, body.template(), day(body.opensOn(), "opensOn"),
                day(body.closesOn(), "closesOn"), address()), uri);
    }

    @GET
    @Path("published")
    @Operation(summary = "The surveys citizens see on this portal (no token): from their opening day on, open ones"
            + " first, newest first")
    @APIResponse(responseCode = "200", description = "total and the page's rows (at most 100)")
    public SurveyApi.PublicPage publishedList(@QueryParam("first") @DefaultValue("0") int first,
                                                             @QueryParam("max") @DefaultValue("20") int max) {
        return new SurveyApi.PublicPage(published.count(), published.page(first, max).stream()
                .map(SurveyApi.PublicRow::of).toList());
    }

    @GET
    @Path("portal-rating")
    @Operation(summary = "The published rating of this portal for a year (no token): interface, content, quality,"
            + " support, each from 1 to 5 (VP Art. 9.1d)",
            description = "year: this year by default; a year without ratings has zeros.")
    @APIResponse(responseCode = "200", description = "the statistics")
    @APIResponse(responseCode = "404", description = "a year before 2000 or after this one")
    public SurveyApi.Results rating(@QueryParam("year") Integer year) {
        int asked = year == null ? LocalDate.now(Vietnam.ZONE).getYear() : year;
        return SurveyApi.Results.of(cache.rating(tenant.unitId(), asked, () -> ratings.results(asked)));
    }

    @GET
    @Path("{id}")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "One survey of this unit with its questions and options (their keys)")
    @APIResponse(responseCode = "403", description = "not of the unit's secretariat or heads")
    @APIResponse(responseCode = "404", description = "no such survey in this unit")
    public SurveyApi.Detail get(@PathParam("id") long id) {
        return SurveyApi.Detail.of(board.survey(actor(), id));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Write a survey's title, introduction and questions anew, while nobody has answered it",
            description = "Its days change through /schedule. Question and option keys are new ones after this.")
    @APIResponse(responseCode = "200", description = "the survey after the change")
    @APIResponse(responseCode = "403", description = "not of the unit's secretariat or heads")
    @APIResponse(responseCode = "404", description = "no such survey in this unit")
    @APIResponse(responseCode = "409", description = "the survey has answers (frozen) or is the portal's rating")
    @APIResponse(responseCode = "422", description = "a missing or invalid field, named with its question's number")
    public SurveyApi.Detail rewrite(@PathParam("id") long id, @NotNull SurveyApi.ContentBody body) {
        Actor actor = actor();
        builder.rewrite(actor, id, SurveyApi.wording(body.title(), body.titleEn()),
                SurveyApi.wording(body.intro(), body.introEn()), drafts(body.questions()), address());
        return SurveyApi.Detail.of(board.survey(actor, id));
    }

    @PUT
    @Path("{id}/schedule")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Change a survey's opening and closing days — also once answered (prolong it, close it early)")
    @APIResponse(responseCode = "200", description = "the survey after the change")
    @APIResponse(responseCode = "403", description = "not of the unit's secretariat or heads")
    @APIResponse(responseCode = "404", description = "no such survey in this unit")
    @APIResponse(responseCode = "409", description = "the portal's rating (open all year)")
    @APIResponse(responseCode = "422", description = "missing, invalid or reversed days")
    public SurveyApi.Detail reschedule(@PathParam("id") long id, @NotNull SurveyApi.ScheduleBody body) {
        Actor actor = actor();
        builder.reschedule(actor, id, day(body.opensOn(), "opensOn"), day(body.closesOn(), "closesOn"), address());
        return SurveyApi.Detail.of(board.survey(actor, id));
    }

    @GET
    @Path("{id}/results")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "A survey's statistics for the board, with the number of free-text answers per question")
    @APIResponse(responseCode = "200", description = "answers, per option counts and shares, means")
    @APIResponse(responseCode = "403", description = "not of the unit's secretariat or heads")
    @APIResponse(responseCode = "404", description = "no such survey in this unit")
    public SurveyApi.Results results(@PathParam("id") long id) {
        return SurveyApi.Results.of(board.results(actor(), id));
    }

    @GET
    @Path("{id}/free-text")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "The free-text answers to one question of a survey, newest first, paged (the board only)",
            description = "question: the free-text question's key. Never published; nothing says who wrote them.")
    @APIResponse(responseCode = "200", description = "total and the page's answers (at most 200)")
    @APIResponse(responseCode = "403", description = "not of the unit's secretariat or heads")
    @APIResponse(responseCode = "404", description = "no such survey in this unit, or no such free-text question")
    @APIResponse(responseCode = "422", description = "no question given")
    public Response freeText(@PathParam("id") long id, @QueryParam("question") Integer question,
                             @QueryParam("first") @DefaultValue("0") int first,
                             @QueryParam("max") @DefaultValue("50") int max) {
        Actor actor = actor();
        if (question == null) {
            throw new DomainException(422, "request.invalid", "question");
        }
        List<FreeTextAnswer> answers = board.freeText(actor, id, question, first, max);
        return Response.ok(new SurveyApi.FreeTextPage(board.freeTextCount(actor, id, question), answers.stream()
                        .map(a -> new SurveyApi.FreeText(a.id(), a.answeredAt(), a.text())).toList()))
                .header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("{id}/statistics")
    @Operation(summary = "A survey's published statistics (no token): answers, per option counts and shares, means of"
            + " scales and of sections — never the free-text answers",
            description = "From the survey's opening day on; a survey not yet open is a 404.")
    @APIResponse(responseCode = "200", description = "the statistics")
    @APIResponse(responseCode = "404", description = "no such public survey on this portal")
    public SurveyApi.Results statistics(@PathParam("id") long id) {
        return SurveyApi.Results.of(cache.survey(tenant.unitId(), id, () -> published.results(id)));
    }

    private Response created(Survey survey, UriInfo uri) {
        SurveyApi.Detail detail = SurveyApi.Detail.of(board.survey(actor(), survey.getId()));
        return Response.created(uri.getBaseUriBuilder().path("surveys").path(String.valueOf(survey.getId())).build())
                .entity(detail).build();
    }

    private static List<QuestionDraft> drafts(List<SurveyApi.QuestionBody> questions) {
        List<QuestionDraft> drafts = new ArrayList<>();
        if (questions != null) {
            for (SurveyApi.QuestionBody question : questions) {
                drafts.add(question == null ? null : question.draft(kind(question.kind())));
            }
        }
        return drafts;
    }

    static QuestionKind kind(String kind) {
        if (kind == null || kind.isBlank()) {
            return null; // refused by the check, with the question's number
        }
        try {
            return QuestionKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new DomainException(422, "request.invalid", "kind");
        }
    }

    static LocalDate day(String text, String name) {
        if (text == null || text.isBlank()) {
            return null; // refused by the check: both days are required
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new DomainException(422, "request.invalid", name);
        }
    }

    private Actor actor() {
        return caller.actorIn(tenant.require().unit());
    }

    private String address() {
        return origin.address(request);
    }
}
