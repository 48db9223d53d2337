package vn.cong.portal.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cong.identity.Actor;
import vn.cong.identity.ApiCaller;
import vn.cong.platform.DomainException;
import vn.cong.royalty.RoyaltySheetView;
import vn.cong.royalty.RoyaltySheets;
import vn.cong.royalty.SheetAction;
import vn.cong.tenancy.Unit;
import vn.cong.tenancy.UnitRepository;

/**
 * Monthly royalty sheets (nhuận bút) of a unit named by id, with the back office's rules: read by the unit's
 * secretariat, head and deputy heads, and read-only by a DIC administrator of its subtree; submitted by the
 * secretariat, approved or sent back by the head (never by whoever submitted it). 403 for anyone else.
 */
@Path("/royalties/sheets")
@Tag(name = "royalties")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class RoyaltiesResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    ApiCaller caller;

    @Inject
    UnitRepository units;

    @Inject
    RoyaltySheets sheets;

    @Context
    jakarta.servlet.http.HttpServletRequest request;

    @GET
    @Operation(summary = "A unit's royalty sheet for a month: totals per person and per kind of work, the lines, "
            + "its state, and the actions the caller may take")
    @APIResponse(responseCode = "200", description = "the sheet (a month with no row yet is a DRAFT)")
    @APIResponse(responseCode = "403", description = "not the unit's secretariat, head, deputy head or DIC administrator")
    @APIResponse(responseCode = "422", description = "month is not YYYY-MM")
    public RoyaltySheetView sheet(@QueryParam("unit") Long unitId, @QueryParam("month") String month) {
        Unit unit = unit(unitId);
        return sheets.view(actorIn(unit), unit, month(month));
    }

    @GET
    @Path("sheet.xlsx")
    @Produces({XLSX, MediaType.APPLICATION_JSON})
    @Operation(summary = "The same sheet as an XLSX workbook, in Vietnamese")
    public Response workbook(@QueryParam("unit") Long unitId, @QueryParam("month") String month) {
        Unit unit = unit(unitId);
        YearMonth period = month(month);
        byte[] bytes = sheets.workbook(actorIn(unit), unit, period);
        return Response.ok(bytes, XLSX)
                .header("Content-Disposition", "attachment; filename=\"nhuan-but-" + unit.getId() + "-" + period + ".xlsx\"")
                .build();
    }

    @POST
    @Path("transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "SUBMIT (secretariat), APPROVE (head, not the submitter; locks the month) or RETURN "
            + "(head, with a note) the month's sheet")
    @APIResponse(responseCode = "200", description = "the sheet after the move")
    @APIResponse(responseCode = "403", description = "the caller may not make this move")
    @APIResponse(responseCode = "409", description = "the move is illegal in the sheet's state, or it changed since submission")
    @APIResponse(responseCode = "422", description = "unknown action, empty month, missing note")
    public RoyaltySheetView transition(@QueryParam("unit") Long unitId, @QueryParam("month") String month,
                                       SheetTransitionBody body) {
        Unit unit = unit(unitId);
        YearMonth period = month(month);
        Actor actor = actorIn(unit);
        return sheets.transition(actor, unit, period, action(body), body == null ? null : body.note(),
                request.getRemoteAddr());
    }

    /** {@code {"action": "SUBMIT" | "APPROVE" | "RETURN", "note": "…"}}. */
    public record SheetTransitionBody(String action, String note) {
    }

    private static SheetAction action(SheetTransitionBody body) {
        String name = body == null || body.action() == null ? "" : body.action().strip().toUpperCase(Locale.ROOT);
        try {
            return SheetAction.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new DomainException(422, "royalty.sheet.action.unknown", name);
        }
    }

    private Actor actorIn(Unit unit) {
        return caller.actorIn(unit);
    }

    private Unit unit(Long unitId) {
        caller.require();
        return (unitId == null ? java.util.Optional.<Unit>empty() : units.find(unitId))
                .orElseThrow(() -> new DomainException(404, "unit.not-found", unitId == null ? 0 : unitId));
    }

    private static YearMonth month(String month) {
        try {
            return YearMonth.parse(month == null ? "" : month.strip());
        } catch (DateTimeParseException e) {
            throw new DomainException(422, "royalty.month.invalid", month);
        }
    }
}
