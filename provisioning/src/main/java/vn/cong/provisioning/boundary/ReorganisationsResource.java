package vn.cong.provisioning.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cong.identity.ApiCaller;
import vn.cong.identity.ClientOrigin;
import vn.cong.platform.DomainException;
import vn.cong.provisioning.reorganising.MergePlan;
import vn.cong.provisioning.reorganising.MergeRequest;
import vn.cong.provisioning.reorganising.MergeResult;
import vn.cong.provisioning.reorganising.PortalStops;
import vn.cong.provisioning.reorganising.Relocations;
import vn.cong.provisioning.reorganising.Reorganisations;
import vn.cong.provisioning.reorganising.RelocationRequest;
import vn.cong.provisioning.reorganising.RelocationPlan;
import vn.cong.provisioning.reorganising.SplitPlan;
import vn.cong.provisioning.reorganising.SplitRequest;
import vn.cong.provisioning.reorganising.StopPlan;
import vn.cong.provisioning.reorganising.StopRequest;

/** Reorganisations of the unit tree by decision: a merge previewed, then applied as one operation (issue #11.5). */
@Path("/provisioning/reorganisations")
@Tag(name = "provisioning")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReorganisationsResource {

    @Inject
    ApiCaller caller;

    @Inject
    ClientOrigin origin;

    @Inject
    Reorganisations reorganisations;

    @Inject
    Relocations relocations;

    @Inject
    PortalStops stops;

    @Context
    HttpServletRequest request;

    @POST
    @Path("preview")
    @Operation(summary = "What a merge would do: per old unit its items, categories, accounts and hostname; writes nothing")
    public MergePlan preview(MergeRequest merge) {
        return reorganisations.preview(caller.require(), required(merge));
    }

    @POST
    @Operation(summary = "Merge units into one (or retire a unit into its parent): content moved, accounts carried or"
            + " deactivated, old hostnames and article addresses answering 301, all in one transaction",
            description = "403 unless the caller may reorganise every unit named, 404 unknown unit, 409 a unit already"
                    + " merged or retired, 422 a request that cannot be applied (reason in the message)")
    public Response merge(MergeRequest merge) {
        return Response.status(Response.Status.CREATED)
                .entity(reorganisations.merge(caller.require(), required(merge), origin.address(request))).build();
    }

    @POST
    @Path("relocations")
    @Operation(summary = "Move a unit under another parent and/or rename it by a decision: new hostnames, the old ones"
            + " answering 301", description = "403 unless the caller may reorganise the unit and its new parent, 404"
            + " unknown unit, 409 a unit already reorganised or a hostname taken, 422 a request that cannot be applied")
    public Response relocate(RelocationRequest relocation) {
        return Response.status(Response.Status.CREATED)
                .entity(relocations.relocate(caller.require(), required(relocation), origin.address(request))).build();
    }

    @POST
    @Path("relocations/preview")
    @Operation(summary = "What a relocation would do: the unit's new name and hostname, and those of the units below"
            + " it; writes nothing")
    public RelocationPlan previewRelocation(RelocationRequest relocation) {
        return relocations.previewRelocation(caller.require(), required(relocation));
    }

    @POST
    @Path("splits/preview")
    @Operation(summary = "What a split would do: the unit shared out, what it holds, its successors and which takes its"
            + " content; writes nothing")
    public SplitPlan previewSplit(SplitRequest split) {
        return reorganisations.previewSplit(caller.require(), required(split));
    }

    @POST
    @Path("stops/preview")
    @Operation(summary = "What stopping a portal would do: the hostname that will answer 410, its published items, the"
            + " accounts to be deactivated; writes nothing")
    public StopPlan previewStop(StopRequest stop) {
        return stops.previewStop(caller.require(), required(stop));
    }

    @POST
    @Path("splits")
    @Operation(summary = "Share one unit's area out among several units by a decision: its hostnames answer the list"
            + " of them, its content and people go to the first (or its content stays as an archive)",
            description = "403 unless the caller may reorganise every unit named, 404 unknown unit, 409 a unit already"
                    + " reorganised, 422 fewer than two successors or a request that cannot be applied")
    public Response split(SplitRequest split) {
        return Response.status(Response.Status.CREATED)
                .entity(reorganisations.split(caller.require(), required(split), origin.address(request))).build();
    }

    @POST
    @Path("stops")
    @Operation(summary = "Stop a unit's portal without successor by a decision: its accounts deactivated, its"
            + " hostnames answering 410 with the date; its record and content kept", description = "403 unless the"
            + " caller may reorganise the unit, 404 unknown unit, 409 a unit already reorganised, 422 a unit with"
            + " active units under it or no decision")
    public Response stop(StopRequest stop) {
        return Response.status(Response.Status.CREATED)
                .entity(stops.stop(caller.require(), required(stop), origin.address(request))).build();
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw new DomainException(400, "request.malformed");
        }
        return body;
    }
}
