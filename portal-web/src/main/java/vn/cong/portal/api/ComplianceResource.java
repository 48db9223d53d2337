package vn.cong.portal.api;

import jakarta.inject.Inject;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cong.identity.ApiCaller;
import vn.cong.platform.ApiLanguage;
import vn.cong.reporting.FiguresAccess;
import vn.cong.compliance.ComplianceFigures;
import vn.cong.compliance.CompliancePeriod;
import vn.cong.compliance.ComplianceJob;
import vn.cong.compliance.ComplianceQueries;
import vn.cong.compliance.ComplianceSettings;
import vn.cong.compliance.Obligation;
import vn.cong.compliance.ObligationRow;
import vn.cong.compliance.Registration;
import vn.cong.compliance.Registrations;
import vn.cong.compliance.UnitEvaluation;
import vn.cong.identity.Account;
import vn.cong.platform.DomainException;
import vn.cong.tenancy.TenantContext;
import vn.cong.tenancy.Unit;
import vn.cong.tenancy.UnitRepository;

/**
 * The compliance engine over HTTP: obligations reported from outside (the e-office system: "document signed, not yet
 * published"; "contact data changed"; "question received") for the Host's unit; a unit's obligations; the figures of a
 * unit or its subtree ({@link ComplianceFigures}, the same query API the dashboards and reports use). Members see their
 * unit; a DIC administrator its subtree; a ministry's board its member units.
 */
@Path("/compliance")
@Tag(name = "compliance")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class ComplianceResource {

    @Inject
    ApiCaller caller;

    @Inject
    ApiLanguage language;

    @Inject
    TenantContext tenant;

    @Inject
    UnitRepository units;

    @Inject
    Registrations registrations;

    @Inject
    ComplianceQueries queries;

    @Inject
    ComplianceFigures figures;

    @Inject
    FiguresAccess access;

    @Inject
    ComplianceSettings settings;

    @Inject
    ComplianceJob job;

    /** The item that fulfils a registered obligation. */
    public record LinkBody(Long itemId) {
    }

    @POST
    @Path("obligations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Report something that starts an obligation of the Host's unit",
            description = "{category: code (none for a rule of the whole portal), trigger: SIGNED | ISSUED | APPROVED |"
                    + " INFORMATION_CHANGED | QUESTION_RECEIVED | …, occurredAt: yyyy-MM-dd or ISO-8601 with offset,"
                    + " condition: SEVERAL_UNITS | …, reference: the sender's id (a repeat returns the same), subject}")
    @APIResponse(responseCode = "201", description = "one obligation per rule of the category for that trigger")
    @APIResponse(responseCode = "422", description = "unknown category or trigger, or no rule for it")
    public Response register(Registration registration) {
        if (registration == null) {
            throw new DomainException(422, "request.invalid", "body");
        }
        Unit unit = tenant.require().unit();
        List<Obligation> made = registrations.register(caller.actorIn(unit), registration);
        List<Long> ids = made.stream().map(Obligation::getId).toList();
        List<ComplianceViews.ObligationView> views = rows(unit, null, null).stream()
                .filter(r -> ids.contains(r.obligation().getId())).map(ComplianceViews.ObligationView::of).toList();
        return Response.status(201).entity(views).build();
    }

    @PUT
    @Path("obligations/{id}/item")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Name the item that fulfils a registered obligation (met when it is, or goes, public)")
    public ComplianceViews.ObligationView link(@PathParam("id") long id, LinkBody body) {
        if (body == null || body.itemId() == null) {
            throw new DomainException(422, "request.invalid", "itemId");
        }
        Unit unit = tenant.require().unit();
        registrations.link(caller.actorIn(unit), id, body.itemId());
        return rows(unit, null, null).stream().filter(r -> r.obligation().getId() == id).findFirst()
                .map(ComplianceViews.ObligationView::of).orElseThrow();
    }

    @GET
    @Path("obligations")
    @Operation(summary = "A unit's obligations counted in [from, to] and every one still open, overdue first",
            description = "unit: the unit's id (default: the Host's unit); from/to: yyyy-MM-dd (default: 90 days back,"
                    + " 30 days ahead)")
    public List<ComplianceViews.ObligationView> obligations(@QueryParam("unit") Long unitId,
                                                            @QueryParam("from") String from,
                                                            @QueryParam("to") String to) {
        Unit unit = unitId == null ? tenant.require().unit() : unit(unitId);
        access.requireUnit(caller.require(), unit);
        return rows(unit, from, to).stream().map(ComplianceViews.ObligationView::of).toList();
    }

    @GET
    @Path("summary")
    @Operation(summary = "Compliance figures of a unit (subtree=true: of every unit below it, summed up the tree)")
    @APIResponse(responseCode = "403", description = "the caller may not see this unit (or its subtree)")
    public ComplianceViews.SummaryView summary(@QueryParam("unit") Long unitId, @QueryParam("from") String from,
                                               @QueryParam("to") String to, @QueryParam("subtree") boolean subtree) {
        Unit unit = unitId == null ? tenant.require().unit() : unit(unitId);
        Account account = caller.require();
        CompliancePeriod period = period(from, to);
        if (subtree) {
            access.requireSubtree(account, unit);
            return ComplianceViews.SummaryView.of(figures.forSubtree(unit, period.start(), period.end()));
        }
        access.requireUnit(account, unit);
        return ComplianceViews.SummaryView.of(figures.forUnit(unit, period.start(), period.end()));
    }

    @POST
    @Path("evaluations")
    @Operation(summary = "Operator: evaluate every unit now (recurrence periods, statuses, alerts)")
    public UnitEvaluation.Outcome evaluate() {
        return job.evaluateNow(caller.require());
    }

    private List<ObligationRow> rows(Unit unit, String from, String to) {
        CompliancePeriod period = period(from, to);
        return queries.obligations(unit, period.start(), period.end(), language.get());
    }

    private Unit unit(long id) {
        return units.find(id).orElseThrow(() -> new DomainException(404, "unit.not-found", id));
    }

    private CompliancePeriod period(String from, String to) {
        return CompliancePeriod.parse(from, to, settings.today());
    }
}
