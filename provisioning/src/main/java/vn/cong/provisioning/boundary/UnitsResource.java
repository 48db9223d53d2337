package vn.cong.provisioning.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cong.identity.ApiCaller;
import vn.cong.platform.DomainException;
import vn.cong.provisioning.control.ProvisionedUnit;
import vn.cong.provisioning.control.ProvisioningService;
import vn.cong.provisioning.control.UnitReading;
import vn.cong.provisioning.control.UnitRequest;
import vn.cong.tenancy.Unit;
import vn.cong.tenancy.Successions;
import vn.cong.tenancy.UnitDirectory;

/**
 * The HTTP boundary of the provisioning module: opens a unit's portal (who may: {@code ProvisioningPolicy}) and
 * shows units to their members and the administrators over them. Part of the API ({@code /api/v1}, its bearer
 * tokens, its JSON guard and error mapping, all of the web module) though it lives here, with what it opens.
 */
@Path("/units")
@Tag(name = "units")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UnitsResource {

    @Inject
    ApiCaller caller;

    @Inject
    UnitReading reading;

    @Inject
    UnitDirectory directory;

    @Inject
    ProvisioningService provisioning;

    @Inject
    Successions successions;

    @POST
    @Operation(summary = "Open a unit's portal: hostname, default catalog and pages, first administrator",
            description = "404 unknown parent, 409 hostname taken, 422 invalid name or level not allowed under the parent")
    public Response provision(UnitRequest request, @Context UriInfo uri) {
        if (request == null) {
            throw new DomainException(400, "request.malformed");
        }
        ProvisionedUnit created = provisioning.provision(caller.require(), request);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A unit, for its members and for administrators over it")
    public UnitView get(@PathParam("id") long id) {
        return view(reading.unit(caller.require(), id));
    }

    @GET
    @Path("{id}/children")
    @Operation(summary = "The units directly under a unit")
    public List<UnitView> children(@PathParam("id") long id) {
        return reading.children(caller.require(), id).stream().map(this::view).toList();
    }

    private UnitView view(Unit unit) {
        String host = directory.byUnitId(unit.getId()).map(directory::publicHost).orElse(null);
        List<HistoryLine> history = successions.predecessorsOf(unit.getId()).stream().map(p -> new HistoryLine(
                p.unit().getId(), p.unit().getOfficialName(), p.unit().getFormerCode(), p.share().name(),
                p.reorganisation().getKind().name(), p.reorganisation().getDecisionNo(),
                p.reorganisation().getDecisionDate(), p.reorganisation().getEffectiveOn())).toList();
        return new UnitView(unit.getId(), unit.getParentId(), unit.getLevel().name(), unit.getOfficialCode(),
                unit.getOfficialName(), unit.getAbbreviation(), unit.getEnglishName(), host, unit.getState().name(),
                unit.getTheme(), unit.getFormerCode(), history);
    }

    /** {@code history}: the units this one took in, with the decision ("Hợp nhất từ …"). */
    public record UnitView(long id, Long parentId, String level, String officialCode, String officialName,
                           String abbreviation, String englishName, String hostname, String state, String theme,
                           String formerCode, List<HistoryLine> history) {
    }

    public record HistoryLine(long unitId, String officialName, String formerCode, String share, String kind,
                              String decisionNo, LocalDate decisionDate, LocalDate effectiveOn) {
    }
}
