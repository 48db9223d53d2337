package vn.cong.portal.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cong.identity.ApiCaller;
import vn.cong.platform.DomainException;
import vn.cong.reporting.MonthlyPublication;
import vn.cong.reporting.PublicationReports;
import vn.cong.tenancy.Unit;
import vn.cong.tenancy.UnitRepository;

/** Monthly roll-up: a member of the unit, or a DIC administrator / operator over it, may read it. */
@Path("/reports")
@Tag(name = "reports")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class ReportsResource {

    @Inject
    ApiCaller caller;

    @Inject
    UnitRepository units;

    @Inject
    PublicationReports reports;

    @GET
    @Path("monthly")
    @Operation(summary = "Items published in a month by a unit, with subtree=true summed up the tree per child")
    public MonthlyPublication monthly(@QueryParam("unit") Long unitId, @QueryParam("month") String month,
                                      @QueryParam("subtree") boolean subtree) {
        caller.require();
        YearMonth period;
        try {
            period = YearMonth.parse(month == null ? "" : month.strip());
        } catch (DateTimeParseException e) {
            throw new DomainException(422, "report.month.invalid", month);
        }
        Unit unit = (unitId == null ? null : units.find(unitId).orElse(null));
        if (unit == null) {
            throw new DomainException(404, "unit.not-found", unitId);
        }
        return reports.monthly(caller.require(), unit, period, subtree);
    }
}
